package io.leadgate.support;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every API error into an RFC 9457 problem document with a stable {@code error} code and, for input errors, the
 * list of field errors.
 */
@RestControllerAdvice
public class ApiErrorHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> handleApiException(ApiException e) {
        return ResponseEntity.status(e.status()).body(problem(e));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException e) {
        ApiException error = new ApiException(HttpStatus.BAD_REQUEST, "invalid_parameter",
                "parameter '" + e.getName() + "' has an invalid value: " + e.getValue());
        return ResponseEntity.badRequest().body(problem(error));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ApiException error = new ApiException(HttpStatus.BAD_REQUEST, "malformed_body", describe(ex));
        return ResponseEntity.badRequest().body(problem(error));
    }

    /** The problem document for an API error. */
    public static ProblemDetail problem(ApiException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(URI.create("https://leadgate.io/problems/" + e.code().replace('_', '-')));
        problem.setTitle(e.status().getReasonPhrase());
        problem.setProperty("error", e.code());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        e.details().forEach(problem::setProperty);
        return problem;
    }

    /** A message for an unreadable JSON body naming the line and column, or the property whose value is wrong. */
    public static String describe(Throwable ex) {
        Throwable cause = ex;
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String path = mismatch.getPathReference().replaceAll("^[^\\[]*", "");
            return "invalid value at " + path + ": " + mismatch.getOriginalMessage();
        }
        if (cause instanceof JacksonException json) {
            TokenStreamLocation location = json.getLocation();
            String where = location == null ? "" : String.format(Locale.ROOT, " at line %d, column %d",
                    location.getLineNr(), location.getColumnNr());
            return "malformed JSON" + where + ": " + json.getOriginalMessage();
        }
        return "the request body could not be read";
    }
}

package io.leadgate.support;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An error answered to an API caller: a status, a stable error code, a message, and (for input errors) every field
 * error at once.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<FieldError> errors;
    private final Map<String, Object> details;

    public ApiException(HttpStatus status, String code, String message, List<FieldError> errors, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    public ApiException(HttpStatus status, String code, String message) {
        this(status, code, message, List.of(), Map.of());
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", what + " '" + id + "' does not exist");
    }

    public static ApiException conflict(String message) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", message);
    }

    public static ApiException invalid(List<FieldError> errors) {
        String summary = errors.size() == 1 ? errors.getFirst().message() : errors.size() + " fields are invalid";
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid", summary, errors, Map.of());
    }

    public static ApiException invalid(String field, String code, String message) {
        return invalid(List.of(new FieldError(field, code, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> details() {
        return details;
    }
}

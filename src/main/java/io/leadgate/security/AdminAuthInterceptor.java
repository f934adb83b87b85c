package io.leadgate.security;

import io.leadgate.support.ApiErrorHandler;
import io.leadgate.support.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requires an admin token on every API call except the posting endpoints, which check posting keys themselves.
 * Posting keys never pass here: they are not admin tokens.
 */
@Component
public class AdminAuthInterceptor implements HandlerInterceptor {

    /** Request attribute holding the authenticated {@link AdminToken}. */
    public static final String ADMIN_ATTRIBUTE = "io.leadgate.security.admin";

    private final AdminTokenService tokens;
    private final JsonMapper json;

    public AdminAuthInterceptor(AdminTokenService tokens, JsonMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(PostingEndpoint.class)) {
            return true;
        }
        Optional<String> secret = BearerToken.from(request, false);
        Optional<AdminToken> admin = secret.flatMap(tokens::authenticate);
        if (admin.isPresent()) {
            request.setAttribute(ADMIN_ATTRIBUTE, admin.get());
            return true;
        }
        String message = secret.isEmpty()
                ? "an admin token is required: send 'Authorization: Bearer <admin token>'"
                : "the admin token is unknown or revoked";
        ApiException error = new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", message);
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"leadgate-admin\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ApiErrorHandler.problem(error));
        return false;
    }
}

package io.leadgate.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** Reads the bearer credential a caller sent. */
public final class BearerToken {

    private BearerToken() {
    }

    /** The token of an {@code Authorization: Bearer ...} header, or else of an {@code X-Api-Key} header when allowed. */
    public static Optional<String> from(HttpServletRequest request, boolean allowApiKeyHeader) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).trim();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        }
        if (allowApiKeyHeader) {
            String apiKey = request.getHeader("X-Api-Key");
            if (apiKey != null && !apiKey.isBlank()) {
                return Optional.of(apiKey.trim());
            }
        }
        return Optional.empty();
    }
}

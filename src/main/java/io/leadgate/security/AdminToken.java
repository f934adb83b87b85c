package io.leadgate.security;

import java.time.Instant;

/**
 * An admin API token as stored: never the token itself, only its hash and last four characters.
 *
 * @param hint the token's last four characters, to tell tokens apart
 */
public record AdminToken(String id, String name, String hint, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}

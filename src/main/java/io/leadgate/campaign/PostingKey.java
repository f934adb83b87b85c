package io.leadgate.campaign;

import java.time.Instant;

/**
 * A credential a seller posts leads with, as stored: only its hash and last four characters are kept.
 *
 * @param expiresAt set when the key was replaced by a rotation: it keeps working until then (the grace period)
 */
public record PostingKey(String id, String campaignId, String hint, Instant createdAt, Instant expiresAt,
        Instant revokedAt, Instant lastUsedAt) {

    /** Whether the key is accepted at the given instant. */
    public boolean validAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** {@code active}, {@code expiring} (within its grace period), {@code expired} or {@code revoked}. */
    public String statusAt(Instant now) {
        if (revokedAt != null) {
            return "revoked";
        }
        if (expiresAt == null) {
            return "active";
        }
        return now.isBefore(expiresAt) ? "expiring" : "expired";
    }
}

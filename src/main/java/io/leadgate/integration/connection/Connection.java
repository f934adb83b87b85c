package io.leadgate.integration.connection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The account-wide switch and credentials of one provider, as stored: the key only encrypted, with its last four
 * characters to tell keys apart; and how its calls have gone lately.
 */
record Connection(String provider, boolean enabled, String encryptedKey, String keyHint, String baseUrl,
        Instant createdAt, Instant updatedAt, Instant lastSuccessAt, Instant lastErrorAt, String lastErrorKind,
        String lastErrorMessage, LocalDate callsDay, long callsToday) {

    boolean hasKey() {
        return encryptedKey != null;
    }
}

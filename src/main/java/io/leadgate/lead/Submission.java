package io.leadgate.lead;

import io.leadgate.support.FieldError;
import java.time.Instant;
import java.util.List;

/**
 * One post to a campaign's intake endpoint, accepted or refused, kept so that a seller's complaint can be answered:
 * who posted (address, key hint), when, what (the body as received), and what LeadGate answered.
 *
 * @param outcome {@code stored}, {@code replayed}, or why it was refused ({@code invalid}, {@code unauthorized}...)
 * @param bodyTruncated whether the body was larger than what was kept
 * @param keyHint last four characters of the credential sent, if any
 */
public record Submission(String id, String campaignId, Instant receivedAt, int httpStatus, String outcome,
        String message, List<FieldError> errors, String contentType, String body, boolean bodyTruncated,
        String remoteAddr, String keyHint, String idempotencyKey, String leadId) {

    public Submission {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}

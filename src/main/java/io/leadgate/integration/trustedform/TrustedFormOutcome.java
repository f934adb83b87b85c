package io.leadgate.integration.trustedform;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code outcome} of a certificate check: TrustedForm's own three, and the ones LeadGate gives when the certificate
 * itself, not the call, is the problem. Every outcome but {@code success} means the lead should not be contacted, so
 * one rule ({@code outcome not_equals success}) rejects them all.
 *
 * <p>Outcomes about the certificate are answers, not errors: an error goes to the step's error policy, which a buyer
 * may set to pass; a certificate that is malformed, expired, unknown or used up must be something a rule can reject.
 */
enum TrustedFormOutcome {
    /** TrustedForm: every operation succeeded. */
    SUCCESS,
    /** TrustedForm: an operation was unsuccessful (the lead does not match the certificate, for one). */
    FAILURE,
    /** TrustedForm: an operation met an unexpected error; TrustedForm advises not to contact the lead. */
    ERROR,
    /** LeadGate, without a call: the certificate URL is malformed, not TrustedForm's, or a ping URL. */
    INVALID,
    /** LeadGate, without a call: the lead was submitted longer ago than any certificate stays available. */
    EXPIRED,
    /** TrustedForm HTTP 404: the certificate has expired or never existed. */
    NOT_FOUND,
    /** TrustedForm HTTP 405: a sandboxed (test) certificate, which cannot be claimed. */
    NOT_CLAIMABLE,
    /** TrustedForm HTTP 422: the certificate was claimed too many times (the lead was sold too often). */
    CLAIMED_TOO_MANY_TIMES;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every outcome, as rules spell them. */
    static String ids() {
        return Arrays.stream(values()).map(TrustedFormOutcome::id).collect(Collectors.joining(", "));
    }
}

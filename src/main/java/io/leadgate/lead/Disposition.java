package io.leadgate.lead;

/**
 * A lead's outcome. {@code PENDING} until screened; {@code ERROR} when screening could not decide and the error policy
 * did not say otherwise.
 */
public enum Disposition {
    PENDING, ACCEPTED, FLAGGED, QUALITY_CONTROL, REJECTED, ERROR
}

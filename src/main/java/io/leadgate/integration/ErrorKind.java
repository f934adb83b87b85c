package io.leadgate.integration;

/** Why a check could not answer, in the terms a lead buyer acts on. */
public enum ErrorKind {
    /** The key is missing, wrong or expired. */
    AUTH,
    /** Out of credits, or over the plan's limit. */
    QUOTA,
    /** Too many requests for now; later calls may succeed. */
    RATE_LIMITED,
    /** The provider did not answer in time. */
    TIMEOUT,
    /** The provider is down: 5xx, connection refused, circuit open. */
    UNAVAILABLE,
    /** The provider answered something that cannot be read. */
    BAD_RESPONSE,
    /** The provider refused what was sent. */
    BAD_REQUEST,
    /** The provider's connection is disabled or was never set up: nothing was called. */
    NOT_CONNECTED
}

package io.leadgate.integration;

/**
 * A company whose service some integrations call (IPQualityScore, Trestle...): what its connection needs and how to
 * test one. Each vendor package declares one as a bean; the connections API lists them.
 */
public interface Provider {

    /** Stable id, the {@code provider} of its integrations' descriptors ({@code ipqs}). */
    String id();

    /** The name people see ({@code IPQualityScore}). */
    String name();

    /** The base URL used when a connection names none. */
    String defaultBaseUrl();

    /** Where a person gets a key, shown beside the key field. */
    default String keyHelp() {
        return "";
    }

    /**
     * Makes the cheapest real call that proves the credentials work, and says what happened in words a buyer
     * understands. Never throws for a provider's failure.
     */
    ConnectionTest test(Credentials credentials);
}

package io.leadgate.integration;

import java.util.Map;

/**
 * A kind of check LeadGate knows how to run on a lead: a built-in offline check or a call to a provider.
 *
 * <p>An integration publishes a {@link IntegrationDescriptor} (its fields and settings, declared once) and answers one
 * {@link CheckRequest} at a time with a {@link CheckResponse}. It never throws for a provider's failure: it answers a
 * {@link CheckResponse.Failed} naming the {@link ErrorKind}. The pipeline knows only this interface.
 */
public interface Integration {

    IntegrationDescriptor descriptor();

    /** Runs the check. The request holds a value for every required request field. */
    CheckResponse check(CheckRequest request);

    /**
     * Problems with setting values that their declared type cannot see (a country code that does not exist...), by
     * setting name; checked when a setup or a step is saved, so that a bad value is refused then, not at the first lead.
     *
     * @param settings the effective settings, defaults included
     */
    default Map<String, String> settingProblems(Map<String, String> settings) {
        return Map.of();
    }

    /** Whether a connection (credentials) must be enabled before this integration can be called. */
    default boolean needsConnection() {
        return false;
    }
}

package io.leadgate.integration.setup;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a request field of an integration takes its value from: a lead field, a constant, or a setting. Exactly one
 * is set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestSource(String field, String constant, String setting) {

    public static RequestSource field(String name) {
        return new RequestSource(name, null, null);
    }

    public static RequestSource constant(String value) {
        return new RequestSource(null, value, null);
    }

    /** How many of the three are set (a valid source has exactly one). */
    int kinds() {
        return (field != null ? 1 : 0) + (constant != null ? 1 : 0) + (setting != null ? 1 : 0);
    }
}

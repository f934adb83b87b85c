package io.leadgate.integration;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an integration checks, to group the catalog. */
public enum Category {
    BUILTIN, FRAUD, CONTACT, CONSENT, COMPLIANCE, CUSTOM;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

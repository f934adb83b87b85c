package io.leadgate.lead.field;

import java.util.List;

/**
 * The per-field options that change how a value is normalised.
 *
 * @param defaultRegion ISO 3166 region used to read phone numbers written without a country code (e.g. {@code US})
 * @param choices the allowed values of a {@code choice} field (matched case-insensitively; the declared spelling wins)
 */
public record FieldOptions(String defaultRegion, List<String> choices) {

    public static final String DEFAULT_REGION = "US";
    public static final FieldOptions NONE = new FieldOptions(DEFAULT_REGION, List.of());

    public FieldOptions {
        defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? DEFAULT_REGION : defaultRegion.trim().toUpperCase();
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}

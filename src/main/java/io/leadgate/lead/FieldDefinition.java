package io.leadgate.lead;

import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import java.util.List;

/**
 * A named, typed slot of a lead type.
 *
 * @param name stable snake_case identifier used by sellers, rules and filters
 * @param label what people see
 * @param choices allowed values of a {@code choice} field, empty otherwise
 * @param defaultRegion region used to read phone numbers written without a country code ({@code phone} fields only)
 */
public record FieldDefinition(String name, String label, FieldType type, boolean required, List<String> choices,
        String defaultRegion) {

    public FieldDefinition {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** The options that steer normalisation of this field's values. */
    public FieldOptions options() {
        return new FieldOptions(defaultRegion, choices);
    }
}

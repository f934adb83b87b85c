package io.leadgate.integration;

import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.util.List;
import java.util.Optional;

/**
 * A setting of an integration (strictness, allowed countries...): its type, default and, for choices, the allowed
 * values with the label people see.
 *
 * @param defaultValue the value used when a setup sets none; null when the setting is optional and has no default
 */
public record SettingSpec(String name, FieldType type, String defaultValue, List<Choice> choices, String description) {

    /** One allowed value of a choice setting. */
    public record Choice(String value, String label) {
    }

    public SettingSpec {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static SettingSpec of(String name, FieldType type, String defaultValue, String description) {
        return new SettingSpec(name, type, defaultValue, List.of(), description);
    }

    public static SettingSpec choice(String name, String defaultValue, List<Choice> choices, String description) {
        return new SettingSpec(name, FieldType.CHOICE, defaultValue, choices, description);
    }

    /** Reads a value given for this setting; empty with no problem when it is valid, else the problem in words. */
    public Optional<String> problemWith(String value) {
        if (value == null) {
            return Optional.empty();
        }
        FieldOptions options = new FieldOptions(null, choices.stream().map(Choice::value).toList());
        Optional<FieldValue> read = type.normalise(value, options);
        if (read.isPresent() && !read.get().valid()) {
            return Optional.of(type == FieldType.CHOICE
                    ? "'" + value + "' is not one of " + choices.stream().map(Choice::value).toList()
                    : "'" + value + "' is not a valid " + type.id());
        }
        return Optional.empty();
    }
}

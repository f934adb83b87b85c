package io.leadgate.integration;

import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.math.BigDecimal;
import java.util.Map;

/** Builders of typed response values, so integrations put values of the declared type into their answers. */
public final class Values {

    private Values() {
    }

    /** The value of the given type read from text; null when the text is null or blank (the field is absent). */
    public static FieldValue of(FieldType type, String text) {
        return type.normalise(text, FieldOptions.NONE).orElse(null);
    }

    public static FieldValue bool(boolean value) {
        return of(FieldType.BOOLEAN, Boolean.toString(value));
    }

    public static FieldValue number(long value) {
        return of(FieldType.NUMBER, Long.toString(value));
    }

    public static FieldValue number(BigDecimal value) {
        return value == null ? null : of(FieldType.NUMBER, value.toPlainString());
    }

    public static FieldValue text(String value) {
        return of(FieldType.STRING, value);
    }

    /** Puts the value in the map unless it is null (absent values are left out, never stored as null). */
    public static void put(Map<String, FieldValue> values, String name, FieldValue value) {
        if (value != null) {
            values.put(name, value);
        }
    }
}

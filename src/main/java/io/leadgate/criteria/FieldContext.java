package io.leadgate.criteria;

import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fields a criterion is tested against: each field's value, and what the lead type declares about it (its type and
 * the options its values are normalised with).
 *
 * <p>The declared type is optional. When it is given and disagrees with the type of the value found, comparisons on that
 * field are unknown rather than silently wrong. The options steer how comparison values are read, for instance the
 * region of a phone number written without a country code. Lookups that answer null count as "not there".
 *
 * @param values the value of each field that has one
 * @param types the declared type of each field
 * @param options the normalisation options of each field
 */
public record FieldContext(Function<String, Optional<FieldValue>> values,
        Function<String, Optional<FieldType>> types,
        Function<String, FieldOptions> options) {

    public FieldContext {
        if (values == null) {
            throw new IllegalArgumentException("a field context needs a lookup of values");
        }
        if (types == null) {
            types = field -> Optional.empty();
        }
        if (options == null) {
            options = field -> FieldOptions.NONE;
        }
    }

    /** Fields known only by their values, compared with each value's own type and default options. */
    public static FieldContext of(Function<String, Optional<FieldValue>> values) {
        return new FieldContext(values, null, null);
    }

    /** Fields with their values and declared types, compared with default options. */
    public static FieldContext of(Function<String, Optional<FieldValue>> values,
            Function<String, Optional<FieldType>> types) {
        return new FieldContext(values, types, null);
    }

    /** Fields held in a map (null values count as missing). */
    public static FieldContext of(Map<String, ? extends FieldValue> values) {
        Map<String, ? extends FieldValue> copy = values == null ? Map.of() : Map.copyOf(withoutNulls(values));
        return of(field -> Optional.ofNullable(copy.get(field)));
    }

    private static Map<String, FieldValue> withoutNulls(Map<String, ? extends FieldValue> values) {
        var kept = new HashMap<String, FieldValue>();
        values.forEach((field, value) -> {
            if (field != null && value != null) {
                kept.put(field, value);
            }
        });
        return kept;
    }

    /** The value of a field, or empty when it has none. */
    public Optional<FieldValue> value(String field) {
        Optional<FieldValue> found = values.apply(field);
        return found == null ? Optional.empty() : found;
    }

    /** The declared type of a field, or empty when it is not declared. */
    public Optional<FieldType> type(String field) {
        Optional<FieldType> found = types.apply(field);
        return found == null ? Optional.empty() : found;
    }

    /** The normalisation options of a field; the defaults when none are given. */
    public FieldOptions optionsOf(String field) {
        FieldOptions found = options.apply(field);
        return found == null ? FieldOptions.NONE : found;
    }
}

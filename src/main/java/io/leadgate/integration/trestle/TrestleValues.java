package io.leadgate.integration.trestle;

import io.leadgate.integration.Values;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads Trestle's JSON answer into typed values, at the edge of the vendor package.
 *
 * <p>Trestle says "unknown" with {@code null} (every field of its schemas is nullable): such a field is left out, so
 * criteria see it as unknown rather than as a value. A value that cannot be read as its declared type (text where a
 * score should be) is left out too, and the answer is marked partial. So is an answer whose {@code errors} (2.0) or
 * {@code error} (1.1, Phone Validation) is set, which Trestle documents as "could not retrieve entire response", and
 * one with a timeout warning ("Partial response returned").
 */
final class TrestleValues {

    /** The keys under which Trestle reports a partial answer: {@code errors} in Real Contact 2.0, else {@code error}. */
    static final List<String> PARTIAL_ERROR_KEYS = List.of("errors", "error");

    static final String WARNINGS = "warnings";

    private final JsonNode body;
    private final Map<String, FieldValue> values = new LinkedHashMap<>();
    private boolean partial;

    private TrestleValues(JsonNode body) {
        this.body = body;
    }

    /** Every field Trestle sends (derived ones are left for the caller to {@link #put}), in declaration order. */
    static TrestleValues read(JsonNode body, List<TrestleField> fields) {
        TrestleValues reader = new TrestleValues(body);
        for (TrestleField field : fields) {
            reader.read(field);
        }
        reader.partial |= PARTIAL_ERROR_KEYS.stream().anyMatch(key -> isSet(body.path(key)));
        reader.partial |= warnings(body).stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).contains("timeout"));
        return reader;
    }

    private void read(TrestleField field) {
        for (String location : field.locations()) {
            JsonNode node = at(body, location);
            if (node.isMissingNode() || node.isNull()) {
                continue;
            }
            if (node.isString() && node.stringValue().isBlank()) {
                return;
            }
            Optional<FieldValue> value = switch (field.type()) {
                case BOOLEAN -> node.isBoolean() ? Optional.of(Values.bool(node.booleanValue())) : fromText(node, FieldType.BOOLEAN);
                case NUMBER -> node.isNumber() ? Optional.ofNullable(Values.number(node.decimalValue())) : fromText(node, FieldType.NUMBER);
                default -> fromText(node, field.type());
            };
            if (value.isPresent() && value.get().valid()) {
                values.put(field.name(), value.get());
            } else {
                partial = true;
            }
            return;
        }
    }

    /** The node at a location: keys separated by {@code /}, each taken whole (a key may hold dots). */
    static JsonNode at(JsonNode body, String location) {
        JsonNode node = body;
        for (String key : location.split("/")) {
            node = node.path(key);
        }
        return node;
    }

    /** Whether a partial-error entry says something: a non-empty object, array or text ({@code {}} means no error). */
    private static boolean isSet(JsonNode node) {
        if (node.isObject() || node.isArray()) {
            return !node.isEmpty();
        }
        return node.isString() ? !node.stringValue().isBlank() : !node.isMissingNode() && !node.isNull();
    }

    /** Trestle's warnings, in order: an array of strings, or (as Real Contact 1.0 sent it) one string. */
    static List<String> warnings(JsonNode body) {
        JsonNode node = body.path(WARNINGS);
        List<String> warnings = new ArrayList<>();
        if (node.isString() && !node.stringValue().isBlank()) {
            warnings.add(node.stringValue().strip());
        }
        if (node.isArray()) {
            node.values().forEach(item -> {
                if (item.isString() && !item.stringValue().isBlank()) {
                    warnings.add(item.stringValue().strip());
                }
            });
        }
        return warnings;
    }

    /** A value read from the node's text: {@code "true"}, {@code "42"}, a line type. */
    private static Optional<FieldValue> fromText(JsonNode node, FieldType type) {
        if (!node.isValueNode()) {
            return Optional.empty();
        }
        return Optional.ofNullable(Values.of(type, node.asString()));
    }

    /** Adds a derived value; a null value is left out. */
    void put(String name, FieldValue value) {
        Values.put(values, name, value);
    }

    /** The number read for a field, when there is one. */
    Optional<BigDecimal> number(String name) {
        return Optional.ofNullable(values.get(name)).flatMap(FieldValue::number);
    }

    /** The values in the order the fields are declared. */
    Map<String, FieldValue> inOrder(List<TrestleField> fields) {
        Map<String, FieldValue> ordered = new LinkedHashMap<>();
        fields.forEach(f -> Optional.ofNullable(values.get(f.name())).ifPresent(v -> ordered.put(f.name(), v)));
        return ordered;
    }

    boolean partial() {
        return partial;
    }
}

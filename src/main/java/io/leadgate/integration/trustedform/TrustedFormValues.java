package io.leadgate.integration.trustedform;

import io.leadgate.integration.Values;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads TrustedForm's v4 answer into typed values, at the edge of the vendor package.
 *
 * <p>TrustedForm says "unknown" with {@code null} ({@code phone_match} when no phone was sent) or by leaving a
 * property out (an Insights property not asked for, or not available for the certificate's type): such a field is
 * left out, so criteria see it as unknown rather than as a value. A value that cannot be read as its declared type is
 * left out too, and the answer is marked partial. Lists ({@code form_input_method}) become text separated by commas.
 */
final class TrustedFormValues {

    private final JsonNode body;
    private final Map<String, FieldValue> values = new LinkedHashMap<>();
    private boolean partial;

    private TrustedFormValues(JsonNode body) {
        this.body = body;
    }

    /** Every field TrustedForm sends (derived ones are left for the caller to {@link #put}), in declaration order. */
    static TrustedFormValues read(JsonNode body, List<TrustedFormField> fields) {
        TrustedFormValues reader = new TrustedFormValues(body);
        fields.forEach(reader::read);
        return reader;
    }

    private void read(TrustedFormField field) {
        Optional<JsonNode> found = field.pointers().stream().map(body::at)
                .filter(node -> !node.isMissingNode() && !node.isNull()).findFirst();
        if (found.isEmpty()) {
            return;
        }
        JsonNode node = found.get();
        Optional<FieldValue> value = switch (field.type()) {
            case BOOLEAN -> node.isBoolean() ? Optional.of(Values.bool(node.booleanValue())) : fromText(node, FieldType.BOOLEAN);
            case NUMBER -> node.isNumber() ? Optional.ofNullable(Values.number(node.decimalValue())) : fromText(node, FieldType.NUMBER);
            case STRING -> node.isArray() ? Optional.ofNullable(Values.text(joined(node))) : fromText(node, FieldType.STRING);
            default -> fromText(node, field.type());
        };
        if (value.isPresent() && value.get().valid()) {
            values.put(field.name(), value.get());
        } else if (!(node.isArray() && node.isEmpty())) {
            partial = true;
        }
    }

    /** A value read from a JSON string, number or boolean's text; empty for an object or blank text. */
    private static Optional<FieldValue> fromText(JsonNode node, FieldType type) {
        if (!node.isValueNode()) {
            return Optional.empty();
        }
        return Optional.ofNullable(Values.of(type, node.asString()));
    }

    /** The texts of a JSON array separated by commas; null when there are none. */
    private static String joined(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.values().forEach(item -> {
            if (item.isValueNode() && !item.isNull() && !item.asString().isBlank()) {
                items.add(item.asString().strip());
            }
        });
        return items.isEmpty() ? null : String.join(", ", items);
    }

    /** Adds a value LeadGate derives; a null value is left out. */
    void put(String name, FieldValue value) {
        Values.put(values, name, value);
    }

    void markPartial() {
        partial = true;
    }

    /** The values in the order the fields are declared. */
    Map<String, FieldValue> inOrder(List<TrustedFormField> fields) {
        Map<String, FieldValue> ordered = new LinkedHashMap<>();
        fields.forEach(f -> Optional.ofNullable(values.get(f.name())).ifPresent(v -> ordered.put(f.name(), v)));
        return ordered;
    }

    boolean partial() {
        return partial;
    }
}

package io.leadgate.integration.ipqs;

import io.leadgate.integration.Values;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads IPQS's JSON answer into typed values, at the edge of the vendor package.
 *
 * <p>IPQS says "unknown" with the text {@code N/A}, or with {@code null} ({@code prepaid}): such a field is left out,
 * so criteria see it as unknown rather than as a value. A value that cannot be read as its declared type (text where
 * a score should be) is left out too, and the answer is marked partial.
 */
final class IpqsValues {

    private static final String NOT_AVAILABLE = "n/a";

    private final JsonNode body;
    private final Map<String, FieldValue> values = new LinkedHashMap<>();
    private boolean partial;

    private IpqsValues(JsonNode body) {
        this.body = body;
    }

    /** Every field IPQS sends (derived ones are left for the caller to {@link #put}), in declaration order. */
    static IpqsValues read(JsonNode body, List<IpqsField> fields) {
        IpqsValues reader = new IpqsValues(body);
        for (IpqsField field : fields) {
            if (field.jsonKey() != null) {
                reader.read(field);
            }
        }
        return reader;
    }

    private void read(IpqsField field) {
        JsonNode node = body.path(field.jsonKey());
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        if (node.isString() && isUnknown(node.stringValue())) {
            return;
        }
        Optional<FieldValue> value = switch (field.type()) {
            case BOOLEAN -> node.isBoolean() ? Optional.of(Values.bool(node.booleanValue())) : fromText(node, FieldType.BOOLEAN);
            case NUMBER -> node.isNumber() ? Optional.ofNullable(Values.number(node.decimalValue())) : fromText(node, FieldType.NUMBER);
            case DATE -> fromText(node.isObject() ? node.path("iso") : node, FieldType.DATE);
            case PHONE, EMAIL -> node.isString() ? Optional.ofNullable(Values.of(field.type(), node.stringValue())) : Optional.empty();
            default -> node.isValueNode() ? fromText(node, field.type()) : Optional.empty();
        };
        boolean keepsInvalid = field.type() == FieldType.PHONE || field.type() == FieldType.EMAIL;
        if (value.isPresent() && (value.get().valid() || keepsInvalid)) {
            values.put(field.name(), value.get());
        } else {
            partial = true;
        }
    }

    /** A value read from the node's text: {@code "true"}, {@code "42"}, an ISO date. */
    private static Optional<FieldValue> fromText(JsonNode node, FieldType type) {
        if (!node.isValueNode() || node.isNull()) {
            return Optional.empty();
        }
        String text = node.asString();
        return isUnknown(text) ? Optional.empty() : Optional.ofNullable(Values.of(type, text));
    }

    private static boolean isUnknown(String text) {
        String t = text.strip();
        return t.isEmpty() || t.toLowerCase(Locale.ROOT).equals(NOT_AVAILABLE);
    }

    JsonNode body() {
        return body;
    }

    /** Adds a derived value; a null value is left out. */
    void put(String name, FieldValue value) {
        Values.put(values, name, value);
    }

    void remove(String name) {
        values.remove(name);
    }

    /** The number read for a field, when there is one. */
    Optional<BigDecimal> number(String name) {
        return Optional.ofNullable(values.get(name)).flatMap(FieldValue::number);
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name)).map(FieldValue::text);
    }

    void markPartial() {
        partial = true;
    }

    Map<String, FieldValue> values() {
        return values;
    }

    /** The values in the order the fields are declared (derived ones are added last). */
    Map<String, FieldValue> inOrder(List<IpqsField> fields) {
        Map<String, FieldValue> ordered = new LinkedHashMap<>();
        fields.forEach(f -> Optional.ofNullable(values.get(f.name())).ifPresent(v -> ordered.put(f.name(), v)));
        return ordered;
    }

    boolean partial() {
        return partial;
    }
}

package io.leadgate.lead;

import io.leadgate.lead.field.FieldValue;
import io.leadgate.support.FieldError;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a seller's payload against a lead type: each key that names a field (exactly, or written as {@code First-Name},
 * {@code firstName} or {@code FIRST_NAME}) is normalised by the field's type; every other key is kept as extra data.
 *
 * <p>Missing required fields and invalid values of required fields are errors; an invalid value of an optional field
 * is kept with {@code valid=false}, never dropped.
 */
public final class LeadNormaliser {

    private LeadNormaliser() {
    }

    /** The lead's fields and extra data, and every field error found. */
    public record Result(Map<String, FieldValue> fields, ObjectNode extra, List<FieldError> errors) {
    }

    public static Result normalise(LeadType type, ObjectNode payload) {
        Map<String, FieldDefinition> byCanonicalName = new HashMap<>();
        for (FieldDefinition f : type.fields()) {
            byCanonicalName.put(canonical(f.name()), f);
        }
        // Which payload key feeds each field: the exact name wins over look-alike spellings; the first look-alike wins
        // over later ones. Keys that feed no field are extra data.
        Map<String, String> keyOf = new LinkedHashMap<>();
        for (String key : payload.propertyNames()) {
            type.field(key).ifPresent(f -> keyOf.put(f.name(), key));
        }
        for (String key : payload.propertyNames()) {
            FieldDefinition f = byCanonicalName.get(canonical(key));
            if (f != null) {
                keyOf.putIfAbsent(f.name(), key);
            }
        }

        Map<String, FieldDefinition> fieldOfKey = new HashMap<>();
        keyOf.forEach((field, key) -> fieldOfKey.put(key, type.field(field).orElseThrow()));

        Map<String, FieldValue> fields = new LinkedHashMap<>();
        ObjectNode extra = JsonNodeFactory.instance.objectNode();
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : payload.properties()) {
            String key = entry.getKey();
            JsonNode node = entry.getValue();
            FieldDefinition f = fieldOfKey.get(key);
            if (f == null) {
                extra.set(key, node);
            } else if ((node.isArray() || node.isObject())) {
                errors.add(new FieldError(f.name(), "not_a_single_value",
                        f.name() + " must be a single value, not " + (node.isArray() ? "a list" : "an object")));
                extra.set(key, node);
            } else if (!node.isNull()) {
                f.type().normalise(node.asString(), f.options()).ifPresent(value -> fields.put(f.name(), value));
            }
        }

        for (FieldDefinition f : type.fields()) {
            FieldValue value = fields.get(f.name());
            boolean alreadyReported = errors.stream().anyMatch(e -> e.field().equals(f.name()));
            if (!f.required() || alreadyReported) {
                continue;
            }
            if (value == null) {
                errors.add(new FieldError(f.name(), "required", f.name() + " is required"));
            } else if (!value.valid()) {
                errors.add(new FieldError(f.name(), "invalid",
                        f.name() + " is not a valid " + f.type().id().replace('_', ' ') + ": '" + abbreviate(value.raw()) + "'"));
            }
        }
        return new Result(fields, extra, errors);
    }

    /** The form of a key that look-alike spellings share: {@code firstName}, {@code First-Name} → {@code first_name}. */
    static String canonical(String key) {
        String snake = key.trim().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        return snake.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    private static String abbreviate(String raw) {
        String s = raw.strip();
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}

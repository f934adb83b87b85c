package io.leadgate.integration.builtin;

import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.SettingSpec;
import io.leadgate.lead.field.BooleanValue;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import io.leadgate.lead.field.NumberValue;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What the built-in checks share: reading their one request field, and the JSON kept for the audit trail. */
final class BuiltinInputs {

    private static final JsonMapper JSON = JsonMapper.shared();

    private BuiltinInputs() {}

    /**
     * The request field as a value of the check's type. A value of another type (text mapped from a string field or
     * a constant) is read from its raw text, so a check answers the same whatever field fed it.
     */
    static <T extends FieldValue> Optional<T> read(
            CheckRequest request, String name, FieldType type, Class<T> kind, FieldOptions options) {
        return request.field(name).flatMap(value -> kind.isInstance(value)
                ? Optional.of(kind.cast(value))
                : type.normalise(value.raw(), options).map(kind::cast));
    }

    /** The answer when the pipeline sent no value for the check's one required field. */
    static CheckResponse missing(String name, String requestAsSent) {
        return new CheckResponse.Failed(ErrorKind.BAD_REQUEST, "no " + name + " was given to check", requestAsSent, "{}");
    }

    /** The request field's text as received and the settings the descriptor declares, as a small JSON object. */
    static String requestAsSent(IntegrationDescriptor descriptor, CheckRequest request) {
        ObjectNode json = JSON.createObjectNode();
        descriptor.requestFields().forEach(spec ->
                request.field(spec.name()).ifPresent(value -> json.put(spec.name(), value.raw())));
        for (SettingSpec setting : descriptor.settings()) {
            String value = request.settings().get(setting.name());
            if (value != null) {
                json.put(setting.name(), value);
            }
        }
        return JSON.writeValueAsString(json);
    }

    /** The answer's values as JSON: booleans and numbers as JSON booleans and numbers, everything else as its text. */
    static String rawResponse(Map<String, FieldValue> values) {
        ObjectNode json = JSON.createObjectNode();
        values.forEach((name, value) -> {
            switch (value) {
                case BooleanValue b when b.valid() -> json.put(name, b.value());
                case NumberValue n when n.valid() -> json.put(name, n.value());
                default -> json.put(name, value.text());
            }
        });
        return JSON.writeValueAsString(json);
    }
}

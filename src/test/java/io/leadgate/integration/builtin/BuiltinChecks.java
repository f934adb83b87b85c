package io.leadgate.integration.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.lead.field.BooleanValue;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fixtures for the built-in check tests: requests as the pipeline builds them, and reading the answers. */
final class BuiltinChecks {

    private BuiltinChecks() {}

    /** A request whose one field is the raw text read as the given type, as a lead type's normaliser reads it. */
    static CheckRequest request(String field, FieldType type, String raw, String... settings) {
        return request(field, type.normalise(raw, FieldOptions.NONE).orElseThrow(), settings);
    }

    /** A request with the given value and settings given as name, value pairs. */
    static CheckRequest request(String field, FieldValue value, String... settings) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < settings.length; i += 2) {
            named.put(settings[i], settings[i + 1]);
        }
        return new CheckRequest(Map.of(field, value), named, CheckRequest.Context.NONE);
    }

    /** The values of an answer; fails the test when the check did not answer. */
    static Map<String, FieldValue> answered(CheckResponse response) {
        assertThat(response).isInstanceOf(CheckResponse.Answered.class);
        CheckResponse.Answered answered = (CheckResponse.Answered) response;
        assertThat(answered.partial()).isFalse();
        return answered.values();
    }

    /** The answer's values as text, for compact assertions. */
    static Map<String, String> texts(CheckResponse response) {
        Map<String, String> texts = new LinkedHashMap<>();
        answered(response).forEach((name, value) -> texts.put(name, value.text()));
        return texts;
    }

    static boolean flag(Map<String, FieldValue> values, String name) {
        assertThat(values).containsKey(name);
        return ((BooleanValue) values.get(name)).value();
    }

    static BigDecimal number(Map<String, FieldValue> values, String name) {
        assertThat(values).containsKey(name);
        return values.get(name).number().orElseThrow();
    }

    /** Every returned value is a declared response field, of the declared type, and valid for it. */
    static void assertFitsDescriptor(Integration check, CheckResponse response) {
        IntegrationDescriptor descriptor = check.descriptor();
        answered(response).forEach((name, value) -> {
            assertThat(descriptor.responseField(name))
                    .as("%s returned '%s', which its descriptor does not declare", descriptor.id(), name)
                    .isPresent();
            FieldSpec spec = descriptor.responseField(name).orElseThrow();
            assertThat(value.type()).as("%s.%s", descriptor.id(), name).isEqualTo(spec.type());
            if (spec.type() != FieldType.PHONE) {
                // an e164 may be the form of an invalid number; every other value is read back from a sure fact
                assertThat(value.valid()).as("%s.%s = %s", descriptor.id(), name, value.text()).isTrue();
            }
        });
    }
}

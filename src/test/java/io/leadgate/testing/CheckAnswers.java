package io.leadgate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.lead.field.FieldType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Assertions on what an integration answered, shared by the vendor packages' tests. */
public final class CheckAnswers {

    private CheckAnswers() {
    }

    /** The answer; fails the test when the check failed. */
    public static CheckResponse.Answered answered(CheckResponse response) {
        assertThat(response).as("%s", response).isInstanceOf(CheckResponse.Answered.class);
        return (CheckResponse.Answered) response;
    }

    /** The answer's values as text, for compact assertions. */
    public static Map<String, String> texts(CheckResponse response) {
        Map<String, String> texts = new LinkedHashMap<>();
        answered(response).values().forEach((name, value) -> texts.put(name, value.text()));
        return texts;
    }

    /** The failure; fails the test when the check answered. */
    public static CheckResponse.Failed failed(CheckResponse response) {
        assertThat(response).as("%s", response).isInstanceOf(CheckResponse.Failed.class);
        return (CheckResponse.Failed) response;
    }

    /**
     * Every returned value is a declared response field, of the declared type, and valid (except values of the types
     * given, which a provider may return in a form LeadGate would not call valid).
     */
    public static void assertFitsDescriptor(Integration check, CheckResponse response, FieldType... validityNotRequired) {
        IntegrationDescriptor descriptor = check.descriptor();
        List<FieldType> exempt = List.of(validityNotRequired);
        answered(response).values().forEach((name, value) -> {
            Optional<FieldSpec> spec = descriptor.responseField(name);
            assertThat(spec).as("%s returned '%s', which its descriptor does not declare", descriptor.id(), name).isPresent();
            assertThat(value.type()).as("%s.%s", descriptor.id(), name).isEqualTo(spec.get().type());
            if (!exempt.contains(value.type())) {
                assertThat(value.valid()).as("%s.%s = %s", descriptor.id(), name, value.text()).isTrue();
            }
        });
    }

    /** No secret appears in what a check keeps for the audit trail. */
    public static void assertSecretsNotIn(CheckResponse response, String... secrets) {
        for (String secret : secrets) {
            assertThat(String.valueOf(response.requestAsSent())).doesNotContain(secret);
            assertThat(String.valueOf(response.rawResponse())).doesNotContain(secret);
            if (response instanceof CheckResponse.Failed failed) {
                assertThat(String.valueOf(failed.message())).doesNotContain(secret);
            }
        }
    }
}

package io.leadgate.integration.ipqs;

import io.leadgate.integration.http.HttpSettings;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.integration.ProviderAccess;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fixtures for the IPQS tests: IPQS's own example answers (src/test/resources/ipqs), a connection held in memory,
 * clients with short timeouts, and requests as the pipeline builds them.
 */
final class IpqsFixtures {

    /** A key shaped like IPQS's (32 characters); the tests check it never leaves the IPQS-KEY header. */
    static final String KEY = "Zx9QkL2mNp4Rt6Vw8Yb0Cd3Fg5Hj7Kl1";

    /** The fake's path under its root, as IPQS's own base URL has {@code /api}. */
    static final String API = "/api";

    private static final JsonMapper JSON = JsonMapper.shared();

    private IpqsFixtures() {
    }

    /** A fixture's text as stored. */
    static String fixture(String name) {
        try (InputStream in = IpqsFixtures.class.getResourceAsStream("/ipqs/" + name)) {
            assertThat(in).as("fixture /ipqs/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture changed by the test: the variation is visible where it is used. */
    static String fixture(String name, Consumer<ObjectNode> change) {
        ObjectNode json = (ObjectNode) JSON.readTree(fixture(name));
        change.accept(json);
        return JSON.writeValueAsString(json);
    }

    /**
     * Properties for tests: short waits between attempts, and a circuit breaker that does not open by accident. The
     * read timeout is long enough for IPQS's default email {@code timeout} (7 seconds) and for a cold first request;
     * nothing waits for it unless a test says so.
     */
    static IpqsProperties testProperties() {
        return properties(Duration.ofSeconds(10), 3, new HttpSettings.Breaker(100, 100, 50f, Duration.ofMinutes(1)));
    }

    static IpqsProperties properties(int maxAttempts, HttpSettings.Breaker breaker) {
        return properties(Duration.ofSeconds(10), maxAttempts, breaker);
    }

    static IpqsProperties properties(Duration readTimeout, int maxAttempts, HttpSettings.Breaker breaker) {
        return new IpqsProperties(null, Duration.ofSeconds(2), readTimeout, maxAttempts, Duration.ofMillis(10),
                breaker, null, null, null, null);
    }

    static IpqsClient client(IpqsProperties properties, ProviderAccess access) {
        return new IpqsClient(RestClient.builder(), properties, access);
    }

    /** A request with one field read as the given type, and settings given as name, value pairs. */
    static CheckRequest request(String field, FieldType type, String raw, String... settings) {
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        fields.put(field, type.normalise(raw, FieldOptions.NONE).orElseThrow());
        return new CheckRequest(fields, pairs(settings), CheckRequest.Context.NONE);
    }

    /** A request with several fields, each given as name, type, raw text. */
    static CheckRequest request(List<Object[]> fields, String... settings) {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        for (Object[] f : fields) {
            values.put((String) f[0], ((FieldType) f[1]).normalise((String) f[2], FieldOptions.NONE).orElseThrow());
        }
        return new CheckRequest(values, pairs(settings), CheckRequest.Context.NONE);
    }

    static Object[] field(String name, FieldType type, String raw) {
        return new Object[] {name, type, raw};
    }

    private static Map<String, String> pairs(String... settings) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < settings.length; i += 2) {
            named.put(settings[i], settings[i + 1]);
        }
        return named;
    }

    /** The answer's values; fails the test when the check did not answer. */
    static CheckResponse.Answered answered(CheckResponse response) {
        assertThat(response).isInstanceOf(CheckResponse.Answered.class);
        return (CheckResponse.Answered) response;
    }

    /** The answer's values as text, for compact assertions. */
    static Map<String, String> texts(CheckResponse response) {
        Map<String, String> texts = new LinkedHashMap<>();
        answered(response).values().forEach((name, value) -> texts.put(name, value.text()));
        return texts;
    }

    /** The failure; fails the test when the check answered. */
    static CheckResponse.Failed failed(CheckResponse response) {
        assertThat(response).isInstanceOf(CheckResponse.Failed.class);
        return (CheckResponse.Failed) response;
    }

    /** Every returned value is a declared response field, of the declared type. */
    static void assertFitsDescriptor(Integration check, CheckResponse response) {
        IntegrationDescriptor descriptor = check.descriptor();
        answered(response).values().forEach((name, value) -> {
            Optional<FieldSpec> spec = descriptor.responseField(name);
            assertThat(spec).as("%s returned '%s', which its descriptor does not declare", descriptor.id(), name).isPresent();
            assertThat(value.type()).as("%s.%s", descriptor.id(), name).isEqualTo(spec.get().type());
            if (value.type() != FieldType.PHONE && value.type() != FieldType.EMAIL) {
                // IPQS's own formatted number or cleaned address is kept even when LeadGate would not call it valid
                assertThat(value.valid()).as("%s.%s = %s", descriptor.id(), name, value.text()).isTrue();
            }
        });
    }

    /** The key never appears in what a check keeps for the audit trail. */
    static void assertKeyNotIn(CheckResponse response) {
        assertThat(String.valueOf(response.requestAsSent())).doesNotContain(KEY);
        assertThat(String.valueOf(response.rawResponse())).doesNotContain(KEY);
        if (response instanceof CheckResponse.Failed failed) {
            assertThat(String.valueOf(failed.message())).doesNotContain(KEY);
        }
    }

    /** A connection held in memory that records what the client reports. */
    static final class FakeProviderAccess implements ProviderAccess {

        record Failure(String provider, ErrorKind kind, String message) {
        }

        private Credentials credentials;
        final List<String> successes = new ArrayList<>();
        final List<Failure> failures = new ArrayList<>();

        static FakeProviderAccess connectedTo(String baseUrl) {
            FakeProviderAccess access = new FakeProviderAccess();
            access.credentials = new Credentials(KEY, baseUrl);
            return access;
        }

        static FakeProviderAccess notConnected() {
            return new FakeProviderAccess();
        }

        @Override
        public Optional<Credentials> credentials(String provider) {
            return IpqsProvider.ID.equals(provider) ? Optional.ofNullable(credentials) : Optional.empty();
        }

        @Override
        public synchronized void recordSuccess(String provider) {
            successes.add(provider);
        }

        @Override
        public synchronized void recordFailure(String provider, ErrorKind kind, String message) {
            failures.add(new Failure(provider, kind, message));
        }
    }
}

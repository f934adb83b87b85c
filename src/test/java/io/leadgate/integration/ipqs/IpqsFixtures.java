package io.leadgate.integration.ipqs;

import io.leadgate.integration.http.HttpSettings;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.testing.CheckAnswers;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.Integration;
import io.leadgate.integration.ProviderAccess;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Every returned value is declared, typed, and valid, but IPQS's own formatted phone or cleaned email. */
    static void assertFitsDescriptor(Integration check, CheckResponse response) {
        CheckAnswers.assertFitsDescriptor(check, response, FieldType.PHONE, FieldType.EMAIL);
    }

    /** No key of this provider appears in what a check keeps for the audit trail. */
    static void assertKeyNotIn(CheckResponse response) {
        CheckAnswers.assertSecretsNotIn(response, KEY);
    }

    /** The provider's connection, held in memory. */
    static final class FakeProviderAccess extends io.leadgate.testing.FakeProviderAccess {

        private FakeProviderAccess(Credentials credentials) {
            super(IpqsProvider.ID, credentials);
        }

        static FakeProviderAccess connectedTo(String baseUrl) {
            return new FakeProviderAccess(new Credentials(KEY, baseUrl));
        }

        static FakeProviderAccess notConnected() {
            return new FakeProviderAccess(null);
        }
    }
}

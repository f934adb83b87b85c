package io.leadgate.integration.trestle;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.testing.CheckAnswers;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.ProviderAccess;
import io.leadgate.integration.http.HttpSettings;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
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
 * Fixtures for the Trestle tests: Trestle's own examples (src/test/resources/trestle), a connection held in memory,
 * clients with short waits, and requests as the pipeline builds them.
 */
final class TrestleFixtures {

    /** A key; the tests check it never leaves the x-api-key header. */
    static final String KEY = "trestle-test-key-7f3a9c1e5b2d4f60";

    static final String REAL_CONTACT_2_0 = "/2.0/real_contact";
    static final String REAL_CONTACT_1_1 = "/1.1/real_contact";
    static final String PHONE_INTEL = "/3.0/phone_intel";

    private static final JsonMapper JSON = JsonMapper.shared();

    private TrestleFixtures() {
    }

    /** A fixture's text as stored ({@code real-contact/response.success.json}). */
    static String fixture(String name) {
        try (InputStream in = TrestleFixtures.class.getResourceAsStream("/trestle/" + name)) {
            assertThat(in).as("fixture /trestle/%s", name).isNotNull();
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

    /** Properties for tests: short waits between attempts, and a circuit breaker that does not open by accident. */
    static TrestleProperties testProperties() {
        return properties(Duration.ofSeconds(10), 3, new HttpSettings.Breaker(100, 100, 50f, Duration.ofMinutes(1)));
    }

    static TrestleProperties properties(int maxAttempts, HttpSettings.Breaker breaker) {
        return properties(Duration.ofSeconds(10), maxAttempts, breaker);
    }

    static TrestleProperties properties(Duration readTimeout, int maxAttempts, HttpSettings.Breaker breaker) {
        return new TrestleProperties(null, Duration.ofSeconds(2), readTimeout, maxAttempts, Duration.ofMillis(10),
                breaker, null, null, null);
    }

    static TrestleClient client(TrestleProperties properties, ProviderAccess access) {
        return new TrestleClient(RestClient.builder(), properties, access);
    }

    /** A request with fields given as name, type, raw text, and no settings. */
    static CheckRequest request(List<Object[]> fields) {
        return request(fields, Map.of());
    }

    /** A request with fields given as name, type, raw text, and settings by name. */
    static CheckRequest request(List<Object[]> fields, Map<String, String> settings) {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        for (Object[] f : fields) {
            values.put((String) f[0], ((FieldType) f[1]).normalise((String) f[2], FieldOptions.NONE).orElseThrow());
        }
        return new CheckRequest(values, settings, CheckRequest.Context.NONE);
    }

    static Object[] field(String name, FieldType type, String raw) {
        return new Object[] {name, type, raw};
    }

    /** The lead of Trestle's own example request (real-contact/request.valid.json). */
    static List<Object[]> johnDoe() {
        return List.of(
                field("name", FieldType.STRING, "John Doe"),
                field("phone", FieldType.PHONE, "4259853735"),
                field("email", FieldType.EMAIL, "john.doe@example.com"),
                field("ip_address", FieldType.IP, "192.0.0.1"),
                field("street_line_1", FieldType.STRING, "100 Syrws St"),
                field("city", FieldType.STRING, "Lynden"),
                field("state_code", FieldType.STATE, "WA"),
                field("postal_code", FieldType.POSTAL_CODE, "98264"),
                field("country_code", FieldType.STRING, "US"));
    }

    /** Every query parameter of a request as received, decoded, in the order sent. */
    static Map<String, String> query(LoggedRequest request) {
        Map<String, String> query = new LinkedHashMap<>();
        String url = request.getUrl();
        if (!url.contains("?")) {
            return query;
        }
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            String[] nameValue = pair.split("=", 2);
            query.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                    nameValue.length < 2 ? "" : URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        return query;
    }

    /** No key of this provider appears in what a check keeps for the audit trail. */
    static void assertKeyNotIn(CheckResponse response) {
        CheckAnswers.assertSecretsNotIn(response, KEY);
    }

    /** The provider's connection, held in memory. */
    static final class FakeProviderAccess extends io.leadgate.testing.FakeProviderAccess {

        private FakeProviderAccess(Credentials credentials) {
            super(TrestleProvider.ID, credentials);
        }

        static FakeProviderAccess connectedTo(String baseUrl) {
            return new FakeProviderAccess(new Credentials(KEY, baseUrl));
        }

        static FakeProviderAccess notConnected() {
            return new FakeProviderAccess(null);
        }
    }
}

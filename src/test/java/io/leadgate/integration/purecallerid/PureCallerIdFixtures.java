package io.leadgate.integration.purecallerid;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.client.RestClient;

/**
 * Fixtures for the Pure CallerID tests: answers built from what the providers README documents
 * (src/test/resources/purecallerid), a connection held in memory, clients with short waits, and requests as the
 * pipeline builds them.
 */
final class PureCallerIdFixtures {

    /** A key shaped like Pure CallerID's (base64); the tests check it never leaves the X-API-KEY header. */
    static final String KEY = "1EfXYOGjUQIZiW7rZpFB7A+i3nDUxcAjczeescc0q4c=";

    static final String LEAD_LOAD_PATH = "/api/public/lead/load";
    static final String SPAM_PATH = "/api/public/services/spam";

    private PureCallerIdFixtures() {
    }

    /** A fixture's text as stored. */
    static String fixture(String name) {
        try (InputStream in = PureCallerIdFixtures.class.getResourceAsStream("/purecallerid/" + name)) {
            assertThat(in).as("fixture /purecallerid/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Properties for tests: short waits, a circuit breaker that does not open by accident, the defaults otherwise. */
    static PureCallerIdProperties testProperties() {
        return properties(Duration.ofSeconds(5), 3, 1, new HttpSettings.Breaker(100, 100, 50f, Duration.ofMinutes(1)));
    }

    static PureCallerIdProperties properties(Duration readTimeout, int maxAttempts, int leadLoadMaxAttempts,
            HttpSettings.Breaker breaker) {
        return new PureCallerIdProperties(null, Duration.ofSeconds(2), readTimeout, maxAttempts, leadLoadMaxAttempts,
                Duration.ofMillis(10), breaker, null, null, null);
    }

    static PureCallerIdClient client(PureCallerIdProperties properties, ProviderAccess access) {
        return new PureCallerIdClient(RestClient.builder(), properties, access);
    }

    /** Settings for a lead load into the test campaign, followed by the given name, value pairs. */
    static String[] leadLoad(String... more) {
        List<String> settings = new ArrayList<>(List.of("campaign_id", "65ae6e4b6bf35b2344b109e5", "dialer_list_id",
                "demoList001"));
        settings.addAll(List.of(more));
        return settings.toArray(String[]::new);
    }

    /** A request with the phone as a lead gives it, and settings given as name, value pairs. */
    static CheckRequest phoneRequest(String raw, String... settings) {
        return request(Map.of("phone", FieldType.PHONE.normalise(raw, FieldOptions.NONE).orElseThrow()), settings);
    }

    /** A request with the given lead fields and settings given as name, value pairs. */
    static CheckRequest request(Map<String, FieldValue> fields, String... settings) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < settings.length; i += 2) {
            named.put(settings[i], settings[i + 1]);
        }
        return new CheckRequest(fields, named, CheckRequest.Context.NONE);
    }

    static FieldValue value(FieldType type, String raw) {
        return type.normalise(raw, FieldOptions.NONE).orElseThrow();
    }

    /** No key of this provider appears in what a check keeps for the audit trail. */
    static void assertKeyNotIn(CheckResponse response) {
        CheckAnswers.assertSecretsNotIn(response, KEY);
    }

    /** The provider's connection, held in memory. */
    static final class FakeProviderAccess extends io.leadgate.testing.FakeProviderAccess {

        private FakeProviderAccess(Credentials credentials) {
            super(PureCallerIdProvider.ID, credentials);
        }

        static FakeProviderAccess connectedTo(String baseUrl) {
            return new FakeProviderAccess(new Credentials(KEY, baseUrl));
        }

        static FakeProviderAccess notConnected() {
            return new FakeProviderAccess(null);
        }
    }
}

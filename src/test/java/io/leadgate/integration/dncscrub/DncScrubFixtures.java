package io.leadgate.integration.dncscrub;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.client.RestClient;

/**
 * Fixtures for the DNC.com tests: answers in the shapes the providers README documents (src/test/resources/dncscrub),
 * a connection held in memory, clients with short waits, and requests as the pipeline builds them.
 */
final class DncScrubFixtures {

    /** A key shaped like a DNC.com loginId; the tests check it never leaves the loginId header. */
    static final String KEY = "C0ntactC3nterK3y7f41d9e2b8a6";

    static final String LITIGATOR_PATH = "/v1.5/Scrub/litigator";
    static final String SCRUB_PATH = "/app/main/rpc/scrub";

    /** The litigator of the providers README's example. */
    static final String LITIGATOR = "2675466417";

    private DncScrubFixtures() {
    }

    /** A fixture's text as stored. */
    static String fixture(String name) {
        try (InputStream in = DncScrubFixtures.class.getResourceAsStream("/dncscrub/" + name)) {
            assertThat(in).as("fixture /dncscrub/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Properties for tests: both APIs on the fake, short waits, a circuit breaker that does not open by accident. */
    static DncScrubProperties testProperties(String fakeBaseUrl) {
        return properties(fakeBaseUrl, Duration.ofSeconds(5), 3, new HttpSettings.Breaker(100, 100, 50f, Duration.ofMinutes(1)));
    }

    static DncScrubProperties properties(String fakeBaseUrl, Duration readTimeout, int maxAttempts, HttpSettings.Breaker breaker) {
        return new DncScrubProperties(fakeBaseUrl, fakeBaseUrl, Duration.ofSeconds(2), readTimeout, maxAttempts,
                Duration.ofMillis(10), breaker, null, null, null);
    }

    static DncScrubClient client(DncScrubProperties properties, ProviderAccess access) {
        return new DncScrubClient(RestClient.builder(), properties, access);
    }

    /** A request with the phone as a lead gives it, and settings given as name, value pairs. */
    static CheckRequest phoneRequest(String raw, String... settings) {
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        fields.put("phone", FieldType.PHONE.normalise(raw, FieldOptions.NONE).orElseThrow());
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < settings.length; i += 2) {
            named.put(settings[i], settings[i + 1]);
        }
        return new CheckRequest(fields, named, CheckRequest.Context.NONE);
    }

    /** No key of this provider appears in what a check keeps for the audit trail. */
    static void assertKeyNotIn(CheckResponse response) {
        CheckAnswers.assertSecretsNotIn(response, KEY);
    }

    /** The provider's connection, held in memory. */
    static final class FakeProviderAccess extends io.leadgate.testing.FakeProviderAccess {

        private FakeProviderAccess(Credentials credentials) {
            super(DncScrubProvider.ID, credentials);
        }

        static FakeProviderAccess connectedTo(String baseUrl) {
            return new FakeProviderAccess(new Credentials(KEY, baseUrl));
        }

        static FakeProviderAccess notConnected() {
            return new FakeProviderAccess(null);
        }
    }
}

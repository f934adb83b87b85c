package io.leadgate.integration.dncscrub;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.FieldSpec;
import io.leadgate.integration.Integration;
import io.leadgate.integration.IntegrationDescriptor;
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
import java.util.Optional;
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

    /** The answer; fails the test when the check did not answer. */
    static CheckResponse.Answered answered(CheckResponse response) {
        assertThat(response).as("%s", response).isInstanceOf(CheckResponse.Answered.class);
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
        assertThat(response).as("%s", response).isInstanceOf(CheckResponse.Failed.class);
        return (CheckResponse.Failed) response;
    }

    /** Every returned value is a declared response field, of the declared type, and valid. */
    static void assertFitsDescriptor(Integration check, CheckResponse response) {
        IntegrationDescriptor descriptor = check.descriptor();
        answered(response).values().forEach((name, value) -> {
            Optional<FieldSpec> spec = descriptor.responseField(name);
            assertThat(spec).as("%s returned '%s', which its descriptor does not declare", descriptor.id(), name).isPresent();
            assertThat(value.type()).as("%s.%s", descriptor.id(), name).isEqualTo(spec.get().type());
            assertThat(value.valid()).as("%s.%s = %s", descriptor.id(), name, value.text()).isTrue();
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
            return DncScrubProvider.ID.equals(provider) ? Optional.ofNullable(credentials) : Optional.empty();
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

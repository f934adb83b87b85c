package io.leadgate.integration.trustedform;

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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fixtures for the TrustedForm tests: the examples of TrustedForm's v4 description (src/test/resources/trustedform),
 * a connection held in memory, clients with short waits, and requests as the pipeline builds them.
 */
final class TrustedFormFixtures {

    /** A key shaped like TrustedForm's (40 hex digits, as in its description); it must never leave the auth header. */
    static final String KEY = "1f1b96c9150d8050e858c043d543bb4eadae0e6f";

    /** The Basic auth token of {@link #KEY}: {@code API:<key>} in Base64. */
    static final String TOKEN = Base64.getEncoder().encodeToString(("API:" + KEY).getBytes(StandardCharsets.UTF_8));

    /** The certificate id of TrustedForm's own examples. */
    static final String CERT_ID = "eb9fc4dd9bed9ad451a5648946cf4bf09b5bb947";
    static final String CERT_URL = "https://cert.trustedform.com/" + CERT_ID;

    /** A mobile app certificate id from the description (80 characters). */
    static final String MOBILE_CERT_ID = "11NgkzK_mroUbOD1-x66NigDliU1kdvbaCtLGvyja1K80vU1sKh9grlwP78vzKSp4ncwAfJAlNPNVY8f";

    /** A Meta Lead Ads certificate id from the description: dotted, 155 characters. */
    static final String META_CERT_ID = "0.rpM21ddljS9BNNUOm6FZVVqb5C5JMk1cofI4nDGdwy5ezucyxjok9qLyUXMu9diW62Xac8xNMpomBf1B-XDpfbYvaFMr0YC-"
            + "54TzHcLrni4.OHOMoMFXaX9YW9DoX_xeng.1vnf6DTWU7sJo6XAxlRP_w";

    static final String LEAD_ID = "01J9ZQ7W3K4M5N6P7Q8R9S0T1V";
    static final String CAMPAIGN_ID = "solar-fb";

    /** The instant the tests run at: after the description's examples were made. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-08T19:41:22Z"), ZoneOffset.UTC);

    private static final JsonMapper JSON = JsonMapper.shared();

    private TrustedFormFixtures() {
    }

    /** A fixture's text as stored. */
    static String fixture(String name) {
        try (InputStream in = TrustedFormFixtures.class.getResourceAsStream("/trustedform/" + name)) {
            assertThat(in).as("fixture /trustedform/%s", name).isNotNull();
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

    /** The description's success answer turned into a failed match: the phone (and email) not on the certificate. */
    static String mismatch(boolean phoneMatches, boolean emailMatches) {
        return fixture("verify-success.json", json -> {
            json.put("outcome", "failure");
            json.put("reason", "Lead data does not match the certificate");
            ObjectNode result = (ObjectNode) json.at("/match_lead/result");
            result.put("phone_match", phoneMatches);
            result.put("email_match", emailMatches);
            result.put("success", phoneMatches || emailMatches);
        });
    }

    /** Properties for tests: short waits between attempts, and a circuit breaker that does not open by accident. */
    static TrustedFormProperties testProperties() {
        return properties(Duration.ofSeconds(10), 3, new HttpSettings.Breaker(100, 100, 50f, Duration.ofMinutes(1)));
    }

    static TrustedFormProperties properties(Duration readTimeout, int maxAttempts, HttpSettings.Breaker breaker) {
        return new TrustedFormProperties(null, Duration.ofSeconds(2), readTimeout, maxAttempts, Duration.ofMillis(10),
                breaker, null, null);
    }

    static TrustedFormClient client(TrustedFormProperties properties, ProviderAccess access) {
        return new TrustedFormClient(RestClient.builder(), properties, access);
    }

    static TrustedFormVerifyCheck check(TrustedFormProperties properties, ProviderAccess access) {
        return new TrustedFormVerifyCheck(client(properties, access), CLOCK);
    }

    static TrustedFormVerifyCheck check(ProviderAccess access) {
        return check(testProperties(), access);
    }

    /** Builds a request as the pipeline does: fields read as their declared types, settings, lead and campaign. */
    static final class Lead {

        private final Map<String, FieldValue> fields = new LinkedHashMap<>();
        private final Map<String, String> settings = new LinkedHashMap<>();
        private CheckRequest.Context context = new CheckRequest.Context(LEAD_ID, CAMPAIGN_ID);

        /** A lead with the description's certificate, phone and email. */
        static Lead matching() {
            return withCertificate(CERT_URL).field(TrustedFormVerifyCheck.PHONE, FieldType.PHONE, "(512) 555-1212")
                    .field(TrustedFormVerifyCheck.EMAIL, FieldType.EMAIL, "janedoe@gmail.com");
        }

        static Lead withCertificate(String url) {
            return new Lead().field(TrustedFormVerifyCheck.CERTIFICATE_URL, FieldType.TRUSTEDFORM_URL, url);
        }

        Lead field(String name, FieldType type, String raw) {
            FieldOptions options = type == FieldType.PHONE ? new FieldOptions("US", List.of()) : FieldOptions.NONE;
            fields.put(name, type.normalise(raw, options).orElseThrow());
            return this;
        }

        Lead without(String name) {
            fields.remove(name);
            return this;
        }

        Lead setting(String name, String value) {
            settings.put(name, value);
            return this;
        }

        Lead context(String leadId, String campaignId) {
            context = new CheckRequest.Context(leadId, campaignId);
            return this;
        }

        CheckRequest request() {
            return new CheckRequest(fields, settings, context);
        }
    }

    /** No key of this provider appears in what a check keeps for the audit trail. */
    static void assertKeyNotIn(CheckResponse response) {
        CheckAnswers.assertSecretsNotIn(response, KEY, TOKEN);
    }

    /** The provider's connection, held in memory. */
    static final class FakeProviderAccess extends io.leadgate.testing.FakeProviderAccess {

        private FakeProviderAccess(Credentials credentials) {
            super(TrustedFormProvider.ID, credentials);
        }

        static FakeProviderAccess connectedTo(String baseUrl) {
            return new FakeProviderAccess(new Credentials(KEY, baseUrl));
        }

        static FakeProviderAccess notConnected() {
            return new FakeProviderAccess(null);
        }
    }
}

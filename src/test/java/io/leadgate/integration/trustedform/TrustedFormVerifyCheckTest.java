package io.leadgate.integration.trustedform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.CAMPAIGN_ID;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.CERT_ID;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.CERT_URL;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.LEAD_ID;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.META_CERT_ID;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.MOBILE_CERT_ID;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.TOKEN;
import static io.leadgate.testing.CheckAnswers.answered;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.assertKeyNotIn;
import static io.leadgate.testing.CheckAnswers.failed;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.fixture;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.mismatch;
import static io.leadgate.testing.CheckAnswers.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.trustedform.TrustedFormFixtures.FakeProviderAccess;
import io.leadgate.integration.trustedform.TrustedFormFixtures.Lead;
import io.leadgate.lead.field.FieldType;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/** The TrustedForm check over real HTTP: what it sends, how it reads the answers, and what it decides without a call. */
class TrustedFormVerifyCheckTest {

    @RegisterExtension
    static WireMockExtension trustedForm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private FakeProviderAccess access;
    private TrustedFormVerifyCheck check;

    @BeforeEach
    void connect() {
        access = FakeProviderAccess.connectedTo(trustedForm.baseUrl());
        check = TrustedFormFixtures.check(access);
    }

    private static void answer(String body) {
        trustedForm.stubFor(post(urlPathMatching("/.*")).willReturn(okJson(body)));
    }

    private CheckResponse verify(Lead lead) {
        CheckResponse response = check.check(lead.request());
        assertKeyNotIn(response);
        return response;
    }

    private static int requestsReceived() {
        return trustedForm.findAll(postRequestedFor(urlPathMatching(".*"))).size();
    }

    @Test
    void postsToTheCertificatesPathWithBasicAuthTheV4HeaderAndTheLeadsPhoneAndEmailRetainingItForTheLead() {
        answer(fixture("verify-success.json"));

        verify(Lead.matching());

        trustedForm.verify(1, postRequestedFor(urlPathEqualTo("/" + CERT_ID))
                .withHeader("Authorization", equalTo("Basic " + TOKEN))
                .withHeader("Api-Version", equalTo("4.0"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"match_lead": {"email": "janedoe@gmail.com", "phone": "5125551212"},
                         "retain": {"reference": "%s", "vendor": "%s"}}""".formatted(LEAD_ID, CAMPAIGN_ID))));
    }

    @Test
    void keepsTheRequestAsSentWithTheKeyMasked() {
        answer(fixture("verify-success.json"));

        CheckResponse response = verify(Lead.matching());

        assertThat(response.requestAsSent()).isEqualTo("POST " + trustedForm.baseUrl() + "/" + CERT_ID + "\n"
                + "Authorization: Basic ****\n"
                + "Api-Version: 4.0\n"
                + "Content-Type: application/json\n\n"
                + "{\"match_lead\":{\"email\":\"janedoe@gmail.com\",\"phone\":\"5125551212\"},"
                + "\"retain\":{\"reference\":\"" + LEAD_ID + "\",\"vendor\":\"" + CAMPAIGN_ID + "\"}}");
        assertThat(response.rawResponse()).isEqualTo(fixture("verify-success.json"));
    }

    @Test
    void readsTheDescriptionsAnswerIntoTypedFields() {
        answer(fixture("verify-success.json"));

        CheckResponse response = verify(Lead.matching().setting(TrustedFormVerifyCheck.INSIGHTS,
                TrustedFormVerifyCheck.SUGGESTED_INSIGHTS));

        assertThat(answered(response).partial()).isFalse();
        assertThat(texts(response)).containsExactly(
                entry("outcome", "success"),
                entry("phone_match", "true"),
                entry("email_match", "true"),
                entry("match_success", "true"),
                entry("bot_detected", "false"),
                entry("age_seconds", "76287"),
                entry("form_input_method", "typing"),
                entry("ip_city", "Dallas"),
                entry("ip_state", "Texas"),
                entry("ip_postal_code", "75203"),
                entry("ip_country", "US"),
                entry("ip", "192.168.0.1"),
                entry("page_url", "https://www.example.com/contact.html"),
                entry("domain", "example.com"),
                entry("seconds_on_page", "1129"),
                entry("is_framed", "false"),
                entry("is_masked", "false"),
                entry("created_at", "2024-09-18"),
                entry("expires_at", "2024-12-20"),
                entry("previously_retained", "false"),
                entry("certificate_id", CERT_ID));
        assertThat(answered(response).values().get("expires_at").raw()).isEqualTo("2024-12-20T17:07:09Z");
        assertThat(access.successes).containsExactly(TrustedFormProvider.ID);
    }

    @Test
    void reportsACertificateRecordedWithAnotherPhoneAsAPhoneMismatch() {
        answer(mismatch(false, true));

        CheckResponse response = verify(Lead.matching());

        assertThat(texts(response)).contains(entry("outcome", "failure"),
                entry("reason", "Lead data does not match the certificate"), entry("phone_match", "false"),
                entry("email_match", "true"), entry("match_success", "true"));
    }

    @Test
    void leavesAMatchOutWhenTrustedFormSaysNothingWasSentForIt() {
        answer(fixture("verify-success.json", json -> ((ObjectNode) json.at("/match_lead/result")).putNull("email_match")));

        CheckResponse response = verify(Lead.matching().without(TrustedFormVerifyCheck.EMAIL));

        assertThat(answered(response).values()).doesNotContainKey("email_match").containsKey("phone_match");
        assertThat(answered(response).partial()).isFalse();
        trustedForm.verify(postRequestedFor(urlPathEqualTo("/" + CERT_ID)).withRequestBody(equalToJson(
                "{\"match_lead\": {\"phone\": \"5125551212\"}, \"retain\": {}}", true, true)));
    }

    @Test
    void joinsSeveralFormInputMethodsWithCommas() {
        answer(fixture("verify-success.json", json -> ((ObjectNode) json.at("/insights/properties"))
                .putArray("form_input_method").add("autofill").add("paste")));

        assertThat(texts(verify(Lead.matching()))).containsEntry("form_input_method", "autofill, paste");
    }

    @Test
    void readsTheMobileCertificateExampleWhoseLocationHasNoCountry() {
        answer(fixture("verify-mobile-insights.json"));

        CheckResponse response = verify(Lead.withCertificate("https://cert.trustedform.com/" + MOBILE_CERT_ID)
                .setting(TrustedFormVerifyCheck.INSIGHTS, "age_seconds,approx_ip_geo,ip"));

        assertThat(texts(response)).contains(entry("outcome", "success"), entry("ip_city", "Austin"),
                entry("ip_state", "TX"), entry("ip_postal_code", "78704"), entry("age_seconds", "100"),
                entry("certificate_id", MOBILE_CERT_ID)).doesNotContainKey("ip_country");
        trustedForm.verify(postRequestedFor(urlPathEqualTo("/" + MOBILE_CERT_ID)).withRequestBody(equalToJson(
                "{\"insights\": {\"properties\": [\"age_seconds\", \"approx_ip_geo\", \"ip\"]}}")));
    }

    @Test
    void readsTheRetainedCopysUrlsAndExpiryWhenInsightsWereNotAsked() {
        answer(fixture("verify-success.json", json -> {
            json.remove("insights");
            ObjectNode results = (ObjectNode) json.at("/retain/results");
            results.put("masked_cert_url", "https://cert.trustedform.com/masked/" + CERT_ID);
            results.put("share_url", "https://cert.trustedform.com/" + CERT_ID + "?shared_token=abc");
            results.put("previously_retained", true);
        }));

        assertThat(texts(verify(Lead.matching()))).contains(
                entry("expires_at", "2023-07-18"),
                entry("masked_cert_url", "https://cert.trustedform.com/masked/" + CERT_ID),
                entry("share_url", "https://cert.trustedform.com/" + CERT_ID + "?shared_token=abc"),
                entry("previously_retained", "true"));
    }

    @Test
    void marksTheAnswerPartialWhenAnOperationAskedForHasNoResult() {
        answer(fixture("verify-success.json", json -> json.remove("retain")));

        CheckResponse.Answered answered = answered(verify(Lead.matching()));

        assertThat(answered.partial()).isTrue();
        assertThat(answered.values()).containsKey("phone_match").doesNotContainKey("previously_retained");
    }

    @Test
    void leavesOutAndFlagsAValueThatIsNotOfItsType() {
        answer(fixture("verify-success.json", json -> ((ObjectNode) json.at("/insights/properties"))
                .put("age_seconds", "a while")));

        CheckResponse.Answered answered = answered(verify(Lead.matching()));

        assertThat(answered.values()).doesNotContainKey("age_seconds").containsKey("bot_detected");
        assertThat(answered.partial()).isTrue();
    }

    @Test
    void asksForTheInsightsPropertiesOfTheSettingEachOnce() {
        answer(fixture("verify-success.json"));

        verify(Lead.matching().setting(TrustedFormVerifyCheck.INSIGHTS, "bot_detected, Age_Seconds bot_detected"));

        trustedForm.verify(postRequestedFor(urlPathEqualTo("/" + CERT_ID)).withRequestBody(equalToJson(
                "{\"insights\": {\"properties\": [\"bot_detected\", \"age_seconds\"]}}", false, true)));
    }

    @Test
    void retainsNothingWhenRetainIsOff() {
        answer(fixture("verify-success.json"));

        verify(Lead.matching().setting(TrustedFormVerifyCheck.RETAIN, "false"));

        trustedForm.verify(postRequestedFor(urlPathEqualTo("/" + CERT_ID)).withRequestBody(equalToJson(
                "{\"match_lead\": {\"email\": \"janedoe@gmail.com\", \"phone\": \"5125551212\"}}")));
    }

    @Test
    void recordsTheVendorOfTheSettingBeforeTheCampaign() {
        answer(fixture("verify-success.json"));

        verify(Lead.matching().setting(TrustedFormVerifyCheck.VENDOR, "Acme Co."));

        trustedForm.verify(1, postRequestedFor(urlPathEqualTo("/" + CERT_ID)).withRequestBody(equalToJson(
                "{\"retain\": {\"reference\": \"" + LEAD_ID + "\", \"vendor\": \"Acme Co.\"}}", false, true)));
    }

    @Test
    void retainsWithoutAReferenceWhenThereIsNoLeadAsInTheTestConsole() {
        answer(fixture("verify-success.json"));

        verify(Lead.matching().context(null, null));

        trustedForm.verify(postRequestedFor(urlPathEqualTo("/" + CERT_ID)).withRequestBody(equalToJson(
                "{\"match_lead\": {\"email\": \"janedoe@gmail.com\", \"phone\": \"5125551212\"}, \"retain\": {}}")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "national, 5125551212",
        "e164, +15125551212"
    })
    void writesThePhoneAsThePhoneFormatSettingSays(String format, String sent) {
        answer(fixture("verify-success.json"));

        verify(Lead.matching().setting(TrustedFormVerifyCheck.PHONE_FORMAT, format));

        trustedForm.verify(postRequestedFor(urlPathEqualTo("/" + CERT_ID)).withRequestBody(equalToJson(
                "{\"match_lead\": {\"phone\": \"" + sent + "\"}}", false, true)));
    }

    @Test
    void sendsSha1HashesOfThePhoneAndTheLowerCasedEmailWhenAsked() {
        answer(fixture("verify-success.json"));

        verify(Lead.matching().field(TrustedFormVerifyCheck.EMAIL, FieldType.EMAIL, "JaneDoe@Gmail.com")
                .setting(TrustedFormVerifyCheck.HASH_CONTACT, "true"));

        trustedForm.verify(postRequestedFor(urlPathEqualTo("/" + CERT_ID)).withRequestBody(equalToJson("""
                {"match_lead": {"email": "3e12c6d13e5c00d46fee94de65239ce9c5e7bc25",
                                "phone": "c0d6958a320b6215175f5787ed225a437ec6b097"}}""", false, true)));
    }

    @Test
    void callsTheCanonicalCertificateForAUrlWithQueryAndTrailingSlash() {
        answer(fixture("verify-success.json"));

        verify(Lead.matching().field(TrustedFormVerifyCheck.CERTIFICATE_URL, FieldType.TRUSTEDFORM_URL,
                "http://cert.trustedform.com/" + CERT_ID + "/?ref=landing"));

        trustedForm.verify(1, postRequestedFor(urlPathEqualTo("/" + CERT_ID)));
    }

    @Test
    void leavesAMetaLeadAdsCertificateIdForTrustedFormToJudge() {
        answer(fixture("verify-success.json"));

        CheckResponse response = verify(Lead.matching().field(TrustedFormVerifyCheck.CERTIFICATE_URL,
                FieldType.TRUSTEDFORM_URL, "https://cert.trustedform.com/" + META_CERT_ID));

        assertThat(texts(response)).containsEntry("certificate_id", META_CERT_ID);
        trustedForm.verify(1, postRequestedFor(urlPathEqualTo("/" + META_CERT_ID)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "not a url                                                            | malformed certificate URL: it is not a web address",
        "https://cert.trustedform.com/abc123                                  | malformed certificate URL: the certificate id after cert.trustedform.com/ must be 40 or 80 letters, digits, '-' or '_'",
        "https://cert.trustedform.com/                                        | malformed certificate URL: the certificate id after cert.trustedform.com/ must be 40 or 80 letters, digits, '-' or '_', and there is none",
        "https://cert.trustedform.com/certs/eb9fc4dd9bed9ad451a5648946cf4bf09b5bb947 | malformed certificate URL: the certificate id after cert.trustedform.com/ must be 40 or 80 letters, digits, '-' or '_'",
        "https://cert.trustedform.com:8443/eb9fc4dd9bed9ad451a5648946cf4bf09b5bb947 | malformed certificate URL: a certificate URL has no port, user name or other scheme than https",
        "https://cert.trustedform.com.evil.example/eb9fc4dd9bed9ad451a5648946cf4bf09b5bb947 | not a TrustedForm certificate URL: its host is cert.trustedform.com.evil.example, not cert.trustedform.com",
        "https://leads.example.com/eb9fc4dd9bed9ad451a5648946cf4bf09b5bb947  | not a TrustedForm certificate URL: its host is leads.example.com, not cert.trustedform.com",
        "https://ping.trustedform.com/0.abcDEF-123_xyz.eb9fc4dd9bed9ad451a5   | a TrustedForm ping URL, not a certificate URL: a ping URL cannot be matched to a lead or retained; the seller must send the certificate URL (https://cert.trustedform.com/...)"
    })
    void answersAnUnusableCertificateUrlAsInvalidWithoutCallingTrustedForm(String url, String reason) {
        answer(fixture("verify-success.json"));

        CheckResponse response = verify(Lead.matching().field(TrustedFormVerifyCheck.CERTIFICATE_URL,
                FieldType.TRUSTEDFORM_URL, url));

        assertThat(texts(response)).containsEntry("outcome", "invalid").containsEntry("reason", reason);
        assertThat(answered(response).rawResponse()).isNull();
        assertThat(response.requestAsSent()).startsWith("not sent: " + reason);
        assertThat(requestsReceived()).isZero();
        assertThat(access.successes).isEmpty();
        assertThat(access.failures).isEmpty();
    }

    @Test
    void keepsTheCertificateIdOfAUrlOnAnotherHost() {
        CheckResponse response = verify(Lead.matching().field(TrustedFormVerifyCheck.CERTIFICATE_URL,
                FieldType.TRUSTEDFORM_URL, "https://leads.example.com/" + CERT_ID));

        assertThat(texts(response)).containsEntry("certificate_id", CERT_ID);
    }

    @Test
    void answersAStagingCertificateAsInvalidWithoutCallingProductionTrustedForm() {
        // the connection points at production, which this test never reaches: nothing may be sent
        access = FakeProviderAccess.connectedTo("https://cert.trustedform.com");
        check = TrustedFormFixtures.check(access);

        CheckResponse response = verify(Lead.matching().field(TrustedFormVerifyCheck.CERTIFICATE_URL,
                FieldType.TRUSTEDFORM_URL, "https://cert.staging.trustedform.com/" + CERT_ID));

        assertThat(texts(response)).containsEntry("outcome", "invalid").containsEntry("reason",
                "a staging certificate (cert.staging.trustedform.com): it cannot be verified on production TrustedForm; "
                        + "the seller sent a test lead");
        assertThat(access.successes).isEmpty();
    }

    @Test
    void sendsAStagingCertificateToAStagingOrTestBaseUrl() {
        answer(fixture("verify-success.json"));

        CheckResponse response = verify(Lead.matching().field(TrustedFormVerifyCheck.CERTIFICATE_URL,
                FieldType.TRUSTEDFORM_URL, "https://cert.staging.trustedform.com/" + CERT_ID));

        assertThat(texts(response)).containsEntry("outcome", "success");
        trustedForm.verify(1, postRequestedFor(urlPathEqualTo("/" + CERT_ID)));
    }

    @ParameterizedTest(name = "submitted {0}")
    @CsvSource({
        "2025-06-05, 2025-06-05",
        "06/01/2025, 2025-06-01",
        "2025-06-09T10:00:00Z, 2025-06-09T10:00:00Z",
        "2025-06-09T10:00:00-05:00, 2025-06-09T15:00:00Z"
    })
    void answersACertificateOfALeadSubmittedMoreThan90DaysAgoAsExpiredWithoutCalling(String submitted, String said) {
        CheckResponse response = verify(Lead.matching().field(TrustedFormVerifyCheck.SUBMITTED_AT, FieldType.STRING, submitted));

        assertThat(texts(response)).containsEntry("outcome", "expired").containsEntry("reason", "certificate expired: "
                + "the lead was submitted on " + said + ", more than 90 days ago, and TrustedForm keeps a certificate "
                + "available for at most 90 days").containsEntry("certificate_id", CERT_ID);
        assertThat(requestsReceived()).isZero();
    }

    @ParameterizedTest(name = "submitted {0}")
    @CsvSource({"2025-06-10", "2025-06-10T20:00:00Z", "2025-09-08", "not a date"})
    void callsTrustedFormWhenTheLeadMayStillHaveALiveCertificate(String submitted) {
        answer(fixture("verify-success.json"));

        verify(Lead.matching().field(TrustedFormVerifyCheck.SUBMITTED_AT, FieldType.STRING, submitted));

        assertThat(requestsReceived()).isEqualTo(1);
    }

    @Test
    void takesTheClaimWindowFromConfiguration() {
        TrustedFormProperties shortWindow = new TrustedFormProperties(null, null, null, 1, null, null, null, Duration.ofHours(72));
        check = TrustedFormFixtures.check(shortWindow, access);

        CheckResponse response = verify(Lead.matching().field(TrustedFormVerifyCheck.SUBMITTED_AT, FieldType.STRING, "2025-09-01"));

        assertThat(texts(response)).containsEntry("outcome", "expired");
        assertThat(texts(response).get("reason")).contains("more than 3 days ago");
    }

    @Test
    void refusesToCallWithNothingToMatchAndNoInsights() {
        CheckResponse.Failed failed = failed(verify(Lead.withCertificate(CERT_URL)));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(failed.message()).startsWith("nothing to verify the certificate with");
        assertThat(requestsReceived()).isZero();
    }

    @Test
    void answersNotConnectedWithoutCallingWhenThereIsNoKey() {
        check = TrustedFormFixtures.check(FakeProviderAccess.notConnected());

        CheckResponse.Failed failed = failed(verify(Lead.matching()));

        assertThat(failed.kind()).isEqualTo(ErrorKind.NOT_CONNECTED);
        assertThat(failed.message()).isEqualTo("TrustedForm is not connected: enable the connection and save an API key");
        assertThat(failed.requestAsSent()).startsWith("POST https://cert.trustedform.com/" + CERT_ID + "\n");
        assertThat(requestsReceived()).isZero();
    }

    @Test
    void stillJudgesTheCertificateUrlWhenThereIsNoKey() {
        check = TrustedFormFixtures.check(FakeProviderAccess.notConnected());

        CheckResponse response = verify(Lead.matching().field(TrustedFormVerifyCheck.CERTIFICATE_URL,
                FieldType.TRUSTEDFORM_URL, "https://cert.trustedform.com/abc123"));

        assertThat(texts(response)).containsEntry("outcome", "invalid");
    }

    @Test
    void readsACertificateUrlGivenAsPlainTextAsTheTestConsoleMayGiveIt() {
        answer(fixture("verify-success.json"));

        CheckResponse response = verify(Lead.matching().field(TrustedFormVerifyCheck.CERTIFICATE_URL, FieldType.STRING,
                "cert.trustedform.com/" + CERT_ID));

        assertThat(texts(response)).containsEntry("outcome", "success");
    }

    @Test
    void givesTheWholeAnswerForTrustedFormsErrorOutcome() {
        answer(fixture("verify-success.json", json -> {
            json.put("outcome", "error");
            json.put("reason", "An unexpected error occurred");
        }));

        assertThat(texts(verify(Lead.matching()))).contains(entry("outcome", "error"),
                entry("reason", "An unexpected error occurred"));
    }

    @Test
    void answersWithTheProvidersHttpStatusWhenTheBodyIsEmpty() {
        trustedForm.stubFor(post(urlPathMatching("/.*")).willReturn(aResponse().withStatus(200)));

        CheckResponse.Failed failed = failed(verify(Lead.matching()));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(failed.message()).contains("HTTP 200").contains("empty body");
    }
}

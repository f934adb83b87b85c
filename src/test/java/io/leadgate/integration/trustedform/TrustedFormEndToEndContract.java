package io.leadgate.integration.trustedform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadgate.testing.Api;
import io.leadgate.testing.ApiTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * TrustedForm end to end: a connection pointed at a local fake that answers as TrustedForm's v4 description does, and
 * a campaign running {@code trustedform.verify} with the rules a consent check needs: a certificate that does not match
 * the lead's phone or email is rejected, and so is any outcome but success.
 */
abstract class TrustedFormEndToEndContract extends ApiTest {

    private static final String KEY = "9c1d7e0b5a3f4e2d8c6b1a0f9e8d7c6b5a4f3e2d";
    private static final String TOKEN = Base64.getEncoder().encodeToString(("API:" + KEY).getBytes(StandardCharsets.UTF_8));

    private static final String MATCHING_CERT = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";
    private static final String OTHER_PERSONS_CERT = "b2c3d4e5f60718293a4b5c6d7e8f9012345678a1";
    private static final String UNKNOWN_CERT = "c3d4e5f60718293a4b5c6d7e8f9012345678a1b2";

    private static final String MISMATCH = "consent certificate does not match the lead";
    private static final String NOT_VERIFIED = "consent certificate not verified";

    @RegisterExtension
    static WireMockExtension trustedForm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private TestCampaign campaign;

    /**
     * A certificate as TrustedForm keeps it: recorded with one phone, so a request with that phone matches and any other
     * phone does not.
     */
    private static void certificate(String id, String recordedPhone) {
        trustedForm.stubFor(post(urlPathEqualTo("/" + id)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.match_lead.phone", equalTo(recordedPhone)))
                .willReturn(json(200, TrustedFormFixtures.fixture("verify-success.json"))));
        trustedForm.stubFor(post(urlPathEqualTo("/" + id)).atPriority(5)
                .willReturn(json(200, TrustedFormFixtures.mismatch(false, true))));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
    }

    @BeforeEach
    void connectAndConfigure() {
        Api.Response connected = api().putJson("/api/v1/connections/trustedform", ADMIN_TOKEN,
                Map.of("enabled", true, "api_key", KEY, "base_url", trustedForm.baseUrl()));
        assertThat(connected.status()).as(connected.toString()).isEqualTo(200);
        // like the demo's lead type: one string field and a birth date, which must not pass for a submission date
        String leadType = createLeadType(List.of(field("first_name", "string", true), field("phone", "phone", true),
                field("email", "email", false), field("date_of_birth", "date", false),
                field("trustedform_cert_url", "trustedform_url", false),
                field("consent_outcome", "string", false), field("consent_phone_match", "boolean", false)));
        Api.Response setup = api().postJson("/api/v1/lead-types/" + leadType + "/setups", ADMIN_TOKEN, Map.of(
                "integration_id", "trustedform.verify",
                "name", "Consent certificate",
                "request_mapping", Map.of(
                        "certificate_url", Map.of("field", "trustedform_cert_url"),
                        "phone", Map.of("field", "phone"),
                        "email", Map.of("field", "email")),
                "response_mapping", Map.of("outcome", "consent_outcome", "phone_match", "consent_phone_match"),
                "rules", List.of(
                        Map.of("when", Map.of("field", "phone_match", "operator", "is_false"),
                                "action", "reject", "reason", MISMATCH),
                        Map.of("when", Map.of("field", "email_match", "operator", "is_false"),
                                "action", "reject", "reason", MISMATCH),
                        Map.of("when", Map.of("field", "outcome", "operator", "not_equals", "value", "success"),
                                "action", "reject", "reason", NOT_VERIFIED)),
                "error_policy", "quality_control"));
        assertThat(setup.status()).as(setup.toString()).isEqualTo(201);
        campaign = createCampaign(leadType);
        api().postJson("/api/v1/campaigns/" + campaign.id() + "/steps", ADMIN_TOKEN,
                Map.of("setup_id", setup.json().path("id").asString(), "stop_on_reject", true));
    }

    private JsonNode send(String certificateUrl, String phone) {
        Api.Response r = postLead(campaign, Map.of("first_name", "Jane", "phone", phone, "email", "janedoe@gmail.com",
                "date_of_birth", "1980-04-02", "trustedform_cert_url", certificateUrl));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    private JsonNode lead(JsonNode answer) {
        return api().get("/api/v1/leads/" + answer.path("lead_id").asString(), ADMIN_TOKEN).json();
    }

    private JsonNode check(JsonNode answer) {
        return api().get("/api/v1/leads/" + answer.path("lead_id").asString() + "/checks", ADMIN_TOKEN).json().get(0);
    }

    private static String url(String id) {
        return "https://cert.trustedform.com/" + id;
    }

    @Test
    void rejectsALeadWhoseCertificateDoesNotMatchItsPhoneAndAcceptsOneThatMatches() {
        certificate(MATCHING_CERT, "2125551231");

        JsonNode matching = send(url(MATCHING_CERT), "(212) 555-1231");
        JsonNode altered = send(url(MATCHING_CERT), "(212) 555-1232");

        assertThat(matching.path("disposition").asString()).isEqualTo("ACCEPTED");
        assertThat(altered.path("disposition").asString()).isEqualTo("REJECTED");
        assertThat(altered.path("reasons").toString()).contains(MISMATCH).doesNotContain("555");
        assertThat(lead(altered).at("/fields/consent_phone_match/text").asString()).isEqualTo("false");
        assertThat(lead(altered).at("/fields/consent_outcome/text").asString()).isEqualTo("failure");
        assertThat(lead(matching).at("/fields/consent_outcome/text").asString()).isEqualTo("success");
        JsonNode check = check(altered);
        assertThat(check.path("integration_id").asString()).isEqualTo("trustedform.verify");
        assertThat(check.path("status").asString()).isEqualTo("rejected");
        assertThat(check.path("raw_response").asString()).contains("\"phone_match\":false");
        assertThat(check.path("request").asString()).startsWith("POST " + trustedForm.baseUrl() + "/" + MATCHING_CERT)
                .contains("Authorization: Basic ****").doesNotContain(KEY).doesNotContain(TOKEN);
        assertThat(check.path("cost").decimalValue()).isPositive();
    }

    @Test
    void sendsTheKeyAsBasicAuthWithTheV4HeaderAndRetainsTheCertificateForTheLeadAndCampaign() {
        trustedForm.stubFor(post(urlPathEqualTo("/" + MATCHING_CERT))
                .willReturn(json(200, TrustedFormFixtures.fixture("verify-success.json"))));

        JsonNode answer = send(url(MATCHING_CERT) + "?ref=landing", "212-555-1234");

        trustedForm.verify(1, postRequestedFor(urlPathEqualTo("/" + MATCHING_CERT))
                .withHeader("Authorization", equalTo("Basic " + TOKEN))
                .withHeader("Api-Version", equalTo("4.0"))
                .withRequestBody(equalToJson("""
                        {"match_lead": {"email": "janedoe@gmail.com", "phone": "2125551234"},
                         "retain": {"reference": "%s", "vendor": "%s"}}"""
                        .formatted(answer.path("lead_id").asString(), campaign.id()))));
        assertThat(trustedForm.getAllServeEvents()).allSatisfy(e -> assertThat(e.getRequest().getUrl()).doesNotContain(KEY));
    }

    @Test
    void doesNotTakeTheConsumersBirthDateForTheSubmissionDate() {
        trustedForm.stubFor(post(urlPathEqualTo("/" + MATCHING_CERT))
                .willReturn(json(200, TrustedFormFixtures.fixture("verify-success.json"))));

        JsonNode answer = send(url(MATCHING_CERT), "(212) 555-1235");

        assertThat(answer.path("disposition").asString()).isEqualTo("ACCEPTED");
        trustedForm.verify(1, postRequestedFor(urlPathEqualTo("/" + MATCHING_CERT)));
    }

    @Test
    void rejectsAMalformedCertificateUrlWithoutCallingTrustedForm() {
        JsonNode answer = send("https://cert.trustedform.com/abc123", "(212) 555-1236");

        assertThat(answer.path("disposition").asString()).isEqualTo("REJECTED");
        assertThat(answer.path("reasons").toString()).contains(NOT_VERIFIED);
        assertThat(lead(answer).at("/fields/consent_outcome/text").asString()).isEqualTo("invalid");
        assertThat(check(answer).path("request").asString()).startsWith("not sent: malformed certificate URL");
        assertThat(trustedForm.findAll(postRequestedFor(urlPathMatching(".*")))).isEmpty();
    }

    @Test
    void rejectsACertificateOnAnotherHostWithoutSendingTheKeyAnywhere() {
        JsonNode answer = send("https://trustedform.example.net/" + MATCHING_CERT, "(212) 555-1237");

        assertThat(answer.path("disposition").asString()).isEqualTo("REJECTED");
        assertThat(lead(answer).at("/fields/consent_outcome/text").asString()).isEqualTo("invalid");
        assertThat(trustedForm.findAll(postRequestedFor(urlPathMatching(".*")))).isEmpty();
    }

    @Test
    void rejectsACertificateTrustedFormNoLongerHas() {
        trustedForm.stubFor(post(urlPathEqualTo("/" + UNKNOWN_CERT))
                .willReturn(json(404, TrustedFormFixtures.fixture("error-404.json"))));

        JsonNode answer = send(url(UNKNOWN_CERT), "(212) 555-1238");

        assertThat(answer.path("disposition").asString()).isEqualTo("REJECTED");
        assertThat(answer.path("reasons").toString()).contains(NOT_VERIFIED);
        assertThat(lead(answer).at("/fields/consent_outcome/text").asString()).isEqualTo("not_found");
        assertThat(check(answer).path("raw_response").asString()).contains("has expired or could not be found");
    }

    @Test
    void neverPassesALeadWhenTrustedFormRefusesTheKey() {
        trustedForm.stubFor(post(urlPathMatching("/.*")).willReturn(json(401, TrustedFormFixtures.fixture("error-401.json"))));

        JsonNode answer = send(url(MATCHING_CERT), "(212) 555-1239");

        assertThat(answer.path("disposition").asString()).isEqualTo("QUALITY_CONTROL");
        JsonNode check = check(answer);
        assertThat(check.path("status").asString()).isEqualTo("error");
        assertThat(check.path("error_kind").asString()).isEqualTo("AUTH");
        JsonNode connection = api().get("/api/v1/connections/trustedform", ADMIN_TOKEN).json();
        assertThat(connection.path("last_error_kind").asString()).isEqualTo("AUTH");
        assertThat(connection.path("api_key").asString()).isEqualTo("****" + KEY.substring(KEY.length() - 4));
    }

    @Test
    void testsTheConnectionWithACertificateThatCannotExist() {
        trustedForm.stubFor(post(urlPathEqualTo("/" + TrustedFormProvider.PROBE_ID))
                .willReturn(json(404, TrustedFormFixtures.fixture("error-404.json"))));

        JsonNode test = api().postJson("/api/v1/connections/trustedform/test", ADMIN_TOKEN, "{}").json();

        assertThat(test.path("outcome").asString()).isEqualTo("connected");
        trustedForm.verify(postRequestedFor(urlPathEqualTo("/" + TrustedFormProvider.PROBE_ID))
                .withHeader("Authorization", equalTo("Basic " + TOKEN)).withRequestBody(equalToJson("{}")));
    }

    @Test
    void runsTrustedFormInTheTestConsoleWithTheCampaignsRules() {
        trustedForm.stubFor(post(urlPathEqualTo("/" + OTHER_PERSONS_CERT))
                .willReturn(json(200, TrustedFormFixtures.mismatch(false, true))));

        JsonNode result = api().postJson("/api/v1/integrations/trustedform.verify/test", ADMIN_TOKEN, Map.of(
                "certificate_url", url(OTHER_PERSONS_CERT), "phone", "+15125550199", "email", "janedoe@gmail.com",
                "campaign", campaign.id())).json();

        assertThat(result.path("action").asString()).as(result.toString()).isEqualTo("reject");
        assertThat(result.at("/response/phone_match/text").asString()).isEqualTo("false");
        assertThat(result.path("request_as_sent").asString()).doesNotContain(KEY).doesNotContain(TOKEN);
        assertThat(api().get("/api/v1/leads?campaign=" + campaign.id(), ADMIN_TOKEN).json().path("items").size()).isZero();
    }

    @Test
    void publishesTheCheckInTheCatalog() {
        JsonNode descriptor = api().get("/api/v1/integrations/trustedform.verify", ADMIN_TOKEN).json();

        assertThat(descriptor.path("provider").asString()).isEqualTo("trustedform");
        assertThat(descriptor.path("category").asString()).isEqualTo("consent");
        assertThat(descriptor.path("response_fields").toString()).contains("\"phone_match\"").contains("\"share_url\"");
    }
}

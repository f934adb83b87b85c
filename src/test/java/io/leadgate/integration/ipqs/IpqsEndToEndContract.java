package io.leadgate.integration.ipqs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadgate.testing.Api;
import io.leadgate.testing.ApiTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * IPQualityScore end to end: a connection pointed at a local fake that answers as IPQS does, a campaign running
 * {@code ipqs.phone} with the classic rules (fraud score under 50 accepts, otherwise reject; VoIP to quality control).
 */
abstract class IpqsEndToEndContract extends ApiTest {

    private static final String KEY = "ipqs-test-key-5be0c1d2e3f4a5b6";

    @RegisterExtension
    static WireMockExtension ipqs = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private TestCampaign campaign;
    private String leadType;

    private static String example(String name) {
        try (InputStream in = IpqsEndToEndContract.class.getResourceAsStream("/ipqs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** IPQS's own example answer, with the score and VoIP flag this test needs. */
    private static String phoneAnswer(int fraudScore, boolean voip) {
        return example("phone.json").replace("\"fraud_score\": 100", "\"fraud_score\": " + fraudScore)
                .replace("\"VOIP\": false", "\"VOIP\": " + voip);
    }

    private static void answer(String digits, String body) {
        ipqs.stubFor(get(urlPathEqualTo("/json/phone/" + digits)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json; charset=UTF-8").withBody(body)));
    }

    @BeforeEach
    void connectAndConfigure() {
        Api.Response connected = api().putJson("/api/v1/connections/ipqs", ADMIN_TOKEN,
                Map.of("enabled", true, "api_key", KEY, "base_url", ipqs.baseUrl()));
        assertThat(connected.status()).as(connected.toString()).isEqualTo(200);
        leadType = createLeadType(List.of(field("first_name", "string", true), field("phone", "phone", true),
                field("fraud_score", "number", false), field("voip", "boolean", false), field("carrier", "string", false)));
        Api.Response setup = api().postJson("/api/v1/lead-types/" + leadType + "/setups", ADMIN_TOKEN, Map.of(
                "integration_id", "ipqs.phone",
                "settings", Map.of("strictness", "1", "country", "US"),
                "response_mapping", Map.of("fraud_score", "fraud_score", "voip", "voip", "carrier", "carrier"),
                "rules", List.of(
                        Map.of("when", Map.of("field", "fraud_score", "operator", "less_than", "value", "50"),
                                "action", "accept", "reason", "fraud score under 50"),
                        Map.of("when", Map.of("field", "fraud_score", "operator", "at_least", "value", "50"),
                                "action", "reject", "reason", "fraud score 50 or more"),
                        Map.of("when", Map.of("field", "voip", "operator", "is_true"),
                                "action", "quality_control", "reason", "VoIP line")),
                "error_policy", "quality_control"));
        assertThat(setup.status()).as(setup.toString()).isEqualTo(201);
        campaign = createCampaign(leadType);
        api().postJson("/api/v1/campaigns/" + campaign.id() + "/steps", ADMIN_TOKEN,
                Map.of("setup_id", setup.json().path("id").asString(), "stop_on_reject", true));
    }

    private JsonNode post(String phone) {
        Api.Response r = postLead(campaign, Map.of("first_name", "Ada", "phone", phone));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    @Test
    void decidesLeadsByFraudScoreAndVoip() {
        answer("12125551231", phoneAnswer(12, false));
        answer("12125551232", phoneAnswer(88, false));
        answer("12125551233", phoneAnswer(20, true));

        JsonNode clean = post("(212) 555-1231");
        JsonNode risky = post("(212) 555-1232");
        JsonNode voip = post("(212) 555-1233");

        assertThat(clean.path("disposition").asString()).isEqualTo("ACCEPTED");
        assertThat(risky.path("disposition").asString()).isEqualTo("REJECTED");
        assertThat(risky.path("reasons").get(0).asString()).isEqualTo("fraud score 50 or more");
        assertThat(voip.path("disposition").asString()).isEqualTo("QUALITY_CONTROL");
        assertThat(voip.path("reasons").get(0).asString()).isEqualTo("VoIP line");

        JsonNode lead = api().get("/api/v1/leads/" + risky.path("lead_id").asString(), ADMIN_TOKEN).json();
        assertThat(lead.at("/fields/fraud_score/value").asInt()).isEqualTo(88);
        assertThat(lead.at("/fields/carrier/text").asString()).isEqualTo("SomosGov");
        JsonNode check = api().get("/api/v1/leads/" + risky.path("lead_id").asString() + "/checks", ADMIN_TOKEN).json().get(0);
        assertThat(check.path("integration_id").asString()).isEqualTo("ipqs.phone");
        assertThat(check.path("raw_response").asString()).contains("\"fraud_score\": 88").contains("\"request_id\"");
        assertThat(check.path("request").asString()).contains("/json/phone/12125551232").contains("IPQS-KEY: ****")
                .doesNotContain(KEY);
        assertThat(check.path("cost").decimalValue()).isPositive();
        JsonNode filtered = api().get("/api/v1/leads?campaign=" + campaign.id() + "&filter=fraud_score%3E%3D50", ADMIN_TOKEN).json();
        assertThat(filtered.path("items").size()).isEqualTo(1);
    }

    @Test
    void sendsTheKeyInTheHeaderAndEveryParameter() {
        answer("12125551234", phoneAnswer(5, false));

        post("212-555-1234");

        ipqs.verify(getRequestedFor(urlPathEqualTo("/json/phone/12125551234"))
                .withHeader("IPQS-KEY", equalTo(KEY))
                .withQueryParam("strictness", equalTo("1"))
                .withQueryParam("country[]", equalTo("US")));
        assertThat(ipqs.getAllServeEvents()).allSatisfy(e -> assertThat(e.getRequest().getUrl()).doesNotContain(KEY));
    }

    @Test
    void neverPassesALeadWhenIpqsRefusesTheKey() {
        ipqs.stubFor(get(urlPathMatching("/json/phone/12125551235")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(example("error-invalid-key.json"))));

        JsonNode answer = post("(212) 555-1235");

        assertThat(answer.path("disposition").asString()).isEqualTo("QUALITY_CONTROL");
        JsonNode check = api().get("/api/v1/leads/" + answer.path("lead_id").asString() + "/checks", ADMIN_TOKEN).json().get(0);
        assertThat(check.path("status").asString()).isEqualTo("error");
        assertThat(check.path("error_kind").asString()).isEqualTo("AUTH");
        JsonNode connection = api().get("/api/v1/connections/ipqs", ADMIN_TOKEN).json();
        assertThat(connection.path("last_error_kind").asString()).isEqualTo("AUTH");
        assertThat(connection.path("api_key").asString()).isEqualTo("****" + KEY.substring(KEY.length() - 4));
    }

    @Test
    void testsTheConnectionWithTheAccountCall() {
        ipqs.stubFor(get(urlPathEqualTo("/json/account")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(example("account.json"))));

        JsonNode test = api().postJson("/api/v1/connections/ipqs/test", ADMIN_TOKEN, "{}").json();

        assertThat(test.path("outcome").asString()).isEqualTo("connected");
        ipqs.verify(getRequestedFor(urlPathEqualTo("/json/account")).withHeader("IPQS-KEY", equalTo(KEY)));
    }

    @Test
    void runsIpqsInTheTestConsoleWithTheCampaignsRules() {
        answer("15125550199", phoneAnswer(91, false));

        JsonNode result = api().postJson("/api/v1/integrations/ipqs.phone/test", ADMIN_TOKEN,
                Map.of("phone", "+15125550199", "strictness", 1, "campaign", campaign.id())).json();

        assertThat(result.path("action").asString()).isEqualTo("reject");
        assertThat(result.at("/response/fraud_score/value").asInt()).isEqualTo(91);
        assertThat(result.at("/response/risk_level/text").asString()).isEqualTo("high");
        assertThat(result.path("request_as_sent").asString()).doesNotContain(KEY);
        assertThat(api().get("/api/v1/leads?campaign=" + campaign.id(), ADMIN_TOKEN).json().path("items").size()).isZero();
    }
}

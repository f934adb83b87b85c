package io.leadgate.integration.dncscrub;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadgate.testing.Api;
import io.leadgate.testing.ApiTest;
import io.leadgate.testing.ScriptedIntegration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * DNC.com end to end: a connection pointed at a local fake answering as DNC.com documents, and a campaign that runs the
 * cheap litigator scrub first (stop on reject) and then a second, paid step (the scripted test integration, which logs
 * its calls). A litigator's lead is rejected after one DNC.com call, and the second step is never called for it.
 */
abstract class DncScrubEndToEndContract extends ApiTest {

    private static final String KEY = "dncscrub-test-login-7c1e9b42";

    private static final String LITIGATOR_PATH = "/v1.5/Scrub/litigator";

    @RegisterExtension
    static WireMockExtension dnc = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private TestCampaign campaign;

    /** DNC.com's litigator answer for the number: the README's shape, the number as a JSON number. */
    private static void answer(String digits, boolean litigator) {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).withQueryParam("phoneList", equalTo(digits)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("[{\"Phone\": " + digits + ", \"IsLitigator\": " + litigator + "}]")));
    }

    @BeforeEach
    void connectAndConfigure() {
        Api.Response connected = api().putJson("/api/v1/connections/dncscrub", ADMIN_TOKEN,
                Map.of("enabled", true, "api_key", KEY, "base_url", dnc.baseUrl()));
        assertThat(connected.status()).as(connected.toString()).isEqualTo(200);
        String leadType = createLeadType(List.of(field("first_name", "string", true), field("phone", "phone", true),
                field("litigator", "boolean", false)));
        Api.Response litigatorSetup = api().postJson("/api/v1/lead-types/" + leadType + "/setups", ADMIN_TOKEN, Map.of(
                "integration_id", "dncscrub.litigator",
                "response_mapping", Map.of("is_litigator", "litigator"),
                "rules", List.of(
                        Map.of("when", Map.of("field", "is_litigator", "operator", "is_true"),
                                "action", "reject", "reason", "known TCPA litigator"),
                        Map.of("when", Map.of("field", "is_litigator", "operator", "is_false"),
                                "action", "accept", "reason", "not a known litigator")),
                "error_policy", "quality_control"));
        assertThat(litigatorSetup.status()).as(litigatorSetup.toString()).isEqualTo(201);
        Api.Response secondSetup = api().postJson("/api/v1/lead-types/" + leadType + "/setups", ADMIN_TOKEN, Map.of(
                "integration_id", ScriptedIntegration.ID,
                "settings", Map.of("label", "second", "score", "10")));
        assertThat(secondSetup.status()).as(secondSetup.toString()).isEqualTo(201);
        campaign = createCampaign(leadType);
        for (Api.Response setup : List.of(litigatorSetup, secondSetup)) {
            Api.Response step = api().postJson("/api/v1/campaigns/" + campaign.id() + "/steps", ADMIN_TOKEN,
                    Map.of("setup_id", setup.json().path("id").asString(), "stop_on_reject", true));
            assertThat(step.status()).as(step.toString()).isEqualTo(201);
        }
    }

    private JsonNode post(String phone) {
        Api.Response r = postLead(campaign, Map.of("first_name", "Ada", "phone", phone));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    private JsonNode checks(JsonNode posted) {
        return api().get("/api/v1/leads/" + posted.path("lead_id").asString() + "/checks", ADMIN_TOKEN).json();
    }

    @Test
    void rejectsALitigatorsLeadAfterOneCheapCallAndNeverCallsTheNextStep() {
        answer("2675466417", true);

        JsonNode rejected = post("(267) 546-6417");

        assertThat(rejected.path("disposition").asString()).isEqualTo("REJECTED");
        assertThat(rejected.path("reasons").get(0).asString()).isEqualTo("known TCPA litigator");
        assertThat(ScriptedIntegration.calls(campaign.id())).isEmpty();
        dnc.verify(1, getRequestedFor(urlPathEqualTo(LITIGATOR_PATH)).withQueryParam("phoneList", equalTo("2675466417"))
                .withHeader("loginId", equalTo(KEY)));
        JsonNode checks = checks(rejected);
        assertThat(checks.size()).isEqualTo(2);
        assertThat(checks.get(1).path("integration_id").asString()).isEqualTo(ScriptedIntegration.ID);
        assertThat(checks.get(1).path("status").asString()).isEqualTo("not_run");
        assertThat(checks.get(1).path("cost").decimalValue()).isZero();
        JsonNode check = checks.get(0);
        assertThat(check.path("integration_id").asString()).isEqualTo("dncscrub.litigator");
        assertThat(check.path("status").asString()).isEqualTo("rejected");
        assertThat(check.path("request").asString()).contains("phoneList=2675466417").contains("loginId: ****")
                .doesNotContain(KEY);
        assertThat(check.path("raw_response").asString()).contains("\"IsLitigator\": true");
        assertThat(check.path("cost").decimalValue()).isPositive();
        JsonNode lead = api().get("/api/v1/leads/" + rejected.path("lead_id").asString(), ADMIN_TOKEN).json();
        assertThat(lead.at("/fields/litigator/text").asString()).isEqualTo("true");
    }

    @Test
    void runsBothStepsForACleanLead() {
        answer("2125551234", false);

        JsonNode accepted = post("212-555-1234");

        assertThat(accepted.path("disposition").asString()).isEqualTo("ACCEPTED");
        assertThat(ScriptedIntegration.calls(campaign.id())).containsExactly("second");
        assertThat(checks(accepted).size()).isEqualTo(2);
        dnc.verify(1, getRequestedFor(urlPathEqualTo(LITIGATOR_PATH)).withQueryParam("phoneList", equalTo("2125551234")));
        assertThat(dnc.getAllServeEvents()).allSatisfy(e -> assertThat(e.getRequest().getUrl()).doesNotContain(KEY));
    }

    @Test
    void neverAcceptsALeadWhenDncComRefusesTheKey() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(aResponse().withStatus(401)));

        JsonNode answer = post("(212) 555-1299");

        assertThat(answer.path("disposition").asString()).isEqualTo("QUALITY_CONTROL");
        JsonNode check = checks(answer).get(0);
        assertThat(check.path("integration_id").asString()).isEqualTo("dncscrub.litigator");
        assertThat(check.path("status").asString()).isEqualTo("error");
        assertThat(check.path("error_kind").asString()).isEqualTo("AUTH");
        JsonNode connection = api().get("/api/v1/connections/dncscrub", ADMIN_TOKEN).json();
        assertThat(connection.path("last_error_kind").asString()).isEqualTo("AUTH");
        assertThat(connection.path("api_key").asString()).isEqualTo("****" + KEY.substring(KEY.length() - 4));
    }

    @Test
    void testsTheConnectionWithALitigatorScrubOfTheTestNumber() {
        answer(DncScrubProperties.DEFAULT_TEST_NUMBER, false);

        JsonNode test = api().postJson("/api/v1/connections/dncscrub/test", ADMIN_TOKEN, "{}").json();

        assertThat(test.path("outcome").asString()).isEqualTo("connected");
        dnc.verify(getRequestedFor(urlPathEqualTo(LITIGATOR_PATH))
                .withQueryParam("phoneList", equalTo(DncScrubProperties.DEFAULT_TEST_NUMBER))
                .withHeader("loginId", equalTo(KEY)));
    }

    @Test
    void listsBothDncComChecksInTheCatalogUnderItsConnection() {
        JsonNode connection = api().get("/api/v1/connections/dncscrub", ADMIN_TOKEN).json();
        JsonNode litigator = api().get("/api/v1/integrations/dncscrub.litigator", ADMIN_TOKEN).json();

        assertThat(connection.path("name").asString()).isEqualTo("DNC.com");
        assertThat(connection.path("integrations").values()).extracting(JsonNode::asString)
                .contains("dncscrub.litigator", "dncscrub.scrub");
        assertThat(litigator.path("category").asString()).isEqualTo("compliance");
        assertThat(litigator.path("response_fields").get(0).path("name").asString()).isEqualTo("is_litigator");
    }
}

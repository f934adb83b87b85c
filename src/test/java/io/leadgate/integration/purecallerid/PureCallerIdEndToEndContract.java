package io.leadgate.integration.purecallerid;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadgate.testing.Api;
import io.leadgate.testing.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Pure CallerID end to end: a connection pointed at a local fake, a campaign whose compliance pass loads each lead into
 * a Pure CallerID campaign and rejects the leads Pure CallerID rejects.
 */
abstract class PureCallerIdEndToEndContract extends ApiTest {

    private static final String KEY = "pci-test-key-0c4f8e1a9b2d";

    private static final String LEAD_LOAD_PATH = "/api/public/lead/load";
    private static final String SPAM_PATH = "/api/public/services/spam";

    @RegisterExtension
    static WireMockExtension pci = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private String leadType;
    private TestCampaign campaign;

    /** Pure CallerID's lead load answer for the number. */
    private static void answer(String digits, String status, String reason) {
        pci.stubFor(post(urlPathEqualTo(LEAD_LOAD_PATH))
                .withRequestBody(equalToJson("{\"fields\": [{\"value\": \"" + digits + "\"}]}", true, true))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"status\": \"" + status + "\", \"reason\": " + (reason == null ? "null" : "\"" + reason + "\"")
                                + ", \"message\": \"processed\"}")));
    }

    @BeforeEach
    void connectAndConfigure() {
        Api.Response connected = api().putJson("/api/v1/connections/purecallerid", ADMIN_TOKEN,
                Map.of("enabled", true, "api_key", KEY, "base_url", pci.baseUrl()));
        assertThat(connected.status()).as(connected.toString()).isEqualTo(200);
        leadType = createLeadType(List.of(field("first_name", "string", true), field("phone", "phone", true),
                field("postal_code", "postal_code", false), field("compliance_reason", "string", false)));
        Api.Response setup = api().postJson("/api/v1/lead-types/" + leadType + "/setups", ADMIN_TOKEN, Map.of(
                "integration_id", "purecallerid.compliance",
                "settings", Map.of("campaign_id", "65ae6e4b6bf35b2344b109e5", "dialer_list_id", "demoList001"),
                "response_mapping", Map.of("reason", "compliance_reason"),
                "rules", List.of(
                        Map.of("when", Map.of("field", "accepted", "operator", "is_false"),
                                "action", "reject", "reason", "rejected by Pure CallerID"),
                        Map.of("when", Map.of("field", "accepted", "operator", "is_true"),
                                "action", "accept", "reason", "accepted by Pure CallerID")),
                "error_policy", "quality_control"));
        assertThat(setup.status()).as(setup.toString()).isEqualTo(201);
        campaign = createCampaign(leadType);
        api().postJson("/api/v1/campaigns/" + campaign.id() + "/steps", ADMIN_TOKEN,
                Map.of("setup_id", setup.json().path("id").asString(), "stop_on_reject", true));
    }

    private JsonNode submit(String phone) {
        Api.Response r = postLead(campaign, Map.of("first_name", "John", "phone", phone, "postal_code", "10001"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    @Test
    void rejectsTheLeadsPureCallerIdRejectsAndAcceptsTheOthers() {
        answer("2125551201", "Rejected", "DNC");
        answer("2125551202", "Accepted", null);

        JsonNode rejected = submit("(212) 555-1201");
        JsonNode accepted = submit("(212) 555-1202");

        assertThat(rejected.path("disposition").asString()).isEqualTo("REJECTED");
        assertThat(rejected.path("reasons").get(0).asString()).isEqualTo("rejected by Pure CallerID");
        assertThat(accepted.path("disposition").asString()).isEqualTo("ACCEPTED");
        JsonNode lead = api().get("/api/v1/leads/" + rejected.path("lead_id").asString(), ADMIN_TOKEN).json();
        assertThat(lead.at("/fields/compliance_reason/text").asString()).isEqualTo("DNC");
        JsonNode check = api().get("/api/v1/leads/" + rejected.path("lead_id").asString() + "/checks", ADMIN_TOKEN).json().get(0);
        assertThat(check.path("integration_id").asString()).isEqualTo("purecallerid.compliance");
        assertThat(check.path("request").asString()).startsWith("POST " + LEAD_LOAD_PATH).contains("X-API-KEY: ****")
                .doesNotContain(KEY);
        pci.verify(postRequestedFor(urlPathEqualTo(LEAD_LOAD_PATH)).withHeader("X-API-KEY", equalTo(KEY))
                .withRequestBody(equalToJson("""
                        {"campaignId": "65ae6e4b6bf35b2344b109e5", "dialerListId": "demoList001",
                         "listName": "LeadGate real-time leads",
                         "fields": [{"value": "2125551201", "dialerField": "number1", "type": "Phone"},
                                    {"value": "10001", "dialerField": "zip", "type": "Zip"},
                                    {"value": "John", "dialerField": "first_name"}]}""")));
    }

    @Test
    void refusesASetupThatWouldLoadLeadsWithoutAPureCallerIdCampaign() {
        Api.Response refused = api().postJson("/api/v1/lead-types/" + leadType + "/setups", ADMIN_TOKEN, Map.of(
                "integration_id", "purecallerid.compliance",
                "settings", Map.of("path_national_dnc", "nationalDnc")));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").findValuesAsString("field"))
                .contains("settings.campaign_id", "settings.dialer_list_id", "settings.path_national_dnc");
    }

    @Test
    void testsTheConnectionWithTheSpamCheckOfTheTestNumber() {
        pci.stubFor(get(urlPathEqualTo(SPAM_PATH)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"spamScore\": 0, \"riskLevel\": \"LOW\"}")));

        JsonNode test = api().postJson("/api/v1/connections/purecallerid/test", ADMIN_TOKEN, "{}").json();

        assertThat(test.path("outcome").asString()).isEqualTo("connected");
        pci.verify(getRequestedFor(urlPathEqualTo(SPAM_PATH))
                .withQueryParam("number", equalTo(PureCallerIdProperties.DEFAULT_TEST_NUMBER))
                .withHeader("X-API-KEY", equalTo(KEY)));
    }
}

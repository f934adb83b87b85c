package io.leadgate.integration.trestle;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
 * Trestle end to end: a connection pointed at a local fake that replays Trestle's own examples, a campaign running
 * {@code trestle.real_contact} with the litigator add-on and the rules a buyer writes from Trestle's guidance (activity
 * score 30 or less is a dead number: reject; a TCPA litigator: reject; contact grade D or F: quality control).
 */
abstract class TrestleEndToEndContract extends ApiTest {

    private static final String KEY = "trestle-e2e-key-0c4f9a2b7d1e";
    private static final String REAL_CONTACT = "/2.0/real_contact";

    @RegisterExtension
    static WireMockExtension trestle = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private TestCampaign campaign;

    private static String example(String name) {
        try (InputStream in = TrestleEndToEndContract.class.getResourceAsStream("/trestle/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Trestle's own 2.0 example answer, with the activity score, litigator flag and phone grade this test needs. */
    private static String realContactAnswer(int activityScore, boolean litigator, String grade) {
        return example("real-contact/response.success.json")
                .replace("\"activity_score\": 95", "\"activity_score\": " + activityScore)
                .replace("\"phone_is_litigator_risk\": false", "\"phone_is_litigator_risk\": " + litigator)
                .replaceFirst("\"contact_grade\": \"A\"", "\"contact_grade\": \"" + grade + "\"");
    }

    private static void answer(String digits, int status, String body) {
        trestle.stubFor(get(urlPathEqualTo(REAL_CONTACT)).withQueryParam("phone", equalTo(digits)).willReturn(aResponse()
                .withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static void answer(String digits, String body) {
        answer(digits, 200, body);
    }

    @BeforeEach
    void connectAndConfigure() {
        Api.Response connected = api().putJson("/api/v1/connections/trestle", ADMIN_TOKEN,
                Map.of("enabled", true, "api_key", KEY, "base_url", trestle.baseUrl()));
        assertThat(connected.status()).as(connected.toString()).isEqualTo(200);
        String leadType = createLeadType(List.of(field("first_name", "string", true), field("last_name", "string", true),
                field("phone", "phone", true), field("email", "email", false), field("activity_score", "number", false),
                field("litigator", "boolean", false), field("line_type", "string", false)));
        Api.Response setup = api().postJson("/api/v1/lead-types/" + leadType + "/setups", ADMIN_TOKEN, Map.of(
                "integration_id", "trestle.real_contact",
                "settings", Map.of("litigator_checks", "true"),
                "request_mapping", Map.of("first_name", Map.of("field", "first_name"), "last_name", Map.of("field", "last_name"),
                        "phone", Map.of("field", "phone"), "email", Map.of("field", "email")),
                "response_mapping", Map.of("phone_activity_score", "activity_score", "litigator_risk", "litigator",
                        "phone_line_type", "line_type"),
                "rules", List.of(
                        Map.of("when", Map.of("field", "phone_activity_score", "operator", "at_most", "value", "30"),
                                "action", "reject", "reason", "phone disconnected or inactive"),
                        Map.of("when", Map.of("field", "litigator_risk", "operator", "is_true"),
                                "action", "reject", "reason", "TCPA litigator"),
                        Map.of("when", Map.of("field", "phone_contact_grade", "operator", "in_list", "values", List.of("D", "F")),
                                "action", "quality_control", "reason", "poor phone contact grade")),
                "error_policy", "quality_control"));
        assertThat(setup.status()).as(setup.toString()).isEqualTo(201);
        campaign = createCampaign(leadType);
        Api.Response step = api().postJson("/api/v1/campaigns/" + campaign.id() + "/steps", ADMIN_TOKEN,
                Map.of("setup_id", setup.json().path("id").asString(), "stop_on_reject", true));
        assertThat(step.status()).as(step.toString()).isEqualTo(201);
    }

    private JsonNode post(String phone) {
        Api.Response r = postLead(campaign, Map.of("first_name", "Ada", "last_name", "Lovelace", "phone", phone,
                "email", "ada@example.com"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    private JsonNode checkOf(JsonNode posted) {
        return api().get("/api/v1/leads/" + posted.path("lead_id").asString() + "/checks", ADMIN_TOKEN).json().get(0);
    }

    @Test
    void decidesLeadsByPhoneActivityLitigatorRiskAndContactGrade() {
        answer("2125551231", example("real-contact/response.success.json"));
        answer("2125551232", realContactAnswer(12, false, "A"));
        answer("2125551233", realContactAnswer(95, true, "A"));
        answer("2125551234", realContactAnswer(60, false, "F"));

        JsonNode clean = post("(212) 555-1231");
        JsonNode dead = post("(212) 555-1232");
        JsonNode litigator = post("(212) 555-1233");
        JsonNode poor = post("(212) 555-1234");

        assertThat(clean.path("disposition").asString()).isEqualTo("ACCEPTED");
        assertThat(dead.path("disposition").asString()).isEqualTo("REJECTED");
        assertThat(dead.path("reasons").get(0).asString()).isEqualTo("phone disconnected or inactive");
        assertThat(litigator.path("disposition").asString()).isEqualTo("REJECTED");
        assertThat(litigator.path("reasons").get(0).asString()).isEqualTo("TCPA litigator");
        assertThat(poor.path("disposition").asString()).isEqualTo("QUALITY_CONTROL");
        assertThat(poor.path("reasons").get(0).asString()).isEqualTo("poor phone contact grade");

        JsonNode lead = api().get("/api/v1/leads/" + dead.path("lead_id").asString(), ADMIN_TOKEN).json();
        assertThat(lead.at("/fields/activity_score/value").asInt()).isEqualTo(12);
        assertThat(lead.at("/fields/litigator/text").asString()).isEqualTo("false");
        assertThat(lead.at("/fields/line_type/text").asString()).isEqualTo("Mobile");
        JsonNode check = checkOf(dead);
        assertThat(check.path("integration_id").asString()).isEqualTo("trestle.real_contact");
        assertThat(check.path("raw_response").asString()).contains("\"activity_score\": 12");
        assertThat(check.path("request").asString()).startsWith("GET /2.0/real_contact?name=Ada%20Lovelace&phone=2125551232")
                .contains("add_ons=litigator_checks").endsWith("x-api-key: ****").doesNotContain(KEY);
        assertThat(check.path("cost").decimalValue()).isEqualByComparingTo("0.03");
        JsonNode filtered = api().get("/api/v1/leads?campaign=" + campaign.id() + "&filter=litigator%3Dtrue", ADMIN_TOKEN).json();
        assertThat(filtered.path("items").size()).isEqualTo(1);
    }

    @Test
    void sendsTheKeyInTheHeaderTheNameMadeOfItsPartsAndTheLitigatorAddOn() {
        answer("2125551235", example("real-contact/response.success.json"));

        post("212-555-1235");

        trestle.verify(getRequestedFor(urlPathEqualTo(REAL_CONTACT))
                .withHeader("x-api-key", equalTo(KEY))
                .withQueryParam("name", equalTo("Ada Lovelace"))
                .withQueryParam("phone", equalTo("2125551235"))
                .withQueryParam("email", equalTo("ada@example.com"))
                .withQueryParam("add_ons", equalTo("litigator_checks"))
                .withQueryParam("api_key", absent()));
        assertThat(trestle.getAllServeEvents()).allSatisfy(e -> assertThat(e.getRequest().getUrl()).doesNotContain(KEY));
    }

    @Test
    void acceptsAPartialAnswerWhoseRulesCouldStillBeDecidedAndSaysItWasPartial() {
        answer("2125551236", realContactAnswer(88, false, "B").replace("\"errors\": null",
                "\"errors\": {\"name\": \"InternalError\", \"message\": \"Could not retrieve entire response\"}"));

        JsonNode posted = post("(212) 555-1236");

        assertThat(posted.path("disposition").asString()).isEqualTo("ACCEPTED");
        assertThat(checkOf(posted).path("reason").asString()).isEqualTo("partial answer");
    }

    @Test
    void sendsALeadToQualityControlWhenAPartialAnswerLacksTheLitigatorFlag() {
        answer("2125551237", example("real-contact/response.success.json")
                .replace("\"phone_is_litigator_risk\": false", "\"phone_is_litigator_risk\": null")
                .replace("\"warnings\": []", "\"warnings\": [\"TimeoutError: Timeout getting response for litigator check. "
                        + "Partial response returned.\"]"));

        JsonNode posted = post("(212) 555-1237");

        assertThat(posted.path("disposition").asString()).isEqualTo("QUALITY_CONTROL");
        assertThat(posted.path("reasons").get(0).asString()).contains("missing litigator_risk");
    }

    @Test
    void neverPassesALeadWhenTrestleRefusesTheKey() {
        answer("2125551238", 403, example("real-contact/response.error.403.json"));

        JsonNode posted = post("(212) 555-1238");

        assertThat(posted.path("disposition").asString()).isEqualTo("QUALITY_CONTROL");
        JsonNode check = checkOf(posted);
        assertThat(check.path("status").asString()).isEqualTo("error");
        assertThat(check.path("error_kind").asString()).isEqualTo("AUTH");
        JsonNode connection = api().get("/api/v1/connections/trestle", ADMIN_TOKEN).json();
        assertThat(connection.path("last_error_kind").asString()).isEqualTo("AUTH");
        assertThat(connection.path("api_key").asString()).isEqualTo("****" + KEY.substring(KEY.length() - 4));
    }

    @Test
    void holdsTheLeadForQualityControlWhenTrestleIsOverItsRateLimit() {
        answer("2125551239", 429, example("real-contact/response.error.429.json"));

        JsonNode posted = post("(212) 555-1239");

        assertThat(posted.path("disposition").asString()).isEqualTo("QUALITY_CONTROL");
        assertThat(checkOf(posted).path("error_kind").asString()).isEqualTo("RATE_LIMITED");
        trestle.verify(1, getRequestedFor(urlPathEqualTo(REAL_CONTACT)).withQueryParam("phone", equalTo("2125551239")));
    }

    @Test
    void testsTheConnectionWithOneRealContactLookupOfTrestlesSample() {
        trestle.stubFor(get(urlPathEqualTo(REAL_CONTACT)).withQueryParam("phone", equalTo("4259853735")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(example("real-contact/response.success.json"))));

        JsonNode test = api().postJson("/api/v1/connections/trestle/test", ADMIN_TOKEN, "{}").json();

        assertThat(test.path("outcome").asString()).isEqualTo("connected");
        trestle.verify(getRequestedFor(urlEqualTo(REAL_CONTACT + "?name=John%20Doe&phone=4259853735"))
                .withHeader("x-api-key", equalTo(KEY)));
    }

    @Test
    void listsTrestleWithBothItsChecksAmongTheConnections() {
        JsonNode connection = api().get("/api/v1/connections/trestle", ADMIN_TOKEN).json();
        JsonNode realContact = api().get("/api/v1/integrations/trestle.real_contact", ADMIN_TOKEN).json();

        assertThat(connection.path("name").asString()).isEqualTo("Trestle");
        assertThat(connection.path("default_base_url").asString()).isEqualTo("https://api.trestleiq.com");
        assertThat(connection.path("integrations").values()).extracting(JsonNode::asString)
                .contains("trestle.real_contact", "trestle.phone_intel");
        assertThat(realContact.path("provider").asString()).isEqualTo("trestle");
        assertThat(realContact.path("category").asString()).isEqualTo("contact");
    }

    @Test
    void runsTrestleInTheTestConsoleWithTheCampaignsRules() {
        answer("5125550199", realContactAnswer(95, true, "A"));

        JsonNode result = api().postJson("/api/v1/integrations/trestle.real_contact/test", ADMIN_TOKEN,
                Map.of("name", "Grace Hopper", "phone", "+15125550199", "litigator_checks", true, "campaign", campaign.id())).json();

        assertThat(result.path("action").asString()).as(result.toString()).isEqualTo("reject");
        assertThat(result.at("/response/litigator_risk/text").asString()).isEqualTo("true");
        assertThat(result.at("/response/phone_activity/text").asString()).isEqualTo("connected");
        assertThat(result.path("request_as_sent").asString()).contains("name=Grace%20Hopper").doesNotContain(KEY);
        assertThat(api().get("/api/v1/leads?campaign=" + campaign.id(), ADMIN_TOKEN).json().path("items").size()).isZero();
    }
}

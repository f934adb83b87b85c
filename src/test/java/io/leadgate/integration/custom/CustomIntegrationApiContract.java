package io.leadgate.integration.custom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadgate.testing.Api;
import io.leadgate.testing.ApiTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Operator-defined HTTP integrations: defined and validated over the API, called with the key masked, used by steps. */
abstract class CustomIntegrationApiContract extends ApiTest {

    private static final String KEY = "acme-secret-7d1f00c2b9";

    @RegisterExtension
    static WireMockExtension acme = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private Map<String, Object> definition() {
        Map<String, Object> d = new HashMap<>();
        d.put("name", "Acme scrub");
        d.put("method", "POST");
        d.put("url", acme.baseUrl() + "/v2/scrub?source=leadgate");
        d.put("headers", Map.of("Authorization", "Bearer {secret}"));
        d.put("body_format", "json");
        d.put("body", "{\"phone\": \"{phone}\", \"name\": \"{first_name}\"}");
        d.put("request_fields", List.of(Map.of("name", "phone", "type", "phone", "required", true),
                Map.of("name", "first_name", "type", "string", "required", false)));
        d.put("response_fields", List.of(Map.of("name", "status", "type", "string", "path", "$.result.status"),
                Map.of("name", "score", "type", "number", "path", "/result/score")));
        d.put("outcome_rules", List.of(Map.of("when", Map.of("field", "status", "operator", "equals", "value", "rejected"),
                "action", "reject", "reason", "Acme rejected the number")));
        d.put("price_per_call", 0.002);
        d.put("timeout_seconds", 5);
        return d;
    }

    private String define(String id) {
        Api.Response r = api().putJson("/api/v1/custom-integrations/" + id, ADMIN_TOKEN, definition());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        api().putJson("/api/v1/connections/http." + id, ADMIN_TOKEN, Map.of("enabled", true, "api_key", KEY));
        return "http." + id;
    }

    private static void answer(String status, int score) {
        acme.stubFor(post(urlPathEqualTo("/v2/scrub")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"result\": {\"status\": \"" + status + "\", \"score\": " + score + "}}")));
    }

    @Test
    void callsTheDefinedApiWithTheKeyAndReadsTheAnswer() {
        String id = define(unique("acme"));
        answer("rejected", 91);

        JsonNode result = api().postJson("/api/v1/integrations/" + id + "/test", ADMIN_TOKEN,
                Map.of("phone", "(212) 555-1212", "first_name", "Zoë \"Z\"")).json();

        assertThat(result.at("/response/status/text").asString()).isEqualTo("rejected");
        assertThat(result.at("/response/score/value").asInt()).isEqualTo(91);
        assertThat(result.at("/response/outcome/text").asString()).isEqualTo("reject");
        assertThat(result.at("/response/outcome_reason/text").asString()).isEqualTo("Acme rejected the number");
        assertThat(result.path("request_as_sent").asString()).contains("Bearer ****").doesNotContain(KEY);
        acme.verify(postRequestedFor(urlPathEqualTo("/v2/scrub"))
                .withQueryParam("source", equalTo("leadgate"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withRequestBody(equalToJson("{\"phone\": \"+12125551212\", \"name\": \"Zoë \\\"Z\\\"\"}")));
        assertThat(api().get("/api/v1/integrations/" + id, ADMIN_TOKEN).json().path("response_fields").findValuesAsString("name"))
                .contains("status", "score", "outcome");
    }

    @Test
    void decidesLeadsInACampaignStep() {
        String id = define(unique("acme"));
        String leadType = createLeadType(List.of(field("first_name", "string", true), field("phone", "phone", true)));
        Api.Response setup = api().postJson("/api/v1/lead-types/" + leadType + "/setups", ADMIN_TOKEN, Map.of(
                "integration_id", id,
                "rules", List.of(Map.of("when", Map.of("field", "outcome", "operator", "equals", "value", "reject"),
                        "action", "reject", "reason", "rejected by Acme"))));
        assertThat(setup.status()).as(setup.toString()).isEqualTo(201);
        TestCampaign campaign = createCampaign(leadType);
        api().postJson("/api/v1/campaigns/" + campaign.id() + "/steps", ADMIN_TOKEN, Map.of("setup_id", setup.json().path("id").asString()));

        answer("rejected", 90);
        assertThat(postLead(campaign, Map.of("first_name", "A", "phone", "2125551212")).json().path("disposition").asString())
                .isEqualTo("REJECTED");
        answer("clean", 3);
        assertThat(postLead(campaign, Map.of("first_name", "B", "phone", "2125551213")).json().path("disposition").asString())
                .isEqualTo("ACCEPTED");
        acme.verify(postRequestedFor(urlPathEqualTo("/v2/scrub")).withRequestBody(matchingJsonPath("$.phone", equalTo("+12125551213"))));
        assertThat(api().delete("/api/v1/custom-integrations/" + id.substring(5), ADMIN_TOKEN).status()).isEqualTo(409);
    }

    @Test
    void reportsHttpErrorsAndUnreadableAnswersByKind() {
        String id = define(unique("acme"));
        acme.stubFor(post(urlPathEqualTo("/v2/scrub")).willReturn(aResponse().withStatus(401)));
        assertThat(api().postJson("/api/v1/integrations/" + id + "/test", ADMIN_TOKEN, Map.of("phone", "2125551212"))
                .json().at("/error/kind").asString()).isEqualTo("AUTH");
        acme.stubFor(post(urlPathEqualTo("/v2/scrub")).willReturn(aResponse().withBody("<html>oops</html>")));
        assertThat(api().postJson("/api/v1/integrations/" + id + "/test", ADMIN_TOKEN, Map.of("phone", "2125551212"))
                .json().at("/error/kind").asString()).isEqualTo("BAD_RESPONSE");
    }

    @Test
    void refusesDefinitionsThatCannotWorkNamingEachPlace() {
        Map<String, Object> bad = definition();
        bad.put("url", "ftp://x/{nope}");
        bad.put("body", "{\"phone\": {phone}}");
        bad.put("response_fields", List.of(Map.of("name", "score", "type", "percent", "path", "result.score")));

        Api.Response r = api().putJson("/api/v1/custom-integrations/" + unique("bad"), ADMIN_TOKEN, bad);

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("errors").findValuesAsString("field")).contains("url", "body", "response_fields[0].type",
                "response_fields[0].path", "outcome_rules[0]");
    }

    @Test
    void reportsNotConnectedWithoutAKey() {
        String id = unique("acme");
        api().putJson("/api/v1/custom-integrations/" + id, ADMIN_TOKEN, definition());

        JsonNode result = api().postJson("/api/v1/integrations/http." + id + "/test", ADMIN_TOKEN, Map.of("phone", "2125551212")).json();

        assertThat(result.at("/error/kind").asString()).isEqualTo("NOT_CONNECTED");
    }
}

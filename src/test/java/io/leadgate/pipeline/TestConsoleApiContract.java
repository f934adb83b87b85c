package io.leadgate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.testing.Api;
import io.leadgate.testing.ApiTest;
import io.leadgate.testing.ConnectedIntegration;
import io.leadgate.testing.ScriptedIntegration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The test console API: runs an integration on typed values, stores nothing, and diagnoses common mistakes. */
abstract class TestConsoleApiContract extends ApiTest {

    private Api.Response test(String integration, Map<String, Object> body) {
        return api().postJson("/api/v1/integrations/" + integration + "/test", ADMIN_TOKEN, body);
    }

    private String setup(String leadType, Map<String, Object> body) {
        Map<String, Object> request = new HashMap<>(body);
        request.putIfAbsent("integration_id", ScriptedIntegration.ID);
        Api.Response r = api().postJson("/api/v1/lead-types/" + leadType + "/setups", ADMIN_TOKEN, request);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("id").asString();
    }

    private static Map<String, Object> rule(String field, String operator, String value, String action) {
        return Map.of("when", Map.of("field", field, "operator", operator, "value", value), "action", action, "reason", field + " rule");
    }

    @Test
    void runsABuiltInCheckOnTypedValuesWithoutAnySetup() {
        Api.Response r = test("builtin.phone", Map.of("phone", "+44 20 7946 0958", "allowed_countries", "US"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode result = r.json();
        assertThat(result.path("status").asString()).isEqualTo("passed");
        assertThat(result.at("/response/allowed_country/value").asBoolean()).isFalse();
        assertThat(result.at("/request/phone/e164").asString()).isEqualTo("+442079460958");
        assertThat(result.path("request_as_sent").asString()).contains("+44 20 7946 0958");
        assertThat(result.path("diagnosis").findValuesAsString("")).isEmpty();
        assertThat(result.path("diagnosis").get(0).asString()).contains("No rules");
    }

    @Test
    void appliesALeadTypesSetupAndShowsTheRulesThatFired() {
        String leadType = createLeadType(List.of(field("phone", "phone", true), field("fraud_score", "number", false)));
        setup(leadType, Map.of("rules", List.of(rule("score", "at_least", "50", "reject")), "response_mapping", Map.of("score", "fraud_score")));

        JsonNode result = test(ScriptedIntegration.ID, Map.of("phone", "2125551212", "score", "80", "lead_type", leadType)).json();

        assertThat(result.path("action").asString()).isEqualTo("reject");
        assertThat(result.path("status").asString()).isEqualTo("rejected");
        assertThat(result.path("rules").get(0).path("truth").asString()).isEqualTo("true");
        assertThat(result.at("/mapped_fields/fraud_score/value").asInt()).isEqualTo(80);
        assertThat(api().get("/api/v1/leads?lead_type=" + leadType, ADMIN_TOKEN).json().path("items").size()).isZero();
    }

    @Test
    void diagnosesARefusedKeyAndAMissingConnection() {
        JsonNode refused = test(ScriptedIntegration.ID, Map.of("phone", "2125551212", "outcome", "auth")).json();
        assertThat(refused.at("/error/kind").asString()).isEqualTo("AUTH");
        assertThat(refused.path("diagnosis").get(0).asString()).contains("API key was refused");

        JsonNode broke = test(ScriptedIntegration.ID, Map.of("phone", "2125551212", "outcome", "quota")).json();
        assertThat(broke.path("diagnosis").get(0).asString()).contains("out of credits");

        JsonNode notConnected = test(ConnectedIntegration.ID, Map.of("phone", "2125551212")).json();
        assertThat(notConnected.at("/error/kind").asString()).isEqualTo("NOT_CONNECTED");
        assertThat(notConnected.path("diagnosis").get(0).asString()).contains("connection is not enabled");
    }

    @Test
    void diagnosesADisabledStepAndAMappingToAMissingField() {
        String leadType = createLeadType(List.of(field("phone", "phone", true), field("fraud_score", "number", false)));
        String setupId = setup(leadType, Map.of("response_mapping", Map.of("score", "fraud_score"),
                "rules", List.of(rule("score", "at_least", "50", "reject"))));
        TestCampaign campaign = createCampaign(leadType);
        api().postJson("/api/v1/campaigns/" + campaign.id() + "/steps", ADMIN_TOKEN, Map.of("setup_id", setupId, "enabled", false));
        api().delete("/api/v1/lead-types/" + leadType + "/fields/fraud_score", ADMIN_TOKEN);

        JsonNode result = test(ScriptedIntegration.ID, Map.of("phone", "2125551212", "campaign", campaign.id())).json();

        String diagnosis = result.path("diagnosis").toString();
        assertThat(diagnosis).contains("is not enabled").contains("fraud_score, which lead type");
    }

    @Test
    void diagnosesARuleThatRejectsEveryValue() {
        String leadType = createLeadType(List.of(field("phone", "phone", true)));
        setup(leadType, Map.of("rules", List.of(rule("score", "greater_than", "-5", "reject"))));

        JsonNode result = test(ScriptedIntegration.ID, Map.of("phone", "2125551212", "lead_type", leadType)).json();

        assertThat(result.path("diagnosis").toString()).contains("rejects every value of score");
    }

    @Test
    void refusesUnknownKeysAndMissingRequiredFieldsNamingThem() {
        Api.Response unknown = test("builtin.phone", Map.of("phone", "2125551212", "strictnes", "1"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("strictnes");

        Api.Response missing = test("builtin.phone", Map.of("allowed_countries", "US"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().path("errors").get(0).path("field").asString()).isEqualTo("phone");

        assertThat(test("no.such", Map.of()).status()).isEqualTo(404);
        assertThat(api().postJson("/api/v1/integrations/builtin.phone/test", DEMO_KEY, Map.of("phone", "1")).status()).isEqualTo(401);
    }
}

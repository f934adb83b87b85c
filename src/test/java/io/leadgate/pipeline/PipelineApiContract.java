package io.leadgate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.testing.Api;
import io.leadgate.testing.ApiTest;
import io.leadgate.testing.ScriptedIntegration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The checks pipeline over real HTTP and a real database, driven by a scripted integration: order, stop-on-reject,
 * precedence, error policies, unknown values, skips, overrides, mapping, re-screening and resume.
 */
abstract class PipelineApiContract extends ApiTest {

    @Autowired
    private InterruptedScreenings interrupted;

    @Autowired
    private JdbcClient jdbc;

    private String leadType;

    @BeforeEach
    void createLeadType() {
        leadType = createLeadType(List.of(field("first_name", "string", true), field("phone", "phone", false),
                field("fraud_score", "number", false), field("vip", "boolean", false)));
    }

    private static Map<String, Object> rule(String field, String operator, String value, String action, String reason) {
        Map<String, Object> when = new HashMap<>(Map.of("field", field, "operator", operator));
        if (value != null) {
            when.put("value", value);
        }
        return Map.of("when", when, "action", action, "reason", reason);
    }

    private String setup(Map<String, Object> settings, List<Map<String, Object>> rules, String errorPolicy,
            Map<String, String> responseMapping) {
        Map<String, Object> body = new HashMap<>();
        body.put("integration_id", ScriptedIntegration.ID);
        body.put("settings", settings);
        body.put("rules", rules);
        body.put("response_mapping", responseMapping);
        if (errorPolicy != null) {
            body.put("error_policy", errorPolicy);
        }
        Api.Response r = api().postJson("/api/v1/lead-types/" + leadType + "/setups", ADMIN_TOKEN, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("id").asString();
    }

    /** A setup that rejects when the score is at least 50. */
    private String rejectingSetup(String label, String score) {
        return setup(Map.of("label", label, "score", score),
                List.of(rule("score", "at_least", "50", "reject", label + " score too high")), null, Map.of());
    }

    private String step(TestCampaign campaign, String setupId, boolean stopOnReject, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("setup_id", setupId, "stop_on_reject", stopOnReject));
        if (overrides != null) {
            body.put("overrides", overrides);
        }
        Api.Response r = api().postJson("/api/v1/campaigns/" + campaign.id() + "/steps", ADMIN_TOKEN, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("id").asString();
    }

    private JsonNode post(TestCampaign campaign) {
        Api.Response r = postLead(campaign, Map.of("first_name", "Ada", "phone", "(212) 555-1212"));
        assertThat(r.status()).as(r.toString()).isIn(201, 202);
        return r.json();
    }

    private List<JsonNode> checks(String leadId) {
        List<JsonNode> list = new ArrayList<>();
        api().get("/api/v1/leads/" + leadId + "/checks", ADMIN_TOKEN).json().forEach(list::add);
        return list;
    }

    @Test
    void runsStepsInOrderAndAcceptsWhenNoRuleFires() {
        TestCampaign campaign = createCampaign(leadType);
        step(campaign, rejectingSetup("first", "10"), true, null);
        step(campaign, rejectingSetup("second", "20"), true, null);

        JsonNode answer = post(campaign);

        assertThat(answer.path("disposition").asString()).isEqualTo("ACCEPTED");
        assertThat(answer.path("checks").findValuesAsString("status")).containsExactly("passed", "passed");
        assertThat(ScriptedIntegration.calls(campaign.id())).containsExactly("first", "second");
        List<JsonNode> checks = checks(answer.path("lead_id").asString());
        assertThat(checks).extracting(c -> c.path("position").asInt()).containsExactly(1, 2);
        assertThat(checks.getFirst().path("request").asString()).contains("+12125551212").doesNotContain("secret");
        assertThat(checks.getFirst().path("raw_response").asString()).contains("\"score\":10");
        assertThat(checks.getFirst().path("rules").get(0).path("truth").asString()).isEqualTo("false");
        assertThat(checks.getFirst().path("cost").decimalValue()).isEqualByComparingTo("0.0125");
    }

    @Test
    void stopsChainAfterRejectWhenStopOnRejectIsSet() {
        TestCampaign campaign = createCampaign(leadType);
        step(campaign, rejectingSetup("first", "90"), true, null);
        step(campaign, rejectingSetup("second", "10"), true, null);

        JsonNode answer = post(campaign);

        assertThat(answer.path("disposition").asString()).isEqualTo("REJECTED");
        assertThat(answer.path("reasons").findValuesAsString("")).isEmpty();
        assertThat(answer.path("reasons").get(0).asString()).isEqualTo("first score too high");
        assertThat(ScriptedIntegration.calls(campaign.id())).containsExactly("first");
        List<JsonNode> checks = checks(answer.path("lead_id").asString());
        assertThat(checks).extracting(c -> c.path("status").asString()).containsExactly("rejected", "not_run");
        assertThat(checks.get(1).path("reason").asString()).contains("rejected at step 1");
    }

    @Test
    void runsLaterStepsAfterRejectWhenStopOnRejectIsOff() {
        TestCampaign campaign = createCampaign(leadType);
        step(campaign, rejectingSetup("first", "90"), false, null);
        step(campaign, rejectingSetup("second", "10"), true, null);

        JsonNode answer = post(campaign);

        assertThat(answer.path("disposition").asString()).isEqualTo("REJECTED");
        assertThat(ScriptedIntegration.calls(campaign.id())).containsExactly("first", "second");
    }

    @Test
    void letsQualityControlBeatFlagAndKeepsBothReasons() {
        TestCampaign campaign = createCampaign(leadType);
        step(campaign, setup(Map.of("label", "a", "score", "60"), List.of(rule("score", "greater_than", "50", "flag", "worth a look")), null, Map.of()), true, null);
        step(campaign, setup(Map.of("label", "b", "score", "70"), List.of(rule("score", "greater_than", "50", "quality_control", "needs review")), null, Map.of()), true, null);

        JsonNode answer = post(campaign);

        assertThat(answer.path("disposition").asString()).isEqualTo("QUALITY_CONTROL");
        assertThat(answer.path("reasons").findValuesAsString("")).isEmpty();
        assertThat(List.of(answer.path("reasons").get(0).asString(), answer.path("reasons").get(1).asString()))
                .containsExactlyInAnyOrder("worth a look", "needs review");
    }

    @Test
    void appliesEachErrorPolicyWhenTheCheckFails() {
        Map<String, String> expected = Map.of("pass", "ACCEPTED", "quality_control", "QUALITY_CONTROL", "reject", "REJECTED",
                "retry_later", "PENDING");
        expected.forEach((policy, disposition) -> {
            TestCampaign campaign = createCampaign(leadType);
            step(campaign, setup(Map.of("outcome", "timeout"), List.of(rule("score", "at_least", "50", "reject", "high")), policy, Map.of()), true, null);

            JsonNode answer = post(campaign);

            assertThat(answer.path("disposition").asString()).as(policy).isEqualTo(disposition);
            JsonNode check = checks(answer.path("lead_id").asString()).getFirst();
            assertThat(check.path("status").asString()).isEqualTo("error");
            assertThat(check.path("error_kind").asString()).isEqualTo("TIMEOUT");
            assertThat(check.path("error_message").asString()).isEqualTo("scripted timeout");
            assertThat(check.path("rules").get(0).path("truth").asString()).isEqualTo("unknown");
        });
    }

    @Test
    void recordsEveryErrorKind() {
        for (String kind : List.of("auth", "quota", "rate_limited", "unavailable", "bad_response", "bad_request", "throw")) {
            TestCampaign campaign = createCampaign(leadType);
            step(campaign, setup(Map.of("outcome", kind), List.of(), "pass", Map.of()), true, null);

            JsonNode answer = post(campaign);

            JsonNode check = checks(answer.path("lead_id").asString()).getFirst();
            assertThat(check.path("status").asString()).isEqualTo("error");
            assertThat(check.path("error_kind").asString()).isEqualTo(kind.equals("throw") ? "UNAVAILABLE" : kind.toUpperCase());
            assertThat(answer.path("disposition").asString()).isEqualTo("ACCEPTED");
        }
    }

    @Test
    void neverPassesAnUnknownValueSilently() {
        TestCampaign campaign = createCampaign(leadType);
        step(campaign, setup(Map.of("outcome", "partial", "score", "90"),
                List.of(rule("score", "at_least", "50", "reject", "too risky")), "quality_control", Map.of()), true, null);

        JsonNode answer = post(campaign);

        assertThat(answer.path("disposition").asString()).isEqualTo("QUALITY_CONTROL");
        assertThat(answer.path("reasons").get(0).asString()).contains("could not be decided").contains("score");
        JsonNode check = checks(answer.path("lead_id").asString()).getFirst();
        assertThat(check.path("status").asString()).isEqualTo("quality_control");
        assertThat(check.path("rules").get(0).path("truth").asString()).isEqualTo("unknown");
    }

    @Test
    void skipsAStepWhoseRequiredRequestFieldIsEmpty() {
        TestCampaign campaign = createCampaign(leadType);
        step(campaign, rejectingSetup("first", "90"), true, null);

        Api.Response r = postLead(campaign, Map.of("first_name", "Ada"));

        assertThat(r.json().path("disposition").asString()).isEqualTo("ACCEPTED");
        JsonNode check = checks(r.json().path("lead_id").asString()).getFirst();
        assertThat(check.path("status").asString()).isEqualTo("skipped");
        assertThat(check.path("reason").asString()).contains("phone");
        assertThat(ScriptedIntegration.calls(campaign.id())).isEmpty();
    }

    @Test
    void letsACampaignOverrideSettingsAndRules() {
        TestCampaign campaign = createCampaign(leadType);
        String setupId = rejectingSetup("first", "10");
        step(campaign, setupId, true, Map.of("settings", Map.of("score", "95"),
                "rules", List.of(rule("score", "at_least", "90", "quality_control", "campaign review"))));

        JsonNode answer = post(campaign);

        assertThat(answer.path("disposition").asString()).isEqualTo("QUALITY_CONTROL");
        JsonNode effective = api().get("/api/v1/campaigns/" + campaign.id() + "/effective-config", ADMIN_TOKEN).json().get(0);
        assertThat(effective.at("/config/settings/score/value").asString()).isEqualTo("95");
        assertThat(effective.at("/config/settings/score/from").asString()).isEqualTo("campaign");
        assertThat(effective.at("/config/settings/label/from").asString()).isEqualTo("lead_type");
        assertThat(effective.at("/config/settings/outcome/from").asString()).isEqualTo("integration_default");
        assertThat(effective.at("/config/rules/from").asString()).isEqualTo("campaign");
        assertThat(effective.at("/config/request_mapping/phone/value/field").asString()).isEqualTo("phone");
    }

    @Test
    void mapsResponseValuesIntoFilterableLeadFields() {
        TestCampaign campaign = createCampaign(leadType);
        step(campaign, setup(Map.of("score", "77"), List.of(), null, Map.of("score", "fraud_score")), true, null);

        String leadId = post(campaign).path("lead_id").asString();

        JsonNode lead = api().get("/api/v1/leads/" + leadId, ADMIN_TOKEN).json();
        assertThat(lead.at("/fields/fraud_score/value").asInt()).isEqualTo(77);
        JsonNode found = api().get("/api/v1/leads?campaign=" + campaign.id() + "&filter=fraud_score%3E%3D70", ADMIN_TOKEN).json();
        assertThat(found.path("items").size()).isEqualTo(1);
        assertThat(checks(leadId).getFirst().at("/mapped_fields/fraud_score/value").asInt()).isEqualTo(77);
    }

    @Test
    void refusesSetupsThatCannotWork() {
        String noPhone = createLeadType(List.of(field("name", "string", true), field("flag", "boolean", false)));
        Map<String, Object> body = new HashMap<>();
        body.put("integration_id", ScriptedIntegration.ID);
        body.put("response_mapping", Map.of("score", "flag", "label", "missing_field"));
        body.put("settings", Map.of("score", "high"));
        body.put("rules", List.of(rule("score", "is_true", null, "reject", "x"), rule("score", "no_such_operator", "1", "reject", "y")));

        Api.Response r = api().postJson("/api/v1/lead-types/" + noPhone + "/setups", ADMIN_TOKEN, body);

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("errors").findValuesAsString("field")).contains("request_mapping.phone",
                "response_mapping.score", "response_mapping.label", "settings.score", "rules[0]", "rules[1]");
        Api.Response unknown = api().postJson("/api/v1/lead-types/" + noPhone + "/setups", ADMIN_TOKEN,
                Map.of("integration_id", "nobody.nothing"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("integration_id");
    }

    @Test
    void reordersDisablesAndRemovesSteps() {
        TestCampaign campaign = createCampaign(leadType);
        String a = step(campaign, rejectingSetup("a", "10"), true, null);
        String b = step(campaign, rejectingSetup("b", "10"), true, null);
        String c = step(campaign, rejectingSetup("c", "10"), true, null);

        assertThat(api().putJson("/api/v1/campaigns/" + campaign.id() + "/steps/order", ADMIN_TOKEN,
                Map.of("step_ids", List.of(c, a, b))).status()).isEqualTo(200);
        api().putJson("/api/v1/campaigns/" + campaign.id() + "/steps/" + a, ADMIN_TOKEN, Map.of("enabled", false));
        post(campaign);
        assertThat(ScriptedIntegration.calls(campaign.id())).containsExactly("c", "b");

        assertThat(api().delete("/api/v1/campaigns/" + campaign.id() + "/steps/" + c, ADMIN_TOKEN).status()).isEqualTo(204);
        JsonNode steps = api().get("/api/v1/campaigns/" + campaign.id() + "/steps", ADMIN_TOKEN).json();
        assertThat(steps.findValuesAsString("id")).containsExactly(a, b);
        assertThat(steps.findValues("position")).extracting(JsonNode::asInt).containsExactly(1, 2);
    }

    @Test
    void screensOnDemandLeadsWhenAskedAndKeepsEveryRun() {
        TestCampaign campaign = createCampaign(leadType, "on_demand");
        step(campaign, rejectingSetup("first", "90"), true, null);
        String leadId = post(campaign).path("lead_id").asString();
        assertThat(ScriptedIntegration.calls(campaign.id())).isEmpty();

        Api.Response first = api().postJson("/api/v1/leads/" + leadId + "/screen", ADMIN_TOKEN, "{}");
        Api.Response second = api().postJson("/api/v1/leads/" + leadId + "/screen", ADMIN_TOKEN, "{}");

        assertThat(first.json().path("disposition").asString()).isEqualTo("REJECTED");
        assertThat(second.status()).isEqualTo(200);
        assertThat(api().get("/api/v1/leads/" + leadId + "/screenings", ADMIN_TOKEN).json().size()).isEqualTo(2);
        assertThat(checks(leadId)).hasSize(2);
        assertThat(api().get("/api/v1/leads/" + leadId, ADMIN_TOKEN).json().path("disposition").asString()).isEqualTo("REJECTED");
    }

    @Test
    void resumesLeadsLeftPendingByACrash() {
        TestCampaign campaign = createCampaign(leadType, "on_demand");
        step(campaign, rejectingSetup("first", "90"), true, null);
        String leadId = post(campaign).path("lead_id").asString();
        // as if the node had stopped before screening a lead of an on-arrival campaign
        api().putJson("/api/v1/campaigns/" + campaign.id(), ADMIN_TOKEN, Map.of("trigger", "on_arrival"));
        jdbc.sql("UPDATE lead SET received_at = received_at - INTERVAL '5' MINUTE WHERE id = ?").param(leadId).update();

        interrupted.resume();

        assertThat(api().get("/api/v1/leads/" + leadId, ADMIN_TOKEN).json().path("disposition").asString()).isEqualTo("REJECTED");
        assertThat(api().get("/api/v1/leads/" + leadId + "/screenings", ADMIN_TOKEN).json().get(0).path("trigger").asString())
                .isEqualTo("resume");
    }

    @Test
    void listsTheCatalog() {
        JsonNode catalog = api().get("/api/v1/integrations", ADMIN_TOKEN).json();
        assertThat(catalog.findValuesAsString("id")).contains(ScriptedIntegration.ID);
        JsonNode one = api().get("/api/v1/integrations/" + ScriptedIntegration.ID, ADMIN_TOKEN).json();
        assertThat(one.path("request_fields").get(0).path("type").asString()).isEqualTo("phone");
        assertThat(api().get("/api/v1/integrations/no.such", ADMIN_TOKEN).status()).isEqualTo(404);
    }

    @Test
    void refusesSettingValuesTheIntegrationCannotUse() {
        Api.Response r = api().postJson("/api/v1/lead-types/" + leadType + "/setups", ADMIN_TOKEN,
                Map.of("integration_id", "builtin.phone", "settings", Map.of("allowed_countries", "US,USA")));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("settings.allowed_countries");
        assertThat(r.json().path("errors").get(0).path("message").asString()).contains("'USA'");
    }
}

package io.leadgate.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.testing.Api;
import io.leadgate.testing.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Configuration as code over HTTP: export, apply, round trip, and refusal of a bad document as a whole. */
abstract class ConfigApiContract extends ApiTest {

    private static String document(String leadType, String campaign, String phoneRuleOperator) {
        return """
                lead_types:
                  - id: %1$s
                    name: Solar
                    fields:
                      - { name: phone, type: phone, required: true }
                      - { name: email, type: email }
                      - { name: line_type, type: string }
                    setups:
                      - name: Phone check
                        integration: builtin.phone
                        settings: { allowed_countries: "US,CA" }
                        response_mapping: { number_type: line_type }
                        rules:
                          - when: { field: allowed_country, operator: %3$s }
                            action: reject
                            reason: outside our countries
                      - name: Email check
                        integration: builtin.email
                        error_policy: pass
                campaigns:
                  - id: %2$s
                    name: Solar from search
                    lead_type: %1$s
                    trigger: on_arrival
                    steps:
                      - { setup: Phone check, stop_on_reject: true }
                      - { setup: Email check, enabled: false }
                """.formatted(leadType, campaign, phoneRuleOperator);
    }


    private Api.Response apply(String yaml) {
        return api().putYaml("/api/v1/config", ADMIN_TOKEN, yaml);
    }

    @Test
    void appliesADocumentAndRunsWhatItDescribes() {
        String leadType = unique("solar");
        String campaign = unique("solar").replace('_', '-');

        Api.Response r = apply(document(leadType, campaign, "is_false"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("lead_types_created").findValuesAsString("")).isEmpty();
        assertThat(r.json().path("lead_types_created").get(0).asString()).isEqualTo(leadType);
        String key = r.json().path("posting_keys").path(campaign).asString();
        assertThat(key).startsWith("lgp_");
        Api.Response lead = api().postJson("/api/v1/campaigns/" + campaign + "/leads", key, Map.of("phone", "+44 20 7946 0958"));
        assertThat(lead.json().path("disposition").asString()).isEqualTo("REJECTED");
        assertThat(lead.json().path("reasons").get(0).asString()).isEqualTo("outside our countries");
        JsonNode steps = api().get("/api/v1/campaigns/" + campaign + "/steps", ADMIN_TOKEN).json();
        assertThat(steps.size()).isEqualTo(2);
        assertThat(steps.get(1).path("enabled").asBoolean()).isFalse();
    }

    @Test
    void exportsWhatItAppliedAndAppliesItsOwnExportUnchanged() {
        String leadType = unique("solar");
        String campaign = unique("solar").replace('_', '-');
        apply(document(leadType, campaign, "is_false"));

        String exported = api().get("/api/v1/config", ADMIN_TOKEN).body();
        assertThat(exported).contains("id: " + leadType).contains("setup: Phone check").contains("integration: builtin.phone")
                .doesNotContain("lgp_").doesNotContain(ADMIN_TOKEN);

        Api.Response again = apply(exported);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("lead_types_created").size()).isZero();
        assertThat(again.json().path("posting_keys").size()).isZero();
        assertThat(api().get("/api/v1/config", ADMIN_TOKEN).body()).isEqualTo(exported);
    }

    @Test
    void refusesABadDocumentAsAWholeAndChangesNothing() {
        String leadType = unique("solar");
        String campaign = unique("solar").replace('_', '-');
        String bad = document(leadType, campaign, "is_false")
                .replace("integration: builtin.email", "integration: builtin.nothing")
                .replace("{ setup: Phone check, stop_on_reject: true }", "{ setup: No such setup }");

        Api.Response r = apply(bad);

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("errors").findValuesAsString("field"))
                .contains("lead_types[0].setups[1].integration_id", "campaigns[0].steps[0].setup");
        assertThat(api().get("/api/v1/lead-types/" + leadType, ADMIN_TOKEN).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/campaigns/" + campaign, ADMIN_TOKEN).status()).isEqualTo(404);
    }

    @Test
    void refusesRulesThatDoNotFitTheirFields() {
        Api.Response r = apply(document(unique("solar"), unique("c").replace('_', '-'), "less_than"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("lead_types[0].setups[0].rules[0]");
    }

    @Test
    void refusesMalformedAndMisspeltDocuments() {
        assertThat(apply("lead_types: [ {id: x").status()).isEqualTo(400);
        Api.Response misspelt = apply("lead_types:\n  - id: abc\n    nmae: typo\n");
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.json().path("detail").asString()).contains("nmae");
    }

    @Test
    void requiresAnAdminToken() {
        assertThat(api().get("/api/v1/config", null).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/config", DEMO_KEY).status()).isEqualTo(401);
    }

    @Test
    void recordsEveryConfigurationChangeInTheAuditLog() {
        String leadType = createLeadType(java.util.List.of(field("phone", "phone", true)));
        TestCampaign campaign = createCampaign(leadType);
        api().putJson("/api/v1/campaigns/" + campaign.id(), ADMIN_TOKEN, Map.of("status", "paused"));
        api().putJson("/api/v1/campaigns/" + campaign.id(), ADMIN_TOKEN, Map.of("status", "no-such-status"));

        JsonNode entries = api().get("/api/v1/audit-log?action=campaign.changed&limit=10", ADMIN_TOKEN).json();
        java.util.List<JsonNode> mine = new java.util.ArrayList<>();
        entries.forEach(e -> {
            if (campaign.id().equals(e.path("target").asString())) {
                mine.add(e);
            }
        });

        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().path("detail").asString()).isEqualTo("PUT /api/v1/campaigns/" + campaign.id());
        assertThat(mine.getFirst().path("actor").asString()).contains("first admin token");
        assertThat(api().get("/api/v1/audit-log?action=lead_type.changed&limit=50", ADMIN_TOKEN).body()).contains(leadType);
    }
}

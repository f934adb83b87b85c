package io.leadgate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.testing.Api;
import io.leadgate.testing.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo campaign as a newcomer meets it: built-in steps decide, a bad phone is rejected and stops the chain. */
abstract class DemoCampaignContract extends ApiTest {

    private Api.Response postDemo(Map<String, Object> lead) {
        return api().postJson("/api/v1/campaigns/demo/leads", DEMO_KEY, lead);
    }

    private List<JsonNode> checks(String leadId) {
        List<JsonNode> list = new ArrayList<>();
        api().get("/api/v1/leads/" + leadId + "/checks", ADMIN_TOKEN).json().forEach(list::add);
        return list;
    }

    @Test
    void acceptsAGoodLeadAfterTheBuiltInChecks() {
        Api.Response r = postDemo(Map.of("first_name", "Cy", "phone", "(415) 555-2671", "email", "cy@gmail.com", "ip_address", "8.8.8.8"));

        assertThat(r.json().path("disposition").asString()).isEqualTo("ACCEPTED");
        assertThat(r.json().path("checks").findValuesAsString("integration"))
                .containsExactly("builtin.phone", "builtin.email", "builtin.ip");
        String leadId = r.json().path("lead_id").asString();
        assertThat(api().get("/api/v1/leads/" + leadId, ADMIN_TOKEN).json().at("/fields/phone_line_type/text").asString())
                .isNotBlank();
    }

    @Test
    void rejectsAPhoneOutsideTheCampaignsCountriesAndRunsNoLaterStep() {
        Api.Response r = postDemo(Map.of("first_name", "Bob", "phone", "+44 20 7946 0958", "email", "bob@mailinator.com"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("disposition").asString()).isEqualTo("REJECTED");
        assertThat(r.json().path("reasons").get(0).asString()).isEqualTo("phone number is outside the campaign's countries");
        List<JsonNode> checks = checks(r.json().path("lead_id").asString());
        assertThat(checks).extracting(c -> c.path("status").asString()).containsExactly("rejected", "not_run", "not_run");
        assertThat(checks.getFirst().path("rules").get(0).path("truth").asString()).isEqualTo("true");
        assertThat(checks.get(1).path("raw_response").isNull() || checks.get(1).path("raw_response").isMissingNode()).isTrue();
    }

    @Test
    void rejectsADisposableEmailAndFlagsARoleAccount() {
        assertThat(postDemo(Map.of("first_name", "D", "phone", "(415) 555-2671", "email", "d@mailinator.com"))
                .json().path("disposition").asString()).isEqualTo("REJECTED");
        Api.Response role = postDemo(Map.of("first_name", "E", "phone", "(415) 555-2671", "email", "info@acme-widgets.com"));
        assertThat(role.json().path("disposition").asString()).isEqualTo("FLAGGED");
        assertThat(role.json().path("reasons").get(0).asString()).isEqualTo("role account email address");
    }

    @Test
    void sendsAPrivateConsumerIpToQualityControl() {
        Api.Response r = postDemo(Map.of("first_name", "F", "phone", "(415) 555-2671", "ip_address", "192.168.1.20"));

        assertThat(r.json().path("disposition").asString()).isEqualTo("QUALITY_CONTROL");
        assertThat(r.json().path("checks").get(1).path("status").asString()).isEqualTo("skipped");
    }
}

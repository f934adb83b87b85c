package io.leadgate.integration.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.testing.Api;
import io.leadgate.testing.ApiTest;
import io.leadgate.testing.ConnectedIntegration;
import io.leadgate.testing.ScriptedProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Connections over HTTP: keys encrypted and masked, reveal audited, test outcomes, disconnect, status. */
@ExtendWith(OutputCaptureExtension.class)
abstract class ConnectionApiContract extends ApiTest {

    private static final String PATH = "/api/v1/connections/" + ScriptedProvider.ID;

    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void disconnect() {
        api().delete(PATH, ADMIN_TOKEN);
    }

    private Api.Response save(Map<String, Object> body) {
        return api().putJson(PATH, ADMIN_TOKEN, body);
    }

    private JsonNode connection() {
        return api().get(PATH, ADMIN_TOKEN).json();
    }

    @Test
    void listsProvidersWithTheirIntegrations() {
        JsonNode list = api().get("/api/v1/connections", ADMIN_TOKEN).json();
        JsonNode scripted = null;
        for (JsonNode c : list) {
            if (c.path("provider").asString().equals(ScriptedProvider.ID)) {
                scripted = c;
            }
        }
        assertThat(scripted).isNotNull();
        assertThat(scripted.path("enabled").asBoolean()).isFalse();
        assertThat(scripted.path("integrations").findValuesAsString("")).isEmpty();
        assertThat(scripted.path("integrations").get(0).asString()).isEqualTo(ConnectedIntegration.ID);
        assertThat(api().get("/api/v1/connections/nobody", ADMIN_TOKEN).status()).isEqualTo(404);
    }

    @Test
    void keepsTheKeyEncryptedAndShowsItMasked(CapturedOutput output) {
        String key = "good-key-8f3a1c9e77d24b60";

        Api.Response saved = save(Map.of("enabled", true, "api_key", key));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().path("api_key").asString()).isEqualTo("****4b60");
        assertThat(saved.body()).doesNotContain(key);
        assertThat(api().get("/api/v1/connections", ADMIN_TOKEN).body()).doesNotContain(key);
        String stored = jdbc.sql("SELECT encrypted_key FROM connection WHERE provider = ?").param(ScriptedProvider.ID)
                .query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(key);
        assertThat(api().get("/api/v1/audit-log?action=connection.updated", ADMIN_TOKEN).body()).doesNotContain(key).contains("…4b60");
        assertThat(api().get("/api/v1/config", ADMIN_TOKEN).body()).doesNotContain(key);
        api().postJson(PATH + "/test", ADMIN_TOKEN, "{}");
        assertThat(output.getAll()).doesNotContain(key);
    }

    @Test
    void revealsTheWholeKeyToAnAdminAndAuditsIt() {
        save(Map.of("enabled", true, "api_key", "good-key-reveal-0001"));

        Api.Response revealed = api().postJson(PATH + "/reveal", ADMIN_TOKEN, "{}");

        assertThat(revealed.json().path("api_key").asString()).isEqualTo("good-key-reveal-0001");
        assertThat(revealed.header("Cache-Control")).contains("no-store");
        JsonNode audit = api().get("/api/v1/audit-log?action=connection.key_revealed&limit=1", ADMIN_TOKEN).json();
        assertThat(audit.get(0).path("target").asString()).isEqualTo(ScriptedProvider.ID);
        assertThat(audit.get(0).path("actor").asString()).isNotBlank();
        assertThat(audit.get(0).path("detail").asString()).doesNotContain("good-key-reveal-0001");
        assertThat(api().postJson(PATH + "/reveal", DEMO_KEY, "{}").status()).isEqualTo(401);
    }

    @Test
    void answersEachTestOutcomeInWordsAndRecordsTheStatus() {
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("good-1234567890", "connected");
        expected.put("bad-1234567890", "bad_key");
        expected.put("broke-1234567890", "out_of_credits");
        expected.put("down-1234567890", "unreachable");
        expected.forEach((key, outcome) -> {
            save(Map.of("enabled", true, "api_key", key));

            JsonNode test = api().postJson(PATH + "/test", ADMIN_TOKEN, "{}").json();

            assertThat(test.path("outcome").asString()).as(key).isEqualTo(outcome);
            assertThat(test.path("message").asString()).isNotBlank();
        });
        JsonNode status = connection();
        assertThat(status.path("last_error_kind").asString()).isEqualTo("UNAVAILABLE");
        assertThat(status.path("last_success_at").isNull()).isFalse();
    }

    @Test
    void refusesToEnableWithoutAKeyOrWithABadBaseUrl() {
        Api.Response noKey = save(Map.of("enabled", true));
        assertThat(noKey.status()).isEqualTo(422);
        assertThat(noKey.json().path("errors").get(0).path("field").asString()).isEqualTo("api_key");

        Api.Response badUrl = save(Map.of("enabled", true, "api_key", "good-0000000000", "base_url", "ftp://x"));
        assertThat(badUrl.status()).isEqualTo(422);
        assertThat(badUrl.json().path("errors").get(0).path("field").asString()).isEqualTo("base_url");

        Api.Response blankKey = save(Map.of("api_key", "  "));
        assertThat(blankKey.status()).isEqualTo(422);
    }

    @Test
    void disconnectDestroysTheKeyAndStepsReportNotConnected() {
        String leadType = createLeadType(List.of(field("phone", "phone", true)));
        Api.Response setup = api().postJson("/api/v1/lead-types/" + leadType + "/setups", ADMIN_TOKEN,
                Map.of("integration_id", ConnectedIntegration.ID, "error_policy", "quality_control"));
        TestCampaign campaign = createCampaign(leadType);
        api().postJson("/api/v1/campaigns/" + campaign.id() + "/steps", ADMIN_TOKEN,
                new HashMap<>(Map.of("setup_id", setup.json().path("id").asString())));
        save(Map.of("enabled", true, "api_key", "good-0000000001"));

        JsonNode connected = postLead(campaign, Map.of("phone", "2125551212")).json();
        assertThat(connected.path("disposition").asString()).isEqualTo("ACCEPTED");
        assertThat(connection().path("calls_today").asLong()).isPositive();

        JsonNode after = api().delete(PATH, ADMIN_TOKEN).json();
        assertThat(after.path("has_key").asBoolean()).isFalse();
        assertThat(after.path("enabled").asBoolean()).isFalse();
        assertThat(api().postJson(PATH + "/reveal", ADMIN_TOKEN, "{}").status()).isEqualTo(404);

        JsonNode disconnected = postLead(campaign, Map.of("phone", "2125551212")).json();
        assertThat(disconnected.path("disposition").asString()).isEqualTo("QUALITY_CONTROL");
        JsonNode check = api().get("/api/v1/leads/" + disconnected.path("lead_id").asString() + "/checks", ADMIN_TOKEN).json().get(0);
        assertThat(check.path("error_kind").asString()).isEqualTo("NOT_CONNECTED");
        assertThat(check.path("error_message").asString()).contains("not connected");
    }
}

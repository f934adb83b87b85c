package io.leadgate.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.testing.Api;
import io.leadgate.testing.ApiTest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The admin API for campaigns and their posting keys over real HTTP. Run on each database. */
abstract class CampaignApiContract extends ApiTest {

    private static final String CAMPAIGNS = "/api/v1/campaigns";

    private String leadType;

    @BeforeEach
    void createLeadType() {
        leadType = createLeadType(List.of(field("phone", "phone", true)));
    }

    private static Map<String, Object> aLead() {
        return Map.of("phone", "(212) 555-1212");
    }

    private Api.Response create(String id) {
        return api().postJson(CAMPAIGNS, ADMIN_TOKEN, Map.of("id", id, "name", "Solar from Acme", "lead_type_id", leadType));
    }

    private static String campaignId() {
        return unique("acme").replace('_', '-');
    }

    private String path(String campaignId) {
        return CAMPAIGNS + "/" + campaignId;
    }

    private Api.Response post(String campaignId, String key) {
        return api().postJson(path(campaignId) + "/leads", key, aLead());
    }

    private List<JsonNode> keys(String campaignId) {
        List<JsonNode> keys = new ArrayList<>();
        api().get(path(campaignId) + "/posting-keys", ADMIN_TOKEN).json().forEach(keys::add);
        return keys;
    }

    private JsonNode key(String campaignId, String keyId) {
        return keys(campaignId).stream().filter(k -> k.path("id").asString().equals(keyId)).findFirst().orElseThrow();
    }

    private static List<String> errorFields(Api.Response r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    @Test
    void createsACampaignShowingItsPostingKeyOnce() {
        String id = campaignId();

        Api.Response r = create(id);

        assertThat(r.status()).isEqualTo(201);
        JsonNode body = r.json();
        assertThat(body.path("id").asString()).isEqualTo(id);
        assertThat(body.path("name").asString()).isEqualTo("Solar from Acme");
        assertThat(body.path("lead_type_id").asString()).isEqualTo(leadType);
        assertThat(body.path("status").asString()).isEqualTo("active");
        assertThat(body.path("trigger").asString()).isEqualTo("on_arrival");
        String key = body.at("/posting_key/key").asString();
        assertThat(key).startsWith("lgp_").hasSizeGreaterThanOrEqualTo(40);
        assertThat(body.at("/posting_key/hint").asString()).isEqualTo(key.substring(key.length() - 4));
        assertThat(body.at("/posting_key/status").asString()).isEqualTo("active");
        assertThat(body.at("/posting_key/notice").asString()).contains("once");
        assertThat(post(id, key).status()).isEqualTo(201);
    }

    @Test
    void neverShowsThePostingKeyAgain() {
        String id = campaignId();
        JsonNode created = create(id).json();
        String key = created.at("/posting_key/key").asString();

        Api.Response one = api().get(path(id), ADMIN_TOKEN);
        Api.Response all = api().get(CAMPAIGNS, ADMIN_TOKEN);
        Api.Response keys = api().get(path(id) + "/posting-keys", ADMIN_TOKEN);

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().path("name").asString()).isEqualTo("Solar from Acme");
        assertThat(one.json().at("/posting_key/key").isMissingNode() || one.json().at("/posting_key/key").isNull()).isTrue();
        assertThat(all.status()).isEqualTo(200);
        assertThat(keys.status()).isEqualTo(200);
        assertThat(keys.json().size()).isEqualTo(1);
        assertThat(keys.json().get(0).path("hint").asString()).isEqualTo(key.substring(key.length() - 4));
        assertThat(keys.json().get(0).path("id").asString()).isEqualTo(created.at("/posting_key/id").asString());
        for (Api.Response r : List.of(one, all, keys)) {
            assertThat(r.body()).doesNotContain(key).doesNotContain(key.substring(4, 20));
        }
    }

    @Test
    void listsCampaigns() {
        String first = campaignId();
        String second = campaignId();
        create(first);
        create(second);

        List<String> ids = new ArrayList<>();
        api().get(CAMPAIGNS, ADMIN_TOKEN).json().forEach(c -> ids.add(c.path("id").asString()));

        assertThat(ids).contains(first, second, "demo");
    }

    @Test
    void givesThePostingUrlSellersPostTo() {
        String id = campaignId();
        JsonNode created = create(id).json();

        URI url = URI.create(created.path("posting_url").asString());

        assertThat(url.getScheme()).isEqualTo("http");
        assertThat(url.getHost()).isEqualTo("localhost");
        assertThat(url.getPath()).isEqualTo("/api/v1/campaigns/" + id + "/leads");
        assertThat(api().get(path(id), ADMIN_TOKEN).json().path("posting_url").asString()).isEqualTo(url.toString());
        assertThat(api().postJson(url.getPath(), created.at("/posting_key/key").asString(), aLead()).status()).isEqualTo(201);
    }

    @Test
    void createsWithTheTriggerAndStatusAsked() {
        String id = campaignId();

        Api.Response r = api().postJson(CAMPAIGNS, ADMIN_TOKEN,
                Map.of("id", id, "name", "On demand", "lead_type_id", leadType, "trigger", "ON_DEMAND", "status", "paused"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("trigger").asString()).isEqualTo("on_demand");
        assertThat(r.json().path("status").asString()).isEqualTo("paused");
    }

    @Test
    void refusesIdsThatAreNotUrlSafe() {
        for (String bad : List.of("Acme", "acme leads", "acme/leads", "-acme", "acme.leads", "a".repeat(65), "")) {
            Api.Response r = create(bad);

            assertThat(r.status()).as(bad).isEqualTo(422);
            assertThat(errorFields(r)).as(bad).containsExactly("id");
        }
    }

    @Test
    void refusesAnUnknownLeadTypeNamingIt() {
        Api.Response r = api().postJson(CAMPAIGNS, ADMIN_TOKEN,
                Map.of("id", campaignId(), "name", "x", "lead_type_id", "no_such_type"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(errorFields(r)).containsExactly("lead_type_id");
        assertThat(r.json().path("errors").get(0).path("message").asString()).contains("no_such_type");
    }

    @Test
    void listsEveryMissingPartAtOnce() {
        Api.Response r = api().postJson(CAMPAIGNS, ADMIN_TOKEN, Map.of("trigger", "sometimes", "status", "on"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(errorFields(r)).containsExactlyInAnyOrder("id", "name", "lead_type_id", "trigger", "status");
    }

    @Test
    void refusesANameTooLongToStore() {
        Api.Response r = api().postJson(CAMPAIGNS, ADMIN_TOKEN,
                Map.of("id", campaignId(), "name", "n".repeat(201), "lead_type_id", leadType));

        assertThat(r.status()).isEqualTo(422);
        assertThat(errorFields(r)).containsExactly("name");
    }

    @Test
    void refusesADuplicateIdWith409() {
        String id = campaignId();
        String key = create(id).json().at("/posting_key/key").asString();

        Api.Response r = create(id);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().path("detail").asString()).contains(id);
        assertThat(keys(id)).hasSize(1);
        assertThat(post(id, key).status()).isEqualTo(201);
    }

    @Test
    void updatesStatusTriggerAndName() {
        String id = campaignId();
        String key = create(id).json().at("/posting_key/key").asString();

        Api.Response r = api().putJson(path(id), ADMIN_TOKEN, Map.of("status", "paused", "trigger", "on_demand", "name", "Renamed"));

        assertThat(r.status()).isEqualTo(200);
        JsonNode stored = api().get(path(id), ADMIN_TOKEN).json();
        assertThat(stored.path("status").asString()).isEqualTo("paused");
        assertThat(stored.path("trigger").asString()).isEqualTo("on_demand");
        assertThat(stored.path("name").asString()).isEqualTo("Renamed");
        assertThat(stored.path("lead_type_id").asString()).isEqualTo(leadType);
        assertThat(post(id, key).status()).isEqualTo(409);

        api().putJson(path(id), ADMIN_TOKEN, Map.of("status", "active"));
        Api.Response lead = post(id, key);
        assertThat(lead.status()).isEqualTo(201);
        assertThat(lead.json().path("disposition").asString()).as("screens on demand").isEqualTo("PENDING");
    }

    @Test
    void refusesBadStatusAndTriggerNamingEach() {
        String id = campaignId();
        create(id);

        Api.Response r = api().putJson(path(id), ADMIN_TOKEN, Map.of("status", "stopped", "trigger", "hourly"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(errorFields(r)).containsExactlyInAnyOrder("status", "trigger");
        assertThat(r.body()).contains("stopped").contains("hourly");
        assertThat(api().get(path(id), ADMIN_TOKEN).json().path("status").asString()).isEqualTo("active");
    }

    @Test
    void refusesABlankNameAndAChangedId() {
        String id = campaignId();
        create(id);

        assertThat(errorFields(api().putJson(path(id), ADMIN_TOKEN, Map.of("name", " ")))).containsExactly("name");
        assertThat(errorFields(api().putJson(path(id), ADMIN_TOKEN, Map.of("id", "other")))).containsExactly("id");
    }

    @Test
    void changesTheLeadTypeWhileThereAreNoLeads() {
        String id = campaignId();
        create(id);
        String other = createLeadType(List.of(field("email", "email", true)));

        Api.Response r = api().putJson(path(id), ADMIN_TOKEN, Map.of("lead_type_id", other));

        assertThat(r.status()).isEqualTo(200);
        assertThat(api().get(path(id), ADMIN_TOKEN).json().path("lead_type_id").asString()).isEqualTo(other);
    }

    @Test
    void refusesALeadTypeChangeOnceLeadsExist() {
        String id = campaignId();
        String key = create(id).json().at("/posting_key/key").asString();
        assertThat(post(id, key).status()).isEqualTo(201);
        String other = createLeadType(List.of(field("email", "email", true)));

        Api.Response r = api().putJson(path(id), ADMIN_TOKEN, Map.of("lead_type_id", other));

        assertThat(r.status()).isEqualTo(422);
        assertThat(errorFields(r)).containsExactly("lead_type_id");
        assertThat(r.json().path("errors").get(0).path("code").asString()).isEqualTo("immutable");
        assertThat(api().get(path(id), ADMIN_TOKEN).json().path("lead_type_id").asString()).isEqualTo(leadType);
    }

    @Test
    void refusesAnUnknownLeadTypeOnUpdate() {
        String id = campaignId();
        create(id);

        Api.Response r = api().putJson(path(id), ADMIN_TOKEN, Map.of("lead_type_id", "no_such_type"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(errorFields(r)).containsExactly("lead_type_id");
    }

    @Test
    void rotatesAKeyKeepingTheOldOneForTheGracePeriod() {
        String id = campaignId();
        JsonNode created = create(id).json();
        String oldKey = created.at("/posting_key/key").asString();
        String oldId = created.at("/posting_key/id").asString();

        Api.Response r = api().postJson(path(id) + "/posting-keys", ADMIN_TOKEN, Map.of("grace_period_hours", 1));

        assertThat(r.status()).isEqualTo(201);
        String newKey = r.json().path("key").asString();
        assertThat(newKey).startsWith("lgp_").isNotEqualTo(oldKey);
        assertThat(r.json().path("status").asString()).isEqualTo("active");
        assertThat(post(id, oldKey).status()).isEqualTo(201);
        assertThat(post(id, newKey).status()).isEqualTo(201);
        JsonNode old = key(id, oldId);
        assertThat(old.path("status").asString()).isEqualTo("expiring");
        Duration left = Duration.between(Instant.now(), Instant.parse(old.path("expires_at").asString()));
        assertThat(left).isBetween(Duration.ofMinutes(55), Duration.ofMinutes(61));
        assertThat(key(id, r.json().path("id").asString()).path("status").asString()).isEqualTo("active");
        assertThat(keys(id)).hasSize(2).allSatisfy(k -> assertThat(k.has("key") && !k.path("key").isNull()).isFalse());
    }

    @Test
    void rotatesWithTheDefaultGracePeriodWhenNoneIsGiven() {
        String id = campaignId();
        JsonNode created = create(id).json();

        Api.Response r = api().post(path(id) + "/posting-keys", ADMIN_TOKEN, null, "", Map.of());

        assertThat(r.status()).isEqualTo(201);
        JsonNode old = key(id, created.at("/posting_key/id").asString());
        assertThat(old.path("status").asString()).isEqualTo("expiring");
        Duration left = Duration.between(Instant.now(), Instant.parse(old.path("expires_at").asString()));
        assertThat(left).isBetween(Duration.ofHours(23), Duration.ofHours(24));
        assertThat(post(id, created.at("/posting_key/key").asString()).status()).isEqualTo(201);
    }

    @Test
    void rotatesWithoutGraceRefusingTheOldKeyAtOnce() {
        String id = campaignId();
        JsonNode created = create(id).json();
        String oldKey = created.at("/posting_key/key").asString();

        Api.Response r = api().postJson(path(id) + "/posting-keys", ADMIN_TOKEN, Map.of("grace_period_hours", 0));

        assertThat(r.status()).isEqualTo(201);
        Api.Response refused = post(id, oldKey);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("error").asString()).isEqualTo("unauthorized");
        assertThat(post(id, r.json().path("key").asString()).status()).isEqualTo(201);
        assertThat(key(id, created.at("/posting_key/id").asString()).path("status").asString()).isEqualTo("expired");
    }

    @Test
    void refusesAGracePeriodOutOfRange() {
        String id = campaignId();
        create(id);

        for (double hours : List.of(-1.0, 2160.5)) {
            Api.Response r = api().postJson(path(id) + "/posting-keys", ADMIN_TOKEN, Map.of("grace_period_hours", hours));

            assertThat(r.status()).as("%s", hours).isEqualTo(422);
            assertThat(errorFields(r)).as("%s", hours).containsExactly("grace_period_hours");
        }
        Api.Response notANumber = api().postJson(path(id) + "/posting-keys", ADMIN_TOKEN, Map.of("grace_period_hours", "soon"));
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.json().path("detail").asString()).contains("grace_period_hours");
        assertThat(keys(id)).as("no key issued").hasSize(1);
    }

    @Test
    void revokesAKeyRefusingItAtOnce() {
        String id = campaignId();
        JsonNode created = create(id).json();
        String key = created.at("/posting_key/key").asString();
        String keyId = created.at("/posting_key/id").asString();
        assertThat(post(id, key).status()).isEqualTo(201);

        Api.Response r = api().delete(path(id) + "/posting-keys/" + keyId, ADMIN_TOKEN);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("status").asString()).isEqualTo("revoked");
        assertThat(r.json().path("revoked_at").asString()).isNotBlank();
        assertThat(post(id, key).status()).isEqualTo(401);
        assertThat(key(id, keyId).path("status").asString()).isEqualTo("revoked");
        assertThat(key(id, keyId).path("last_used_at").asString()).as("use was recorded").isNotBlank();
    }

    @Test
    void revokesAKeyStillInItsGracePeriod() {
        String id = campaignId();
        JsonNode created = create(id).json();
        String oldKey = created.at("/posting_key/key").asString();
        String newKey = api().postJson(path(id) + "/posting-keys", ADMIN_TOKEN, Map.of("grace_period_hours", 1)).json().path("key").asString();

        api().delete(path(id) + "/posting-keys/" + created.at("/posting_key/id").asString(), ADMIN_TOKEN);

        assertThat(post(id, oldKey).status()).isEqualTo(401);
        assertThat(post(id, newKey).status()).isEqualTo(201);
    }

    @Test
    void refusesAKeyOfAnotherCampaignAndAnAdminToken() {
        String id = campaignId();
        String other = campaignId();
        create(id);
        String otherKey = create(other).json().at("/posting_key/key").asString();

        assertThat(post(id, otherKey).status()).isEqualTo(401);
        assertThat(post(id, ADMIN_TOKEN).status()).isEqualTo(401);
    }

    @Test
    void deletesACampaignWithoutLeads() {
        String id = campaignId();
        String key = create(id).json().at("/posting_key/key").asString();

        assertThat(api().delete(path(id), ADMIN_TOKEN).status()).isEqualTo(204);

        assertThat(api().get(path(id), ADMIN_TOKEN).status()).isEqualTo(404);
        assertThat(post(id, key).status()).isEqualTo(404);
        assertThat(create(id).status()).as("the id is free again").isEqualTo(201);
    }

    @Test
    void refusesToDeleteACampaignWithLeads() {
        String id = campaignId();
        String key = create(id).json().at("/posting_key/key").asString();
        post(id, key);

        Api.Response r = api().delete(path(id), ADMIN_TOKEN);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().path("detail").asString()).contains("leads").contains("pause");
        assertThat(api().get(path(id), ADMIN_TOKEN).status()).isEqualTo(200);
    }

    @Test
    void answers404ForWhatDoesNotExist() {
        String id = campaignId();
        create(id);

        assertThat(api().get(path("no-such-campaign"), ADMIN_TOKEN).status()).isEqualTo(404);
        assertThat(api().putJson(path("no-such-campaign"), ADMIN_TOKEN, Map.of("name", "x")).status()).isEqualTo(404);
        assertThat(api().delete(path("no-such-campaign"), ADMIN_TOKEN).status()).isEqualTo(404);
        assertThat(api().get(path("no-such-campaign") + "/posting-keys", ADMIN_TOKEN).status()).isEqualTo(404);
        assertThat(api().postJson(path("no-such-campaign") + "/posting-keys", ADMIN_TOKEN, Map.of()).status()).isEqualTo(404);
        Api.Response r = api().delete(path(id) + "/posting-keys/no-such-key", ADMIN_TOKEN);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().path("error").asString()).isEqualTo("not_found");
    }

    @Test
    void refusesToRevokeAKeyThroughAnotherCampaign() {
        String id = campaignId();
        String other = campaignId();
        JsonNode created = create(id).json();
        create(other);

        Api.Response r = api().delete(path(other) + "/posting-keys/" + created.at("/posting_key/id").asString(), ADMIN_TOKEN);

        assertThat(r.status()).isEqualTo(404);
        assertThat(post(id, created.at("/posting_key/key").asString()).status()).isEqualTo(201);
    }

    @Test
    void requiresAnAdminToken() {
        String id = campaignId();
        String key = create(id).json().at("/posting_key/key").asString();

        assertThat(api().get(CAMPAIGNS, null).status()).isEqualTo(401);
        assertThat(api().get(path(id), key).status()).isEqualTo(401);
        assertThat(api().postJson(path(id) + "/posting-keys", key, Map.of()).status()).isEqualTo(401);
        assertThat(api().get(path(id) + "/posting-keys", key).status()).isEqualTo(401);
        assertThat(api().putJson(path(id), key, Map.of("status", "paused")).status()).isEqualTo(401);
        assertThat(api().postJson(CAMPAIGNS, DEMO_KEY, Map.of("id", campaignId(), "name", "x", "lead_type_id", leadType)).status())
                .isEqualTo(401);
        assertThat(keys(id)).hasSize(1);
        assertThat(api().get(path(id), ADMIN_TOKEN).json().path("status").asString()).isEqualTo("active");
    }
}

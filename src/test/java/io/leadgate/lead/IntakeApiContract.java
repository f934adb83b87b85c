package io.leadgate.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.testing.Api;
import io.leadgate.testing.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The posting endpoint over real HTTP: storage, answers, every refusal, idempotency. Run on each database. */
abstract class IntakeApiContract extends ApiTest {

    private TestCampaign campaign;

    @BeforeEach
    void createCampaign() {
        String leadType = createLeadType(List.of(
                field("first_name", "string", true),
                field("phone", "phone", true),
                field("email", "email", false),
                field("state", "state", false),
                field("score", "number", false)));
        campaign = createCampaign(leadType);
    }

    private static Map<String, Object> goodLead() {
        return Map.of("first_name", "Ada", "phone", "(212) 555-1212", "email", "ada@example.com", "state", "new york");
    }

    private String leadsPath() {
        return "/api/v1/campaigns/" + campaign.id() + "/leads";
    }

    private List<JsonNode> submissionsOf(String campaignId) {
        List<JsonNode> list = new ArrayList<>();
        api().get("/api/v1/submissions?campaign=" + campaignId, ADMIN_TOKEN).json().forEach(list::add);
        return list;
    }

    @Test
    void storesLeadAndAnswersWithItsIdAndDisposition() {
        Api.Response r = postLead(campaign, goodLead());

        assertThat(r.status()).isEqualTo(201);
        JsonNode answer = r.json();
        String leadId = answer.path("lead_id").asString();
        assertThat(answer.path("disposition").asString()).isEqualTo("ACCEPTED");
        assertThat(answer.path("reasons").isArray()).isTrue();
        assertThat(answer.path("checks").isArray()).isTrue();
        assertThat(r.header("Location")).endsWith("/api/v1/leads/" + leadId);

        JsonNode lead = api().get("/api/v1/leads/" + leadId, ADMIN_TOKEN).json();
        assertThat(lead.path("campaign_id").asString()).isEqualTo(campaign.id());
        assertThat(lead.path("disposition").asString()).isEqualTo("ACCEPTED");
        assertThat(lead.at("/fields/phone/raw").asString()).isEqualTo("(212) 555-1212");
        assertThat(lead.at("/fields/phone/e164").asString()).isEqualTo("+12125551212");
        assertThat(lead.at("/fields/state/code").asString()).isEqualTo("NY");
        assertThat(lead.path("submission_id").asString()).isEqualTo(answer.path("submission_id").asString());
    }

    @Test
    void keepsUnknownKeysAsExtraData() {
        Map<String, Object> payload = new java.util.HashMap<>(goodLead());
        payload.put("utm_source", "facebook");
        payload.put("sub", Map.of("id", 7));

        String leadId = postLead(campaign, payload).json().path("lead_id").asString();

        JsonNode lead = api().get("/api/v1/leads/" + leadId, ADMIN_TOKEN).json();
        assertThat(lead.at("/extra/utm_source").asString()).isEqualTo("facebook");
        assertThat(lead.at("/extra/sub/id").asInt()).isEqualTo(7);
    }

    @Test
    void readsFormEncodedPostsAndLookAlikeKeys() {
        Api.Response r = api().post(leadsPath(), campaign.key(), "application/x-www-form-urlencoded",
                "First-Name=Bob&Phone=%2B1+212+555+1313&tag=a&tag=b", Map.of());

        assertThat(r.status()).isEqualTo(201);
        JsonNode lead = api().get("/api/v1/leads/" + r.json().path("lead_id").asString(), ADMIN_TOKEN).json();
        assertThat(lead.at("/fields/first_name/text").asString()).isEqualTo("Bob");
        assertThat(lead.at("/fields/phone/e164").asString()).isEqualTo("+12125551313");
        assertThat(lead.at("/extra/tag").size()).isEqualTo(2);
    }

    @Test
    void acceptsTheKeyInTheApiKeyHeader() {
        Api.Response r = api().post(leadsPath(), null, "application/json", Api.json(goodLead()),
                Map.of("X-Api-Key", campaign.key()));

        assertThat(r.status()).isEqualTo(201);
    }

    @Test
    void keepsInvalidOptionalValuesWithoutRefusingTheLead() {
        Map<String, Object> payload = new java.util.HashMap<>(goodLead());
        payload.put("email", "not-an-email");

        Api.Response r = postLead(campaign, payload);

        assertThat(r.status()).isEqualTo(201);
        JsonNode lead = api().get("/api/v1/leads/" + r.json().path("lead_id").asString(), ADMIN_TOKEN).json();
        assertThat(lead.at("/fields/email/valid").asBoolean()).isFalse();
        assertThat(lead.at("/fields/email/raw").asString()).isEqualTo("not-an-email");
    }

    @Test
    void refusesMissingKeyWith401AndRecordsTheAttempt() {
        Api.Response r = api().post(leadsPath(), null, "application/json", Api.json(goodLead()), Map.of());

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().path("error").asString()).isEqualTo("unauthorized");
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
        JsonNode recorded = submissionsOf(campaign.id()).getFirst();
        assertThat(recorded.path("outcome").asString()).isEqualTo("unauthorized");
        assertThat(recorded.path("id").asString()).isEqualTo(r.json().path("submission_id").asString());
        assertThat(recorded.path("body").asString()).contains("Ada");
    }

    @Test
    void refusesWrongKeyAndAnotherCampaignsKeyAndAnAdminToken() {
        TestCampaign other = createCampaign(createLeadType(List.of(field("phone", "phone", true))));

        assertThat(api().postJson(leadsPath(), "lgp_wrong_key_000000000000000", goodLead()).status()).isEqualTo(401);
        assertThat(api().postJson(leadsPath(), other.key(), goodLead()).status()).isEqualTo(401);
        assertThat(api().postJson(leadsPath(), ADMIN_TOKEN, goodLead()).status()).isEqualTo(401);
    }

    @Test
    void refusesUnknownCampaignWith404() {
        Api.Response r = api().postJson("/api/v1/campaigns/no-such-campaign/leads", campaign.key(), goodLead());

        assertThat(r.status()).isEqualTo(404);
        assertThat(submissionsOf("no-such-campaign")).anySatisfy(s -> assertThat(s.path("outcome").asString()).isEqualTo("unknown_campaign"));
    }

    @Test
    void refusesPausedCampaignWith409() {
        api().putJson("/api/v1/campaigns/" + campaign.id(), ADMIN_TOKEN, Map.of("status", "paused"));

        Api.Response r = postLead(campaign, goodLead());

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().path("detail").asString()).contains("paused");
    }

    @Test
    void refusesUnsupportedContentTypeWith415() {
        assertThat(api().post(leadsPath(), campaign.key(), "text/plain", "first_name=Ada", Map.of()).status()).isEqualTo(415);
        assertThat(api().post(leadsPath(), campaign.key(), null, "{}", Map.of()).status()).isEqualTo(415);
    }

    @Test
    void refusesMalformedJsonNamingLineAndColumn() {
        Api.Response r = api().post(leadsPath(), campaign.key(), "application/json", "{\n  \"first_name\": \"Ada\",\n  \"phone\" 12\n}", Map.of());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("detail").asString()).contains("line 3").contains("column");
        assertThat(submissionsOf(campaign.id()).getFirst().path("body").asString()).contains("\"phone\" 12");
    }

    @Test
    void refusesJsonThatIsNotAnObject() {
        Api.Response r = api().post(leadsPath(), campaign.key(), "application/json", "[1, 2]", Map.of());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("detail").asString()).contains("JSON object");
    }

    @Test
    void listsEveryFieldErrorWith422() {
        Api.Response r = postLead(campaign, Map.of("phone", "12", "email", "x"));

        assertThat(r.status()).isEqualTo(422);
        JsonNode errors = r.json().path("errors");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder("first_name", "phone");
        assertThat(r.json().path("errors").get(0).path("message").asString()).isNotBlank();
        JsonNode recorded = submissionsOf(campaign.id()).getFirst();
        assertThat(recorded.path("outcome").asString()).isEqualTo("invalid");
        assertThat(recorded.path("errors").size()).isEqualTo(2);
        assertThat(recorded.path("body").asString()).contains("\"phone\"");
    }

    @Test
    void refusesBodiesOverTheLimitWith413() {
        String big = "{\"first_name\":\"" + "x".repeat(70 * 1024) + "\"}";

        Api.Response r = api().post(leadsPath(), campaign.key(), "application/json", big, Map.of());

        assertThat(r.status()).isEqualTo(413);
        JsonNode recorded = submissionsOf(campaign.id()).getFirst();
        assertThat(recorded.path("outcome").asString()).isEqualTo("too_large");
        assertThat(recorded.path("body_truncated").asBoolean()).isTrue();
    }

    @Test
    void replaysTheFirstAnswerForARepeatedIdempotencyKey() {
        Map<String, String> headers = Map.of("Idempotency-Key", "order-42");
        Api.Response first = api().post(leadsPath(), campaign.key(), "application/json", Api.json(goodLead()), headers);
        Api.Response second = api().post(leadsPath(), campaign.key(), "application/json", Api.json(goodLead()), headers);

        assertThat(second.status()).isEqualTo(first.status());
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(api().get("/api/v1/leads?campaign=" + campaign.id(), ADMIN_TOKEN).json().path("items").size()).isEqualTo(1);
    }

    @Test
    void refusesAnIdempotencyKeyReusedWithAnotherPayload() {
        Map<String, String> headers = Map.of("Idempotency-Key", "order-43");
        api().post(leadsPath(), campaign.key(), "application/json", Api.json(goodLead()), headers);

        Api.Response r = api().post(leadsPath(), campaign.key(), "application/json",
                Api.json(Map.of("first_name", "Eve", "phone", "2125551414")), headers);

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("error").asString()).isEqualTo("idempotency_key_reused");
    }

    @Test
    void letsASellerRetryAnIdempotencyKeyAfterARefusal() {
        Map<String, String> headers = Map.of("Idempotency-Key", "order-44");
        assertThat(api().post(leadsPath(), campaign.key(), "application/json", "{\"phone\":\"1\"}", headers).status()).isEqualTo(422);

        Api.Response retried = api().post(leadsPath(), campaign.key(), "application/json", Api.json(goodLead()), headers);

        assertThat(retried.status()).isEqualTo(201);
    }

    @Test
    void createsOneLeadForConcurrentPostsWithTheSameIdempotencyKey() throws Exception {
        Map<String, String> headers = Map.of("Idempotency-Key", "order-45");
        String body = Api.json(goodLead());
        List<Callable<Api.Response>> posts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            posts.add(() -> api().post(leadsPath(), campaign.key(), "application/json", body, headers));
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Api.Response> f : pool.invokeAll(posts)) {
                statuses.add(f.get().status());
            }
        }

        // a post that finds the first one done replays it (201); one that finds it still running is told to retry (409)
        assertThat(statuses).isSubsetOf(201, 409).contains(201);
        assertThat(api().get("/api/v1/leads?campaign=" + campaign.id(), ADMIN_TOKEN).json().path("items").size()).isEqualTo(1);
    }

    @Test
    void answersAsyncPostsWith202AndScreensInTheBackground() throws Exception {
        Api.Response r = api().post(leadsPath() + "?mode=async", campaign.key(), "application/json", Api.json(goodLead()), Map.of());

        assertThat(r.status()).isEqualTo(202);
        assertThat(r.json().path("disposition").asString()).isEqualTo("PENDING");
        String leadUrl = "/api/v1/leads/" + r.json().path("lead_id").asString();
        String disposition = "PENDING";
        for (int i = 0; i < 100 && disposition.equals("PENDING"); i++) {
            Thread.sleep(50);
            disposition = api().get(leadUrl, ADMIN_TOKEN).json().path("disposition").asString();
        }
        assertThat(disposition).isEqualTo("ACCEPTED");
    }

    @Test
    void leavesLeadsOfOnDemandCampaignsPending() {
        TestCampaign onDemand = createCampaign(createLeadType(List.of(field("phone", "phone", true))), "on_demand");

        Api.Response r = postLead(onDemand, Map.of("phone", "2125551212"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("disposition").asString()).isEqualTo("PENDING");
    }

    @Test
    void keepsNonAsciiTextIntact() {
        Map<String, Object> payload = new java.util.HashMap<>(goodLead());
        payload.put("first_name", "Zoë Ångström 李");

        String leadId = postLead(campaign, payload).json().path("lead_id").asString();

        assertThat(api().get("/api/v1/leads/" + leadId, ADMIN_TOKEN).json().at("/fields/first_name/raw").asString())
                .isEqualTo("Zoë Ångström 李");
    }
}

package io.leadgate.integration.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.support.Sql;
import io.leadgate.testing.Api;
import io.leadgate.testing.ApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code builtin.duplicate} in campaigns over real HTTP and a real database: normalised phones and emails, the window,
 * campaign or lead type scope, rejected leads, both values together, other fields of the same type, and re-screening.
 */
abstract class DuplicateCheckApiContract extends ApiTest {

    @Autowired
    private JdbcClient jdbc;

    private String leadType;

    @BeforeEach
    void createLeadType() {
        leadType = createLeadType(List.of(field("first_name", "string", false), field("phone", "phone", false),
                field("alt_phone", "phone", false), field("email", "email", false)));
    }

    /** A campaign of the lead type whose one step rejects duplicates found with these settings. */
    private TestCampaign campaignChecking(Map<String, String> settings) {
        Api.Response setup = api().postJson("/api/v1/lead-types/" + leadType + "/setups", ADMIN_TOKEN, Map.of(
                "integration_id", "builtin.duplicate", "name", unique("duplicates"), "settings", settings,
                "request_mapping", Map.of("phone", Map.of("field", "phone"), "email", Map.of("field", "email")),
                "rules", List.of(Map.of("when", Map.of("field", "is_duplicate", "operator", "is_true"),
                        "action", "reject", "reason", "duplicate lead"))));
        assertThat(setup.status()).as(setup.toString()).isEqualTo(201);
        TestCampaign campaign = createCampaign(leadType);
        Api.Response step = api().postJson("/api/v1/campaigns/" + campaign.id() + "/steps", ADMIN_TOKEN,
                Map.of("setup_id", setup.json().path("id").asString(), "stop_on_reject", true));
        assertThat(step.status()).as(step.toString()).isEqualTo(201);
        return campaign;
    }

    private JsonNode post(TestCampaign campaign, Map<String, Object> lead) {
        Api.Response r = postLead(campaign, lead);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    /** The duplicate check's answer for a posted lead, as recorded. */
    private JsonNode answer(JsonNode posted) {
        JsonNode checks = api().get("/api/v1/leads/" + posted.path("lead_id").asString() + "/checks", ADMIN_TOKEN).json();
        for (JsonNode check : checks) {
            if (check.path("integration_id").asString().equals("builtin.duplicate")) {
                return JsonMapper.shared().readTree(check.path("raw_response").asString());
            }
        }
        throw new AssertionError("no duplicate check in " + checks);
    }

    private static String disposition(JsonNode posted) {
        return posted.path("disposition").asString();
    }

    private void receivedDaysAgo(JsonNode posted, int days) {
        String id = posted.path("lead_id").asString();
        Instant at = Instant.parse(posted.path("received_at").asString()).minus(Duration.ofDays(days));
        jdbc.sql("UPDATE lead SET received_at = ? WHERE id = ?").params(Sql.utc(at), id).update();
    }

    private void rejectedEarlier(JsonNode posted) {
        jdbc.sql("UPDATE lead SET disposition = 'REJECTED' WHERE id = ?").param(posted.path("lead_id").asString()).update();
    }

    /** A fresh valid phone number, as digits. */
    private static String phone() {
        return "212" + (200 + ThreadLocalRandom.current().nextInt(800)) + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    }

    private static String formatted(String digits) {
        return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
    }

    @Test
    void findsTheSameNumberWrittenAnotherWay() {
        TestCampaign campaign = campaignChecking(Map.of());
        String phone = phone();

        JsonNode first = post(campaign, Map.of("phone", formatted(phone)));
        JsonNode second = post(campaign, Map.of("phone", phone));

        assertThat(disposition(first)).isEqualTo("ACCEPTED");
        assertThat(disposition(second)).isEqualTo("REJECTED");
        assertThat(second.path("reasons").get(0).asString()).isEqualTo("duplicate lead");
        JsonNode answer = answer(second);
        assertThat(answer.path("is_duplicate").asBoolean()).isTrue();
        assertThat(answer.path("duplicate_of").asString()).isEqualTo(first.path("lead_id").asString());
        assertThat(answer.path("matched_on").asString()).isEqualTo("phone");
        assertThat(answer.path("days_since").asInt()).isZero();
        assertThat(answer.path("duplicate_campaign").asString()).isEqualTo(campaign.id());
    }

    @Test
    void comparesEmailsWithoutCase() {
        TestCampaign campaign = campaignChecking(Map.of("match_on", "email"));
        String user = "jane." + ThreadLocalRandom.current().nextInt(1_000_000);

        post(campaign, Map.of("email", user + "@Example.COM", "phone", phone()));
        JsonNode second = post(campaign, Map.of("email", user.toUpperCase() + "@example.com", "phone", phone()));

        assertThat(disposition(second)).isEqualTo("REJECTED");
        assertThat(answer(second).path("matched_on").asString()).isEqualTo("email");
    }

    @Test
    void neverCallsAnEmptyOrInvalidValueADuplicate() {
        TestCampaign campaign = campaignChecking(Map.of());

        post(campaign, Map.of("first_name", "A"));
        JsonNode empty = post(campaign, Map.of("first_name", "B"));
        post(campaign, Map.of("phone", "123"));
        JsonNode invalid = post(campaign, Map.of("phone", "123"));

        assertThat(disposition(empty)).isEqualTo("ACCEPTED");
        assertThat(answer(empty).path("is_duplicate").asBoolean()).isFalse();
        assertThat(disposition(invalid)).isEqualTo("ACCEPTED");
    }

    @Test
    void looksBackOnlyWithinTheWindow() {
        TestCampaign thirtyDays = campaignChecking(Map.of("window_days", "30"));
        TestCampaign sixtyDays = campaignChecking(Map.of("window_days", "60"));
        String outside = phone();
        String inside = phone();

        receivedDaysAgo(post(thirtyDays, Map.of("phone", outside)), 40);
        JsonNode notDuplicate = post(thirtyDays, Map.of("phone", outside));
        JsonNode earlier = post(sixtyDays, Map.of("phone", inside));
        receivedDaysAgo(earlier, 40);
        JsonNode duplicate = post(sixtyDays, Map.of("phone", inside));

        assertThat(disposition(notDuplicate)).isEqualTo("ACCEPTED");
        assertThat(disposition(duplicate)).isEqualTo("REJECTED");
        assertThat(answer(duplicate).path("days_since").asInt()).isEqualTo(40);
        assertThat(answer(duplicate).path("duplicate_of").asString()).isEqualTo(earlier.path("lead_id").asString());
    }

    @Test
    void looksInTheCampaignOrInEveryCampaignOfTheLeadType() {
        TestCampaign first = campaignChecking(Map.of("scope", "campaign"));
        TestCampaign second = campaignChecking(Map.of("scope", "campaign"));
        TestCampaign wholeLeadType = campaignChecking(Map.of("scope", "lead_type"));
        String phone = phone();

        post(first, Map.of("phone", phone));
        JsonNode otherCampaign = post(second, Map.of("phone", phone));
        JsonNode anyCampaign = post(wholeLeadType, Map.of("phone", phone));

        assertThat(disposition(otherCampaign)).isEqualTo("ACCEPTED");
        assertThat(disposition(anyCampaign)).isEqualTo("REJECTED");
        assertThat(answer(anyCampaign).path("duplicate_campaign").asString()).isEqualTo(second.id());
    }

    @Test
    void countsRejectedLeadsOnlyWhenAsked() {
        TestCampaign ignoring = campaignChecking(Map.of());
        TestCampaign counting = campaignChecking(Map.of("count_rejected", "true"));
        String fixedLater = phone();
        String refused = phone();

        rejectedEarlier(post(ignoring, Map.of("phone", fixedLater)));
        JsonNode resent = post(ignoring, Map.of("phone", fixedLater));
        rejectedEarlier(post(counting, Map.of("phone", refused)));
        JsonNode counted = post(counting, Map.of("phone", refused));

        assertThat(disposition(resent)).isEqualTo("ACCEPTED");
        assertThat(disposition(counted)).isEqualTo("REJECTED");
    }

    @Test
    void matchesPhoneAndEmailTogetherWhenAsked() {
        TestCampaign campaign = campaignChecking(Map.of("match_on", "phone_and_email"));
        String phone = phone();
        String email = "sam" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.com";

        JsonNode original = post(campaign, Map.of("phone", phone, "email", email));
        JsonNode otherEmail = post(campaign, Map.of("phone", phone, "email", "other." + email));
        JsonNode same = post(campaign, Map.of("phone", formatted(phone), "email", email));
        JsonNode noEmail = post(campaign, Map.of("phone", phone));

        assertThat(disposition(otherEmail)).isEqualTo("ACCEPTED");
        assertThat(disposition(same)).isEqualTo("REJECTED");
        assertThat(answer(same).path("matched_on").asString()).isEqualTo("phone,email");
        assertThat(answer(same).path("duplicate_of").asString()).isEqualTo(original.path("lead_id").asString());
        assertThat(disposition(noEmail)).isEqualTo("ACCEPTED");
    }

    @Test
    void findsANumberSentBeforeInAnotherPhoneField() {
        TestCampaign campaign = campaignChecking(Map.of("match_on", "phone"));
        String phone = phone();

        post(campaign, Map.of("phone", phone(), "alt_phone", formatted(phone)));
        JsonNode second = post(campaign, Map.of("phone", phone));

        assertThat(disposition(second)).isEqualTo("REJECTED");
    }

    @Test
    void doesNotFindTheLeadItselfWhenItIsScreenedAgain() {
        TestCampaign campaign = campaignChecking(Map.of());
        JsonNode posted = post(campaign, Map.of("phone", phone(), "email", "once" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.com"));

        Api.Response again = api().postJson("/api/v1/leads/" + posted.path("lead_id").asString() + "/screen", ADMIN_TOKEN, Map.of());

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("disposition").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void refusesAWindowThatIsNoWholeNumberOfDays() {
        Map<String, Object> body = new HashMap<>(Map.of("integration_id", "builtin.duplicate", "settings",
                Map.of("window_days", "0")));
        Api.Response zero = api().postJson("/api/v1/lead-types/" + leadType + "/setups", ADMIN_TOKEN, body);
        body.put("settings", Map.of("window_days", "2.5"));
        Api.Response fraction = api().postJson("/api/v1/lead-types/" + leadType + "/setups", ADMIN_TOKEN, body);

        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.json().at("/errors/0/field").asString()).isEqualTo("settings.window_days");
        assertThat(fraction.status()).isEqualTo(422);
    }
}

package io.leadgate.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.testing.Api;
import io.leadgate.testing.ApiTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Finding leads over real HTTP: every filter of {@code GET /api/v1/leads}, sorting, cursor paging, the refusals, and the
 * submissions behind the leads. Run on each database.
 */
abstract class LeadQueryApiContract extends ApiTest {

    private String leadType;
    private TestCampaign campaign;
    /** Lead ids by the first name they were posted with, in posting order. */
    private final Map<String, String> leads = new LinkedHashMap<>();
    private final Map<String, Instant> receivedAt = new HashMap<>();

    @BeforeEach
    void postLeads() {
        leadType = createLeadType(List.of(
                field("first_name", "string", true),
                field("score", "number", false),
                field("phone", "phone", false),
                field("state", "state", false),
                field("email", "email", false),
                field("date_of_birth", "date", false)));
        campaign = createCampaign(leadType);
        post("Ada", Map.of("score", "9", "phone", "(212) 555-1212", "state", "California", "email", "ada@example.com",
                "date_of_birth", "1990-05-01"));
        post("Bob", Map.of("score", "10", "phone", "+1 310 555 1313", "state", "NY", "email", "Bob@Example.org",
                "date_of_birth", "01/15/2001"));
        post("Cy", Map.of("score", "50", "state", "TX", "email", "cy@test.io"));
        post("Di", Map.of("score", "75", "state", "new york", "email", "  "));
        post("Ed", Map.of("score", "100.5", "phone", "415-555-1414"));
    }

    private void post(String firstName, Map<String, Object> fields) {
        Map<String, Object> payload = new HashMap<>(fields);
        payload.put("first_name", firstName);
        Api.Response r = postLead(campaign, payload);
        assertThat(r.status()).as("lead posted: %s", r).isEqualTo(201);
        leads.put(firstName, r.json().path("lead_id").asString());
        receivedAt.put(firstName, Instant.parse(r.json().path("received_at").asString()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** GET /api/v1/leads with a raw query string (already encoded). */
    private Api.Response search(String query) {
        return api().get("/api/v1/leads?" + query, ADMIN_TOKEN);
    }

    /** The first names of the leads of this test's lead type matching one filter expression. */
    private List<String> namesWhere(String expression) {
        return names(search("lead_type=" + leadType + "&filter=" + encode(expression)));
    }

    private List<String> names(Api.Response r) {
        assertThat(r.status()).as("search answered: %s", r).isEqualTo(200);
        List<String> names = new ArrayList<>();
        r.json().path("items").forEach(l -> names.add(l.at("/fields/first_name/raw").asString()));
        return names;
    }

    private static List<String> errorFields(Api.Response r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    @Test
    void findsTheLeadsOfOneCampaignNewestFirst() {
        TestCampaign other = createCampaign(leadType);
        postLead(other, Map.of("first_name", "Other"));

        Api.Response r = search("campaign=" + campaign.id());

        assertThat(names(r)).containsExactly("Ed", "Di", "Cy", "Bob", "Ada");
        assertThat(r.json().path("limit").asInt()).isEqualTo(50);
        assertThat(r.json().path("next_cursor").isNull()).isTrue();
        assertThat(names(search("campaign=" + other.id()))).containsExactly("Other");
        assertThat(names(search("campaign=no-such-campaign"))).isEmpty();
    }

    @Test
    void findsTheLeadsOfOneLeadType() {
        String otherType = createLeadType(List.of(field("first_name", "string", true)));
        postLead(createCampaign(otherType), Map.of("first_name", "Other"));

        assertThat(names(search("lead_type=" + leadType))).containsExactly("Ed", "Di", "Cy", "Bob", "Ada");
        assertThat(names(search("lead_type=" + otherType))).containsExactly("Other");
    }

    @Test
    void answers404ForAnUnknownLeadType() {
        Api.Response r = search("lead_type=no_such_type");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().path("detail").asString()).contains("no_such_type");
    }

    @Test
    void findsLeadsByDisposition() {
        TestCampaign onDemand = createCampaign(leadType, "on_demand");
        postLead(onDemand, Map.of("first_name", "Later"));

        assertThat(names(search("lead_type=" + leadType + "&disposition=pending"))).containsExactly("Later");
        assertThat(names(search("lead_type=" + leadType + "&disposition=ACCEPTED"))).hasSize(5).doesNotContain("Later");
        assertThat(names(search("lead_type=" + leadType + "&disposition=accepted,pending"))).hasSize(6);
        assertThat(names(search("lead_type=" + leadType + "&disposition=rejected"))).isEmpty();
    }

    @Test
    void findsLeadsReceivedBetweenTwoInstants() {
        Instant cy = receivedAt.get("Cy");

        assertThat(names(search("campaign=" + campaign.id() + "&received_from=" + encode(cy.toString()))))
                .as("from is inclusive").containsExactly("Ed", "Di", "Cy");
        assertThat(names(search("campaign=" + campaign.id() + "&received_to=" + encode(cy.toString()))))
                .as("to is exclusive").containsExactly("Bob", "Ada");
        assertThat(names(search("campaign=" + campaign.id() + "&received_from=" + encode(receivedAt.get("Bob").toString())
                + "&received_to=" + encode(receivedAt.get("Di").toString())))).containsExactly("Cy", "Bob");
        String withOffset = cy.atOffset(ZoneOffset.ofHours(-5)).toString();
        assertThat(names(search("campaign=" + campaign.id() + "&received_from=" + encode(withOffset))))
                .containsExactly("Ed", "Di", "Cy");
    }

    @Test
    void findsLeadsReceivedBetweenTwoDays() {
        LocalDate first = LocalDate.ofInstant(receivedAt.get("Ada"), ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(receivedAt.get("Ed"), ZoneOffset.UTC);

        assertThat(names(search("campaign=" + campaign.id() + "&received_from=" + first + "&received_to=" + last)))
                .as("the last day is included whole").hasSize(5);
        assertThat(names(search("campaign=" + campaign.id() + "&received_to=" + first.minusDays(1)))).isEmpty();
        assertThat(names(search("campaign=" + campaign.id() + "&received_from=" + last.plusDays(1)))).isEmpty();
    }

    @Test
    void comparesNumbersAsNumbers() {
        assertThat(namesWhere("score<50")).containsExactlyInAnyOrder("Ada", "Bob");
        assertThat(namesWhere("score<10")).as("9 < 10").containsExactly("Ada");
        assertThat(namesWhere("score>9")).containsExactlyInAnyOrder("Bob", "Cy", "Di", "Ed");
        assertThat(namesWhere("score>=10")).containsExactlyInAnyOrder("Bob", "Cy", "Di", "Ed");
        assertThat(namesWhere("score<=10")).containsExactlyInAnyOrder("Ada", "Bob");
        assertThat(namesWhere("score>100")).containsExactly("Ed");
        assertThat(namesWhere("score=50.0")).containsExactly("Cy");
        assertThat(namesWhere("score!=10")).containsExactlyInAnyOrder("Ada", "Cy", "Di", "Ed");
        assertThat(namesWhere("score<>10")).containsExactlyInAnyOrder("Ada", "Cy", "Di", "Ed");
        assertThat(namesWhere("score in 9,75")).containsExactlyInAnyOrder("Ada", "Di");
    }

    @Test
    void findsStatesGivenAsCodesOrNames() {
        assertThat(namesWhere("state in CA,NY")).containsExactlyInAnyOrder("Ada", "Bob", "Di");
        assertThat(namesWhere("state in California, new york")).containsExactlyInAnyOrder("Ada", "Bob", "Di");
        assertThat(namesWhere("state=tx")).containsExactly("Cy");
        assertThat(namesWhere("state!=NY")).containsExactlyInAnyOrder("Ada", "Cy");
    }

    @Test
    void findsTextInsideValues() {
        assertThat(namesWhere("email contains example")).containsExactlyInAnyOrder("Ada", "Bob");
        assertThat(namesWhere("email contains EXAMPLE.ORG")).containsExactly("Bob");
        assertThat(namesWhere("first_name contains d")).containsExactlyInAnyOrder("Ada", "Di", "Ed");
        assertThat(namesWhere("email contains %")).as("a LIKE wildcard is a plain character").isEmpty();
        assertThat(namesWhere("email contains _")).isEmpty();
    }

    @Test
    void findsPhonesHoweverTheyAreWritten() {
        assertThat(namesWhere("phone=(212) 555-1212")).containsExactly("Ada");
        assertThat(namesWhere("phone=+12125551212")).containsExactly("Ada");
        assertThat(namesWhere("phone in 212.555.1212, 4155551414")).containsExactlyInAnyOrder("Ada", "Ed");
    }

    @Test
    void findsBlankAndNonBlankFields() {
        assertThat(namesWhere("email is blank")).as("a blank value is no value").containsExactlyInAnyOrder("Di", "Ed");
        assertThat(namesWhere("email is not blank")).containsExactlyInAnyOrder("Ada", "Bob", "Cy");
        assertThat(namesWhere("phone is blank")).containsExactlyInAnyOrder("Cy", "Di");
    }

    @Test
    void findsDatesByTheirOrder() {
        assertThat(namesWhere("date_of_birth>=2000-01-01")).containsExactly("Bob");
        assertThat(namesWhere("date_of_birth<01/01/2000")).containsExactly("Ada");
        assertThat(namesWhere("date_of_birth=2001-01-15")).containsExactly("Bob");
    }

    @Test
    void combinesFiltersWithAnd() {
        Api.Response r = search("lead_type=" + leadType + "&filter=" + encode("state in CA,NY") + "&filter=" + encode("score>=10"));

        assertThat(names(r)).containsExactlyInAnyOrder("Bob", "Di");
    }

    @Test
    void readsFiltersWrittenAsBareParameters() {
        assertThat(names(search("lead_type=" + leadType + "&state=CA"))).containsExactly("Ada");
        assertThat(names(search("lead_type=" + leadType + "&state=California"))).containsExactly("Ada");
        assertThat(names(search("lead_type=" + leadType + "&score%3C50"))).containsExactlyInAnyOrder("Ada", "Bob");
        assertThat(names(search("lead_type=" + leadType + "&score%3E=50"))).containsExactlyInAnyOrder("Cy", "Di", "Ed");
        assertThat(names(search("lead_type=" + leadType + "&score!=9&state=NY"))).containsExactlyInAnyOrder("Bob", "Di");
        assertThat(names(search("lead_type=" + leadType + "&" + encode("email is blank")))).containsExactlyInAnyOrder("Di", "Ed");
        assertThat(names(search("lead_type=" + leadType + "&phone=" + encode("(212) 555-1212")))).containsExactly("Ada");
    }

    @Test
    void pagesThroughEveryLeadWithACursor() {
        List<String> seen = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Response r = search("campaign=" + campaign.id() + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().path("items").size()).isLessThanOrEqualTo(2);
            r.json().path("items").forEach(l -> seen.add(l.path("id").asString()));
            cursor = r.json().path("next_cursor").isNull() ? null : r.json().path("next_cursor").asString();
            assertThat(cursor == null || cursors.add(cursor)).as("a cursor is never repeated").isTrue();
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().hasSize(5);
        assertThat(seen).containsExactlyElementsOf(leads.values().stream().toList().reversed());
    }

    @Test
    void pagesOldestFirstWhenSortedByReceivedAt() {
        Api.Response first = search("campaign=" + campaign.id() + "&sort=received_at&limit=3");
        Api.Response second = search("campaign=" + campaign.id() + "&sort=received_at&limit=3&cursor="
                + first.json().path("next_cursor").asString());

        assertThat(names(first)).containsExactly("Ada", "Bob", "Cy");
        assertThat(names(second)).containsExactly("Di", "Ed");
        assertThat(second.json().path("next_cursor").isNull()).isTrue();
        assertThat(names(search("campaign=" + campaign.id() + "&sort=-received_at&limit=1"))).containsExactly("Ed");
    }

    @Test
    void pagesThroughFilteredLeads() {
        Api.Response first = search("lead_type=" + leadType + "&filter=" + encode("score>=10") + "&limit=3");
        Api.Response second = search("lead_type=" + leadType + "&filter=" + encode("score>=10") + "&limit=3&cursor="
                + first.json().path("next_cursor").asString());

        assertThat(names(first)).containsExactly("Ed", "Di", "Cy");
        assertThat(names(second)).containsExactly("Bob");
    }

    @Test
    void refusesAnUnknownFieldNamingIt() {
        Api.Response r = search("lead_type=" + leadType + "&filter=" + encode("fraud_score<50"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("error").asString()).isEqualTo("invalid_query");
        assertThat(errorFields(r)).containsExactly("fraud_score");
        assertThat(errorFields(search("lead_type=" + leadType + "&fraud_score%3C50"))).containsExactly("fraud_score");
    }

    @Test
    void refusesAFilterWithoutAKnownOperator() {
        Api.Response r = search("lead_type=" + leadType + "&filter=" + encode("score ~ 50"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(errorFields(r)).containsExactly("filter");
        assertThat(r.json().path("detail").asString()).contains("score ~ 50");
        assertThat(search("lead_type=" + leadType + "&filter=" + encode("score between 1 and 5")).status()).isEqualTo(400);
    }

    @Test
    void refusesANumberFilterWithoutANumber() {
        Api.Response r = search("lead_type=" + leadType + "&filter=" + encode("score<fifty"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(errorFields(r)).containsExactly("score");
        assertThat(r.json().path("detail").asString()).contains("fifty");
    }

    @Test
    void refusesADateFilterWithoutADate() {
        Api.Response r = search("lead_type=" + leadType + "&filter=" + encode("date_of_birth>=someday"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(errorFields(r)).containsExactly("date_of_birth");
    }

    @Test
    void refusesABadLimit() {
        for (String limit : List.of("0", "501", "ten")) {
            Api.Response r = search("campaign=" + campaign.id() + "&limit=" + limit);

            assertThat(r.status()).as(limit).isEqualTo(400);
            assertThat(errorFields(r)).as(limit).containsExactly("limit");
        }
    }

    @Test
    void refusesACursorItDidNotGive() {
        Api.Response r = search("campaign=" + campaign.id() + "&cursor=not-a-cursor");

        assertThat(r.status()).isEqualTo(400);
        assertThat(errorFields(r)).containsExactly("cursor");
    }

    @Test
    void refusesBadDates() {
        Api.Response r = search("campaign=" + campaign.id() + "&received_from=yesterday&received_to=2026-02-30");

        assertThat(r.status()).isEqualTo(400);
        assertThat(errorFields(r)).containsExactlyInAnyOrder("received_from", "received_to");
    }

    @Test
    void refusesABadSortAndDisposition() {
        Api.Response r = search("campaign=" + campaign.id() + "&sort=score&disposition=maybe");

        assertThat(r.status()).isEqualTo(400);
        assertThat(errorFields(r)).containsExactlyInAnyOrder("sort", "disposition");
    }

    @Test
    void readsOneLeadWithRawAndNormalisedFields() {
        Map<String, Object> payload = Map.of("first_name", "Fay", "phone", "(212) 555-1212", "state", "new york",
                "score", "1,200", "utm_source", "facebook");
        Api.Response posted = postLead(campaign, payload);

        Api.Response r = api().get("/api/v1/leads/" + posted.json().path("lead_id").asString(), ADMIN_TOKEN);

        assertThat(r.status()).isEqualTo(200);
        JsonNode lead = r.json();
        assertThat(lead.path("id").asString()).isEqualTo(posted.json().path("lead_id").asString());
        assertThat(lead.path("campaign_id").asString()).isEqualTo(campaign.id());
        assertThat(lead.path("lead_type_id").asString()).isEqualTo(leadType);
        assertThat(lead.path("disposition").asString()).isEqualTo("ACCEPTED");
        assertThat(lead.path("reasons").isArray()).isTrue();
        assertThat(lead.at("/fields/phone/raw").asString()).isEqualTo("(212) 555-1212");
        assertThat(lead.at("/fields/phone/e164").asString()).isEqualTo("+12125551212");
        assertThat(lead.at("/fields/state/code").asString()).isEqualTo("NY");
        assertThat(lead.at("/fields/score/text").asString()).isEqualTo("1200");
        assertThat(lead.at("/extra/utm_source").asString()).isEqualTo("facebook");
        assertThat(lead.path("received_at").asString()).isEqualTo(posted.json().path("received_at").asString());
        assertThat(lead.path("submission_id").asString()).isEqualTo(posted.json().path("submission_id").asString());
    }

    @Test
    void answers404ForAnUnknownLead() {
        Api.Response r = api().get("/api/v1/leads/0190a0b2-0000-7000-8000-000000000000", ADMIN_TOKEN);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().path("error").asString()).isEqualTo("not_found");
    }

    @Test
    void listsTheSubmissionsOfACampaignNewestFirst() {
        postLead(campaign, Map.of("score", "1"));

        Api.Response r = api().get("/api/v1/submissions?campaign=" + campaign.id(), ADMIN_TOKEN);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().size()).isEqualTo(6);
        JsonNode refused = r.json().get(0);
        assertThat(refused.path("outcome").asString()).isEqualTo("invalid");
        assertThat(refused.path("http_status").asInt()).isEqualTo(422);
        assertThat(refused.path("errors").get(0).path("field").asString()).isEqualTo("first_name");
        assertThat(refused.path("lead_id").isNull()).isTrue();
        assertThat(refused.path("key_hint").asString()).isEqualTo(campaign.key().substring(campaign.key().length() - 4));
        JsonNode stored = r.json().get(1);
        assertThat(stored.path("outcome").asString()).isEqualTo("stored");
        assertThat(stored.path("lead_id").asString()).isEqualTo(leads.get("Ed"));
        assertThat(stored.path("body").asString()).contains("415-555-1414");
        assertThat(stored.path("content_type").asString()).startsWith("application/json");
    }

    @Test
    void listsSubmissionsByOutcomeAndLimit() {
        postLead(campaign, Map.of("score", "1"));

        List<JsonNode> invalid = new ArrayList<>();
        api().get("/api/v1/submissions?campaign=" + campaign.id() + "&outcome=invalid", ADMIN_TOKEN).json().forEach(invalid::add);
        Api.Response limited = api().get("/api/v1/submissions?campaign=" + campaign.id() + "&limit=2", ADMIN_TOKEN);

        assertThat(invalid).hasSize(1);
        assertThat(limited.json().size()).isEqualTo(2);
    }

    @Test
    void refusesABadSubmissionsLimit() {
        Api.Response zero = api().get("/api/v1/submissions?limit=0", ADMIN_TOKEN);
        Api.Response text = api().get("/api/v1/submissions?limit=ten", ADMIN_TOKEN);

        assertThat(zero.status()).isEqualTo(400);
        assertThat(errorFields(zero)).containsExactly("limit");
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().path("detail").asString()).contains("limit");
    }

    @Test
    void readsOneSubmission() {
        Api.Response posted = postLead(campaign, Map.of("first_name", "Gus"));
        String id = posted.json().path("submission_id").asString();

        Api.Response r = api().get("/api/v1/submissions/" + id, ADMIN_TOKEN);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("id").asString()).isEqualTo(id);
        assertThat(r.json().path("campaign_id").asString()).isEqualTo(campaign.id());
        assertThat(r.json().path("lead_id").asString()).isEqualTo(posted.json().path("lead_id").asString());
        assertThat(r.json().path("http_status").asInt()).isEqualTo(201);
        assertThat(api().get("/api/v1/submissions/no-such-submission", ADMIN_TOKEN).status()).isEqualTo(404);
    }

    @Test
    void requiresAnAdminToken() {
        assertThat(api().get("/api/v1/leads?campaign=" + campaign.id(), null).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/leads/" + leads.get("Ada"), campaign.key()).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/submissions?campaign=" + campaign.id(), campaign.key()).status()).isEqualTo(401);
    }

    @Test
    void readsFieldFiltersWithTheTypesOfTheCampaignsLeadType() {
        String textScore = createLeadType(List.of(field("score", "string", false), field("phone", "phone", true)));
        String numberScore = createLeadType(List.of(field("score", "number", false), field("phone", "phone", true)));
        TestCampaign campaign = createCampaign(numberScore);
        createCampaign(textScore);
        postLead(campaign, Map.of("phone", "2125551212", "score", "9"));
        postLead(campaign, Map.of("phone", "2125551213", "score", "10"));

        Api.Response r = api().get("/api/v1/leads?campaign=" + campaign.id() + "&filter=" + encode("score>9"), ADMIN_TOKEN);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("items").size()).isEqualTo(1);
        assertThat(r.json().path("items").get(0).at("/fields/score/value").asInt()).isEqualTo(10);
    }
}

package io.leadgate.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.testing.Api;
import io.leadgate.testing.ApiTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The admin API for lead types and their fields over real HTTP: every change, every refusal. Run on each database. */
abstract class LeadTypeApiContract extends ApiTest {

    private static final String LEAD_TYPES = "/api/v1/lead-types";

    private static Map<String, Object> leadType(String id, List<Map<String, Object>> fields) {
        return Map.of("id", id, "name", "Solar " + id, "description", "Homeowners asking for solar quotes", "fields", fields);
    }

    private static Map<String, Object> solarFields(String id) {
        return leadType(id, List.of(
                field("first_name", "string", true),
                Map.of("name", "phone", "label", "Mobile phone", "type", "phone", "required", true, "default_region", "ca"),
                field("email", "email", false),
                Map.of("name", "roof_type", "type", "choice", "choices", List.of("shingle", "metal", "tile"))));
    }

    /** A field declaration with any of its parts. */
    private static Map<String, Object> fieldWith(Object... nameValuePairs) {
        Map<String, Object> field = new HashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            field.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return field;
    }

    private Api.Response create(Object body) {
        return api().postJson(LEAD_TYPES, ADMIN_TOKEN, body);
    }

    private String path(String leadTypeId) {
        return LEAD_TYPES + "/" + leadTypeId;
    }

    private static List<String> errorFields(Api.Response r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    private static JsonNode error(Api.Response r, String field) {
        for (JsonNode e : r.json().path("errors")) {
            if (e.path("field").asString().equals(field)) {
                return e;
            }
        }
        throw new AssertionError("no error on " + field + " in " + r);
    }

    private static List<String> fieldNames(JsonNode leadType) {
        List<String> names = new ArrayList<>();
        leadType.path("fields").forEach(f -> names.add(f.path("name").asString()));
        return names;
    }

    @Test
    void createsALeadTypeWithTypedFields() {
        String id = unique("solar");

        Api.Response r = create(solarFields(id));

        assertThat(r.status()).isEqualTo(201);
        JsonNode body = r.json();
        assertThat(body.path("id").asString()).isEqualTo(id);
        assertThat(body.path("name").asString()).isEqualTo("Solar " + id);
        assertThat(body.path("description").asString()).isEqualTo("Homeowners asking for solar quotes");
        assertThat(fieldNames(body)).containsExactly("first_name", "phone", "email", "roof_type");
        JsonNode phone = body.path("fields").get(1);
        assertThat(phone.path("label").asString()).isEqualTo("Mobile phone");
        assertThat(phone.path("type").asString()).isEqualTo("phone");
        assertThat(phone.path("required").asBoolean()).isTrue();
        assertThat(phone.path("default_region").asString()).isEqualTo("CA");
        assertThat(body.path("fields").get(0).path("label").asString()).as("default label").isEqualTo("First name");
        assertThat(body.path("fields").get(3).path("choices").size()).isEqualTo(3);
        assertThat(body.path("fields").get(3).path("required").asBoolean()).isFalse();
        assertThat(body.path("created_at").asString()).isNotBlank();
    }

    @Test
    void readsALeadTypeBackAsCreated() {
        String id = unique("solar");
        JsonNode created = create(solarFields(id)).json();

        Api.Response r = api().get(path(id), ADMIN_TOKEN);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("fields")).isEqualTo(created.path("fields"));
        assertThat(r.json().path("name").asString()).isEqualTo(created.path("name").asString());
    }

    @Test
    void listsLeadTypesWithTheirFields() {
        String first = unique("solar");
        String second = unique("roofing");
        create(solarFields(first));
        create(leadType(second, List.of(field("phone", "phone", true))));

        Api.Response r = api().get(LEAD_TYPES, ADMIN_TOKEN);

        assertThat(r.status()).isEqualTo(200);
        List<JsonNode> mine = new ArrayList<>();
        r.json().forEach(t -> {
            if (t.path("id").asString().equals(first) || t.path("id").asString().equals(second)) {
                mine.add(t);
            }
        });
        assertThat(mine).hasSize(2);
        assertThat(mine).allSatisfy(t -> assertThat(t.path("fields").size()).isPositive());
    }

    @Test
    void createsALeadTypeWithoutFields() {
        String id = unique("empty");

        Api.Response r = create(Map.of("id", id, "name", "Empty"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("fields").size()).isZero();
    }

    @Test
    void updatesNameDescriptionAndFields() {
        String id = unique("solar");
        create(solarFields(id));

        Api.Response r = api().putJson(path(id), ADMIN_TOKEN, Map.of("name", "Solar panels", "description", "",
                "fields", List.of(field("phone", "phone", true), field("monthly_bill", "number", false))));

        assertThat(r.status()).isEqualTo(200);
        JsonNode stored = api().get(path(id), ADMIN_TOKEN).json();
        assertThat(stored.path("name").asString()).isEqualTo("Solar panels");
        assertThat(stored.path("description").isNull()).isTrue();
        assertThat(fieldNames(stored)).containsExactly("phone", "monthly_bill");
        assertThat(stored.path("updated_at").asString()).isNotEqualTo(stored.path("created_at").asString());
    }

    @Test
    void keepsFieldsWhenAnUpdateOnlyRenames() {
        String id = unique("solar");
        create(solarFields(id));

        Api.Response r = api().putJson(path(id), ADMIN_TOKEN, Map.of("name", "Renamed"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(fieldNames(api().get(path(id), ADMIN_TOKEN).json())).containsExactly("first_name", "phone", "email", "roof_type");
    }

    @Test
    void refusesToChangeTheIdOfALeadType() {
        String id = unique("solar");
        create(solarFields(id));

        Api.Response r = api().putJson(path(id), ADMIN_TOKEN, Map.of("id", "other_id"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(errorFields(r)).containsExactly("id");
    }

    @Test
    void addsOneFieldAtTheEnd() {
        String id = unique("solar");
        create(solarFields(id));

        Api.Response r = api().postJson(path(id) + "/fields", ADMIN_TOKEN,
                Map.of("name", "postal_code", "label", "ZIP", "type", "postal_code", "required", true));

        assertThat(r.status()).isEqualTo(201);
        JsonNode stored = api().get(path(id), ADMIN_TOKEN).json();
        assertThat(fieldNames(stored)).containsExactly("first_name", "phone", "email", "roof_type", "postal_code");
        assertThat(stored.path("fields").get(4).path("label").asString()).isEqualTo("ZIP");
        assertThat(stored.path("fields").get(1).path("default_region").asString()).as("others untouched").isEqualTo("CA");
    }

    @Test
    void refusesToAddAFieldThatExists() {
        String id = unique("solar");
        create(solarFields(id));

        Api.Response r = api().postJson(path(id) + "/fields", ADMIN_TOKEN, field("email", "string", false));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().path("detail").asString()).contains("email");
    }

    @Test
    void refusesABadFieldAddedAloneNamingItsParts() {
        String id = unique("solar");
        create(solarFields(id));

        Api.Response r = api().postJson(path(id) + "/fields", ADMIN_TOKEN, Map.of("name", "Bad Name", "type", "colour"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(errorFields(r)).containsExactlyInAnyOrder("name", "type");
        assertThat(fieldNames(api().get(path(id), ADMIN_TOKEN).json())).hasSize(4);
    }

    @Test
    void updatesOneFieldInPlace() {
        String id = unique("solar");
        create(solarFields(id));

        Api.Response r = api().putJson(path(id) + "/fields/email", ADMIN_TOKEN, Map.of("label", "E-mail", "required", true));

        assertThat(r.status()).isEqualTo(200);
        JsonNode email = api().get(path(id), ADMIN_TOKEN).json().path("fields").get(2);
        assertThat(email.path("name").asString()).isEqualTo("email");
        assertThat(email.path("label").asString()).isEqualTo("E-mail");
        assertThat(email.path("required").asBoolean()).isTrue();
        assertThat(email.path("type").asString()).isEqualTo("email");
    }

    @Test
    void changesAFieldTypeWhileNoLeadsExist() {
        String id = unique("solar");
        create(leadType(id, List.of(field("phone", "phone", true), field("roof_age", "string", false))));

        Api.Response r = api().putJson(path(id) + "/fields/roof_age", ADMIN_TOKEN, Map.of("type", "number"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(api().get(path(id), ADMIN_TOKEN).json().path("fields").get(1).path("type").asString()).isEqualTo("number");
    }

    @Test
    void refusesToRenameAFieldInPlace() {
        String id = unique("solar");
        create(solarFields(id));

        Api.Response r = api().putJson(path(id) + "/fields/email", ADMIN_TOKEN, Map.of("name", "e_mail"));

        assertThat(r.status()).isEqualTo(422);
        assertThat(errorFields(r)).containsExactly("name");
    }

    @Test
    void removesOneField() {
        String id = unique("solar");
        create(solarFields(id));

        Api.Response r = api().delete(path(id) + "/fields/email", ADMIN_TOKEN);

        assertThat(r.status()).isEqualTo(200);
        assertThat(fieldNames(api().get(path(id), ADMIN_TOKEN).json())).containsExactly("first_name", "phone", "roof_type");
    }

    @Test
    void refusesFieldTypeChangeOnceLeadsExist() {
        String id = createLeadType(List.of(field("phone", "phone", true), field("roof_age", "string", false)));
        TestCampaign campaign = createCampaign(id);
        assertThat(postLead(campaign, Map.of("phone", "2125551212", "roof_age", "12")).status()).isEqualTo(201);

        Api.Response one = api().putJson(path(id) + "/fields/roof_age", ADMIN_TOKEN, Map.of("type", "number"));
        Api.Response whole = api().putJson(path(id), ADMIN_TOKEN,
                Map.of("fields", List.of(field("phone", "phone", true), field("roof_age", "number", false))));

        assertThat(one.status()).isEqualTo(422);
        assertThat(error(one, "type").path("code").asString()).isEqualTo("immutable");
        assertThat(error(one, "type").path("message").asString()).contains("string").contains("number");
        assertThat(whole.status()).isEqualTo(422);
        assertThat(errorFields(whole)).containsExactly("fields[1].type");
        assertThat(api().get(path(id), ADMIN_TOKEN).json().path("fields").get(1).path("type").asString()).isEqualTo("string");
    }

    @Test
    void changesLabelAndRequiredOnceLeadsExist() {
        String id = createLeadType(List.of(field("phone", "phone", true), field("roof_age", "string", false)));
        TestCampaign campaign = createCampaign(id);
        assertThat(postLead(campaign, Map.of("phone", "2125551212")).status()).isEqualTo(201);

        Api.Response r = api().putJson(path(id) + "/fields/roof_age", ADMIN_TOKEN,
                Map.of("label", "Roof age (years)", "required", true, "type", "string"));

        assertThat(r.status()).isEqualTo(200);
        JsonNode roofAge = api().get(path(id), ADMIN_TOKEN).json().path("fields").get(1);
        assertThat(roofAge.path("label").asString()).isEqualTo("Roof age (years)");
        assertThat(roofAge.path("required").asBoolean()).isTrue();
        assertThat(postLead(campaign, Map.of("phone", "2125551212")).status()).as("now required").isEqualTo(422);
    }

    @Test
    void addsAndRemovesFieldsOnceLeadsExist() {
        String id = createLeadType(List.of(field("phone", "phone", true), field("roof_age", "string", false)));
        TestCampaign campaign = createCampaign(id);
        String leadId = postLead(campaign, Map.of("phone", "2125551212", "roof_age", "12")).json().path("lead_id").asString();

        assertThat(api().postJson(path(id) + "/fields", ADMIN_TOKEN, field("roof_size", "number", false)).status()).isEqualTo(201);
        assertThat(api().delete(path(id) + "/fields/roof_age", ADMIN_TOKEN).status()).isEqualTo(200);

        assertThat(api().get("/api/v1/leads/" + leadId, ADMIN_TOKEN).json().at("/fields/roof_age/raw").asString())
                .as("values already received stay on the lead").isEqualTo("12");
    }

    @Test
    void refusesAnUnknownFieldTypeListingTheValidOnes() {
        Api.Response r = create(leadType(unique("solar"), List.of(field("phone", "phone", true), field("colour", "colour", false))));

        assertThat(r.status()).isEqualTo(422);
        assertThat(errorFields(r)).containsExactly("fields[1].type");
        assertThat(error(r, "fields[1].type").path("message").asString())
                .contains("colour")
                .contains("phone, email, ip, state, postal_code, trustedform_url, string, number, boolean, date, choice");
    }

    @Test
    void refusesAFieldWithoutAType() {
        Api.Response r = create(leadType(unique("solar"), List.of(fieldWith("name", "phone"))));

        assertThat(r.status()).isEqualTo(422);
        assertThat(error(r, "fields[0].type").path("code").asString()).isEqualTo("required");
    }

    @Test
    void refusesFieldNamesThatAreNotSnakeCase() {
        Api.Response r = create(leadType(unique("solar"), List.of(
                field("firstName", "string", false),
                field("first name", "string", false),
                field("1st_name", "string", false),
                field("first-name", "string", false),
                field("x".repeat(65), "string", false),
                field("ok_name", "string", false),
                fieldWith("type", "string"))));

        assertThat(r.status()).isEqualTo(422);
        assertThat(errorFields(r)).containsExactly("fields[0].name", "fields[1].name", "fields[2].name", "fields[3].name",
                "fields[4].name", "fields[6].name");
        assertThat(error(r, "fields[0].name").path("message").asString()).contains("firstName").contains("snake_case");
        assertThat(error(r, "fields[6].name").path("code").asString()).isEqualTo("required");
    }

    @Test
    void refusesDuplicateFieldNames() {
        Api.Response r = create(leadType(unique("solar"), List.of(
                field("phone", "phone", true), field("email", "email", false), field("phone", "string", false))));

        assertThat(r.status()).isEqualTo(422);
        assertThat(errorFields(r)).containsExactly("fields[2].name");
        assertThat(error(r, "fields[2].name").path("code").asString()).isEqualTo("duplicate");
    }

    @Test
    void refusesAChoiceFieldWithoutChoices() {
        Api.Response r = create(leadType(unique("solar"), List.of(
                fieldWith("name", "roof_type", "type", "choice"),
                fieldWith("name", "roof_colour", "type", "choice", "choices", List.of(" ", "")))));

        assertThat(r.status()).isEqualTo(422);
        assertThat(errorFields(r)).containsExactly("fields[0].choices", "fields[1].choices");
    }

    @Test
    void refusesChoicesOnAFieldThatIsNotAChoice() {
        Api.Response r = create(leadType(unique("solar"), List.of(
                fieldWith("name", "roof_type", "type", "string", "choices", List.of("metal")))));

        assertThat(r.status()).isEqualTo(422);
        assertThat(error(r, "fields[0].choices").path("code").asString()).isEqualTo("not_allowed");
    }

    @Test
    void refusesADefaultRegionOnAFieldThatIsNotAPhone() {
        Api.Response r = create(leadType(unique("solar"), List.of(
                fieldWith("name", "email", "type", "email", "default_region", "US"))));

        assertThat(r.status()).isEqualTo(422);
        assertThat(error(r, "fields[0].default_region").path("code").asString()).isEqualTo("not_allowed");
    }

    @Test
    void refusesAnUnknownDefaultRegion() {
        Api.Response r = create(leadType(unique("solar"), List.of(
                fieldWith("name", "phone", "type", "phone", "default_region", "XX"),
                fieldWith("name", "mobile", "type", "phone", "default_region", "USA"))));

        assertThat(r.status()).isEqualTo(422);
        assertThat(errorFields(r)).containsExactly("fields[0].default_region", "fields[1].default_region");
        assertThat(error(r, "fields[0].default_region").path("message").asString()).contains("XX");
    }

    @Test
    void refusesAMissingNameAndIdNamingBoth() {
        Api.Response r = create(Map.of("fields", List.of(field("phone", "phone", true))));

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("error").asString()).isEqualTo("invalid");
        assertThat(errorFields(r)).containsExactlyInAnyOrder("id", "name");
    }

    @Test
    void refusesABadIdAndABlankName() {
        Api.Response r = create(Map.of("id", "Solar Leads", "name", "  "));

        assertThat(r.status()).isEqualTo(422);
        assertThat(errorFields(r)).containsExactlyInAnyOrder("id", "name");
    }

    @Test
    void listsEveryErrorOfALeadTypeAtOnce() {
        Api.Response r = create(Map.of("id", "BAD", "fields", List.of(
                field("phone", "telephone", true),
                fieldWith("name", "state", "type", "state", "default_region", "US"))));

        assertThat(r.status()).isEqualTo(422);
        assertThat(errorFields(r)).containsExactlyInAnyOrder("id", "name", "fields[0].type", "fields[1].default_region");
    }

    @Test
    void refusesANameTooLongToStore() {
        Api.Response r = create(Map.of("id", unique("solar"), "name", "n".repeat(201)));

        assertThat(r.status()).isEqualTo(422);
        assertThat(errorFields(r)).containsExactly("name");
    }

    @Test
    void refusesALabelTooLongToStore() {
        Api.Response r = create(leadType(unique("solar"), List.of(fieldWith("name", "phone", "type", "phone", "label", "l".repeat(201)))));

        assertThat(r.status()).isEqualTo(422);
        assertThat(errorFields(r)).containsExactly("fields[0].label");
    }

    @Test
    void refusesADuplicateIdWith409() {
        String id = unique("solar");
        create(solarFields(id));

        Api.Response r = create(leadType(id, List.of(field("phone", "phone", true))));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().path("error").asString()).isEqualTo("conflict");
        assertThat(r.json().path("detail").asString()).contains(id);
        assertThat(fieldNames(api().get(path(id), ADMIN_TOKEN).json())).as("first one untouched").hasSize(4);
    }

    @Test
    void refusesMalformedJsonWith400() {
        Api.Response r = api().post(LEAD_TYPES, ADMIN_TOKEN, "application/json", "{\"id\": \"x\",", Map.of());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("error").asString()).isEqualTo("malformed_body");
    }

    @Test
    void deletesALeadTypeNobodyUses() {
        String id = unique("solar");
        create(solarFields(id));

        assertThat(api().delete(path(id), ADMIN_TOKEN).status()).isEqualTo(204);
        assertThat(api().get(path(id), ADMIN_TOKEN).status()).isEqualTo(404);
    }

    @Test
    void refusesToDeleteALeadTypeUsedByACampaign() {
        String id = createLeadType(List.of(field("phone", "phone", true)));
        createCampaign(id);

        Api.Response r = api().delete(path(id), ADMIN_TOKEN);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().path("detail").asString()).contains("campaign");
        assertThat(api().get(path(id), ADMIN_TOKEN).status()).isEqualTo(200);
    }

    @Test
    void answers404ForWhatDoesNotExist() {
        String id = unique("solar");
        create(solarFields(id));

        assertThat(api().get(path("no_such_type"), ADMIN_TOKEN).status()).isEqualTo(404);
        assertThat(api().putJson(path("no_such_type"), ADMIN_TOKEN, Map.of("name", "x")).status()).isEqualTo(404);
        assertThat(api().delete(path("no_such_type"), ADMIN_TOKEN).status()).isEqualTo(404);
        assertThat(api().postJson(path("no_such_type") + "/fields", ADMIN_TOKEN, field("x", "string", false)).status()).isEqualTo(404);
        assertThat(api().putJson(path(id) + "/fields/no_such_field", ADMIN_TOKEN, Map.of("label", "x")).status()).isEqualTo(404);
        Api.Response r = api().delete(path(id) + "/fields/no_such_field", ADMIN_TOKEN);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().path("error").asString()).isEqualTo("not_found");
        assertThat(r.json().path("detail").asString()).contains("no_such_field");
    }

    @Test
    void requiresAnAdminToken() {
        String id = unique("solar");
        create(solarFields(id));

        Api.Response none = api().get(LEAD_TYPES, null);
        Api.Response postingKey = api().get(LEAD_TYPES, DEMO_KEY);
        Api.Response wrong = api().get(path(id), "lga_not_a_token_0000000000000");
        Api.Response createWithKey = api().postJson(LEAD_TYPES, DEMO_KEY, solarFields(unique("solar")));
        Api.Response deleteWithoutToken = api().delete(path(id), null);

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().path("error").asString()).isEqualTo("unauthorized");
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(postingKey.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(createWithKey.status()).isEqualTo(401);
        assertThat(deleteWithoutToken.status()).isEqualTo(401);
        assertThat(api().get(path(id), ADMIN_TOKEN).status()).as("not deleted").isEqualTo(200);
    }
}

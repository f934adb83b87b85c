package io.leadgate.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import io.leadgate.lead.field.PhoneValue;
import io.leadgate.support.FieldError;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class LeadNormaliserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static FieldDefinition field(String name, FieldType type, boolean required) {
        return new FieldDefinition(name, name, type, required, List.of(), null);
    }

    private static LeadType autoInsurance() {
        return new LeadType("auto_insurance", "Auto insurance", null, List.of(
                field("first_name", FieldType.STRING, true),
                field("phone", FieldType.PHONE, true),
                field("email", FieldType.EMAIL, false),
                field("score", FieldType.NUMBER, false)), Instant.EPOCH, Instant.EPOCH);
    }

    private static ObjectNode payload(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    private static LeadNormaliser.Result normalise(String json) {
        return LeadNormaliser.normalise(autoInsurance(), payload(json));
    }

    private static List<String> fieldsIn(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void normalisesEveryFieldSentUnderItsExactName() {
        LeadNormaliser.Result r = normalise("""
                {"first_name": "Ada", "phone": "(212) 555-1212", "email": "Ada@Example.COM", "score": "1,200"}""");

        assertThat(r.errors()).isEmpty();
        assertThat(r.fields()).containsOnlyKeys("first_name", "phone", "email", "score");
        assertThat(r.fields().get("first_name").text()).isEqualTo("Ada");
        assertThat(((PhoneValue) r.fields().get("phone")).e164()).isEqualTo("+12125551212");
        assertThat(r.fields().get("score").text()).isEqualTo("1200");
        assertThat(r.extra().isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"firstName", "First-Name", "FIRST_NAME", "first name", "FirstName", " first_name "})
    void readsLookAlikeKeysAsTheField(String key) {
        ObjectNode p = payload("{\"phone\": \"2125551212\"}");
        p.put(key, "Bob");

        LeadNormaliser.Result r = LeadNormaliser.normalise(autoInsurance(), p);

        assertThat(r.errors()).isEmpty();
        assertThat(r.fields().get("first_name").raw()).isEqualTo("Bob");
        assertThat(r.extra().has(key)).isFalse();
    }

    @Test
    void letsTheExactNameWinOverALookAlikeWhicheverComesFirst() {
        LeadNormaliser.Result r = normalise("""
                {"firstName": "Look", "phone": "2125551212", "first_name": "Exact"}""");

        assertThat(r.fields().get("first_name").raw()).isEqualTo("Exact");
        assertThat(r.extra().path("firstName").asString()).isEqualTo("Look");
    }

    @Test
    void letsTheFirstLookAlikeWinOverLaterOnes() {
        LeadNormaliser.Result r = normalise("""
                {"First-Name": "First", "FIRST_NAME": "Second", "phone": "2125551212"}""");

        assertThat(r.fields().get("first_name").raw()).isEqualTo("First");
        assertThat(r.extra().path("FIRST_NAME").asString()).isEqualTo("Second");
    }

    @Test
    void keepsUnknownKeysAsExtraDataAsSent() {
        LeadNormaliser.Result r = normalise("""
                {"first_name": "Ada", "phone": "2125551212", "utm_source": "facebook", "sub": {"id": 7}, "tags": ["a", "b"]}""");

        assertThat(r.errors()).isEmpty();
        assertThat(r.extra().path("utm_source").asString()).isEqualTo("facebook");
        assertThat(r.extra().at("/sub/id").asInt()).isEqualTo(7);
        assertThat(r.extra().path("tags").size()).isEqualTo(2);
        assertThat(r.fields()).doesNotContainKeys("utm_source", "sub", "tags");
    }

    @Test
    void refusesAListForAFieldAndKeepsIt() {
        LeadNormaliser.Result r = normalise("""
                {"first_name": "Ada", "phone": ["2125551212", "2125551313"]}""");

        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("phone");
            assertThat(e.code()).isEqualTo("not_a_single_value");
            assertThat(e.message()).contains("list");
        });
        assertThat(r.extra().path("phone").size()).isEqualTo(2);
    }

    @Test
    void refusesAnObjectForAnOptionalFieldToo() {
        LeadNormaliser.Result r = normalise("""
                {"first_name": "Ada", "phone": "2125551212", "email": {"address": "ada@example.com"}}""");

        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("email");
            assertThat(e.code()).isEqualTo("not_a_single_value");
            assertThat(e.message()).contains("object");
        });
        assertThat(r.fields()).doesNotContainKey("email");
    }

    @Test
    void reportsEveryMissingRequiredField() {
        LeadNormaliser.Result r = normalise("{\"email\": \"ada@example.com\"}");

        assertThat(fieldsIn(r.errors())).containsExactlyInAnyOrder("first_name", "phone");
        assertThat(r.errors()).allSatisfy(e -> assertThat(e.code()).isEqualTo("required"));
    }

    @Test
    void treatsNullAndBlankValuesAsMissing() {
        LeadNormaliser.Result r = normalise("{\"first_name\": null, \"phone\": \"  \"}");

        assertThat(fieldsIn(r.errors())).containsExactlyInAnyOrder("first_name", "phone");
        assertThat(r.fields()).isEmpty();
    }

    @Test
    void refusesAnInvalidRequiredValueNamingTheFieldAndTheValue() {
        LeadNormaliser.Result r = normalise("{\"first_name\": \"Ada\", \"phone\": \"12\"}");

        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("phone");
            assertThat(e.code()).isEqualTo("invalid");
            assertThat(e.message()).contains("'12'");
        });
    }

    @Test
    void keepsAnInvalidOptionalValueMarkedInvalid() {
        LeadNormaliser.Result r = normalise("""
                {"first_name": "Ada", "phone": "2125551212", "email": "not-an-email", "score": "lots"}""");

        assertThat(r.errors()).isEmpty();
        FieldValue email = r.fields().get("email");
        assertThat(email.valid()).isFalse();
        assertThat(email.raw()).isEqualTo("not-an-email");
        assertThat(r.fields().get("score").valid()).isFalse();
    }

    @Test
    void readsNumbersAndBooleansSentAsJsonValues() {
        LeadNormaliser.Result r = normalise("{\"first_name\": \"Ada\", \"phone\": 2125551212, \"score\": 42.5}");

        assertThat(r.errors()).isEmpty();
        assertThat(r.fields().get("score").number()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("42.5"));
        assertThat(((PhoneValue) r.fields().get("phone")).e164()).isEqualTo("+12125551212");
    }

    @Test
    void canonicalFormJoinsTheUsualSpellings() {
        assertThat(LeadNormaliser.canonical("firstName")).isEqualTo("first_name");
        assertThat(LeadNormaliser.canonical("First-Name")).isEqualTo("first_name");
        assertThat(LeadNormaliser.canonical("FIRST_NAME")).isEqualTo("first_name");
        assertThat(LeadNormaliser.canonical("  first  name ")).isEqualTo("first_name");
        assertThat(LeadNormaliser.canonical("zip5")).isEqualTo("zip5");
    }
}

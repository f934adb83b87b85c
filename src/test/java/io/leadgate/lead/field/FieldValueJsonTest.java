package io.leadgate.lead.field;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

class FieldValueJsonTest {

    /** Configured as the application's mapper is: snake_case property names. */
    private static final JsonMapper JSON =
            JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private static final FieldOptions CHOICES = new FieldOptions("US", List.of("Own", "Rent"));

    /** One valid and one invalid value of every type, as the normalisers make them. */
    static Stream<Arguments> values() {
        return Stream.of(
                        FieldType.PHONE.normalise("(212) 555-1212 x12", FieldOptions.NONE),
                        FieldType.PHONE.normalise("not a phone", FieldOptions.NONE),
                        FieldType.EMAIL.normalise("Jane.Doe@Mailinator.com", FieldOptions.NONE),
                        FieldType.EMAIL.normalise("jane@", FieldOptions.NONE),
                        FieldType.IP.normalise("192.168.1.1", FieldOptions.NONE),
                        FieldType.IP.normalise("2001:db8::1", FieldOptions.NONE),
                        FieldType.IP.normalise("localhost", FieldOptions.NONE),
                        FieldType.STATE.normalise("N. Carolina", FieldOptions.NONE),
                        FieldType.STATE.normalise("Atlantis", FieldOptions.NONE),
                        FieldType.POSTAL_CODE.normalise("12345-6789", FieldOptions.NONE),
                        FieldType.POSTAL_CODE.normalise("k1a0b6", FieldOptions.NONE),
                        FieldType.POSTAL_CODE.normalise("1234", FieldOptions.NONE),
                        FieldType.TRUSTEDFORM_URL.normalise(
                                "https://cert.trustedform.com/eb9fc4dd9bed9ad451a5648946cf4bf09b5bb947?x=1",
                                FieldOptions.NONE),
                        FieldType.TRUSTEDFORM_URL.normalise("https://example.com/x", FieldOptions.NONE),
                        FieldType.STRING.normalise("  Jane  ", FieldOptions.NONE),
                        FieldType.NUMBER.normalise("$1,234.50", FieldOptions.NONE),
                        FieldType.NUMBER.normalise("1e3", FieldOptions.NONE),
                        FieldType.NUMBER.normalise("lots", FieldOptions.NONE),
                        FieldType.BOOLEAN.normalise("Yes", FieldOptions.NONE),
                        FieldType.BOOLEAN.normalise("maybe", FieldOptions.NONE),
                        FieldType.DATE.normalise("Jan 5, 2024", FieldOptions.NONE),
                        FieldType.DATE.normalise("02/30/2024", FieldOptions.NONE),
                        FieldType.CHOICE.normalise("rent", CHOICES),
                        FieldType.CHOICE.normalise("borrow", CHOICES))
                .map(value -> Arguments.of(value.orElseThrow()));
    }

    @ParameterizedTest
    @MethodSource("values")
    void readsBackTheSameValueItWrote(FieldValue value) {
        String json = JSON.writeValueAsString(value);

        FieldValue read = JSON.readValue(json, FieldValue.class);

        assertThat(read).isEqualTo(value).hasSameClassAs(value);
    }

    @ParameterizedTest
    @MethodSource("values")
    void namesTheTypeWithItsFieldTypeId(FieldValue value) {
        JsonNode tree = JSON.readTree(JSON.writeValueAsString(value));

        assertThat(tree.get("type").asString()).isEqualTo(value.type().id());
        assertThat(tree.has("raw")).isTrue();
        assertThat(tree.has("valid")).isTrue();
        assertThat(tree.has("text")).isTrue();
    }

    @Test
    void coversEveryFieldTypeInTheValuesAbove() {
        assertThat(values().map(a -> ((FieldValue) a.get()[0]).type()).distinct())
                .containsExactlyInAnyOrder(FieldType.values());
    }

    @Test
    void declaresOneSubtypeNamedAfterEachFieldType() {
        JsonSubTypes.Type[] declared = FieldValue.class.getAnnotation(JsonSubTypes.class).value();

        assertThat(Arrays.stream(declared).map(JsonSubTypes.Type::name))
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(FieldType.values()).map(FieldType::id).toList());
        assertThat(Arrays.stream(declared).map(JsonSubTypes.Type::value))
                .containsExactlyInAnyOrder(FieldValue.class.getPermittedSubclasses());
    }

    @Test
    void writesPhonePartsInSnakeCase() {
        JsonNode tree = JSON.readTree(JSON.writeValueAsString(
                FieldType.PHONE.normalise("800-234-5678", FieldOptions.NONE).orElseThrow()));

        assertThat(tree.get("type").asString()).isEqualTo("phone");
        assertThat(tree.get("e164").asString()).isEqualTo("+18002345678");
        assertThat(tree.get("area_code").asString()).isEqualTo("800");
        assertThat(tree.get("country_code").asInt()).isEqualTo(1);
        assertThat(tree.get("national_number").asString()).isEqualTo("8002345678");
        assertThat(tree.get("number_type").asString()).isEqualTo("toll_free");
        assertThat(tree.get("is_tollfree").asBoolean()).isTrue();
        assertThat(tree.has("toll_free")).isFalse();
        assertThat(tree.has("number")).isFalse();
    }

    @Test
    void writesFlagsWithTheirIsPrefix() {
        JsonNode email = JSON.readTree(JSON.writeValueAsString(
                FieldType.EMAIL.normalise("info@mailinator.com", FieldOptions.NONE).orElseThrow()));
        JsonNode ip = JSON.readTree(JSON.writeValueAsString(
                FieldType.IP.normalise("10.1.2.3", FieldOptions.NONE).orElseThrow()));

        assertThat(fieldNames(email)).contains("is_free", "is_disposable", "is_role").doesNotContain("free", "disposable");
        assertThat(email.get("is_disposable").asBoolean()).isTrue();
        assertThat(fieldNames(ip)).contains("is_private", "is_loopback", "is_reserved").doesNotContain("private");
        assertThat(ip.get("is_private").asBoolean()).isTrue();
    }

    @Test
    void writesOtherPartsInSnakeCase() {
        JsonNode tf = JSON.readTree(JSON.writeValueAsString(FieldType.TRUSTEDFORM_URL
                .normalise("https://cert.trustedform.com/eb9fc4dd9bed9ad451a5648946cf4bf09b5bb947", FieldOptions.NONE)
                .orElseThrow()));
        JsonNode zip = JSON.readTree(JSON.writeValueAsString(
                FieldType.POSTAL_CODE.normalise("12345-6789", FieldOptions.NONE).orElseThrow()));
        JsonNode date = JSON.readTree(JSON.writeValueAsString(
                FieldType.DATE.normalise("1/5/2024", FieldOptions.NONE).orElseThrow()));

        assertThat(tf.get("certificate_id").asString()).isEqualTo("eb9fc4dd9bed9ad451a5648946cf4bf09b5bb947");
        assertThat(tf.get("valid_host").asBoolean()).isTrue();
        assertThat(zip.get("zip5").asString()).isEqualTo("12345");
        assertThat(zip.get("plus4").asString()).isEqualTo("6789");
        assertThat(date.get("date").asString()).isEqualTo("2024-01-05");
    }

    @Test
    void readsAValueStoredAsJson() {
        String stored = """
                {"type":"number","raw":"$1,200","valid":true,"text":"1200","value":1200}
                """;

        FieldValue value = JSON.readValue(stored, FieldValue.class);

        assertThat(value).isInstanceOf(NumberValue.class);
        assertThat(value.number()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("1200"));
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.propertyNames().stream().collect(Collectors.toList());
    }

}

package io.leadgate.integration.builtin;

import static io.leadgate.integration.builtin.BuiltinChecks.answered;
import static io.leadgate.integration.builtin.BuiltinChecks.assertFitsDescriptor;
import static io.leadgate.integration.builtin.BuiltinChecks.flag;
import static io.leadgate.integration.builtin.BuiltinChecks.number;
import static io.leadgate.integration.builtin.BuiltinChecks.texts;
import static io.leadgate.integration.builtin.BuiltinPhoneCheck.ALLOWED_COUNTRIES;
import static io.leadgate.integration.builtin.BuiltinPhoneCheck.DEFAULT_REGION;
import static io.leadgate.integration.builtin.BuiltinPhoneCheck.PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import io.leadgate.lead.field.PhoneValue;
import io.leadgate.lead.field.StateValue;
import io.leadgate.lead.field.TextValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BuiltinPhoneCheckTest {

    private final BuiltinPhoneCheck check = new BuiltinPhoneCheck();

    private CheckResponse check(String phone, String... settings) {
        CheckResponse response = check.check(BuiltinChecks.request(PHONE, FieldType.PHONE, phone, settings));
        assertFitsDescriptor(check, response);
        return response;
    }

    @Test
    void answersEverythingKnownAboutAValidNewYorkNumber() {
        Map<String, String> values = texts(check("(212) 736-5000"));

        assertThat(values).containsExactly(
                entry("valid", "true"),
                entry("dialable", "true"),
                entry("number_type", "fixed_line_or_mobile"),
                entry("country", "US"),
                entry("country_code", "1"),
                entry("e164", "+12127365000"),
                entry("area_code", "212"),
                entry("state", "NY"),
                entry("city", "New York"),
                entry("location", "New York, NY"),
                entry("is_tollfree", "false"),
                entry("allowed_country", "true"));
    }

    @Test
    void answersTypedValuesThatCriteriaCompareByType() {
        Map<String, FieldValue> values = answered(check("212-736-5000"));

        assertThat(flag(values, "valid")).isTrue();
        assertThat(number(values, "country_code")).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(values.get("e164")).isInstanceOfSatisfying(PhoneValue.class, e164 -> {
            assertThat(e164.valid()).isTrue();
            assertThat(e164.e164()).isEqualTo("+12127365000");
        });
        assertThat(values.get("state")).isInstanceOfSatisfying(StateValue.class, state -> {
            assertThat(state.name()).isEqualTo("New York");
            assertThat(state.country()).isEqualTo("US");
        });
    }

    @Test
    void readsTheStateFromTheAreaCodeWhenTheGeocoderNamesOnlyTheState() {
        Map<String, String> values = texts(check("917-234-5678"));

        assertThat(values).contains(entry("state", "NY"), entry("location", "New York"));
        assertThat(values).doesNotContainKey("city");
    }

    @Test
    void readsTheCityTheNumberWasIssuedIn() {
        assertThat(texts(check("201-200-1234"))).contains(
                entry("state", "NJ"), entry("city", "Jersey City"), entry("location", "Jersey City, NJ"));
    }

    @ParameterizedTest
    @CsvSource({
        "202-234-5678, DC",
        "310-234-5678, CA",
        "713-234-5678, TX",
        "808-234-5678, HI",
        "907-234-5678, AK",
        "360-222-2222, WA",
        "416-345-6789, ON",
        "604-234-5678, BC",
        "514-234-5678, QC",
        "787-234-5678, PR",
        "340-774-1234, VI",
        "671-234-5678, GU"
    })
    void readsTheStateOrProvinceOfNanpAreaCodes(String phone, String state) {
        assertThat(texts(check(phone))).containsEntry("state", state);
    }

    @Test
    void readsTheProvinceFromTheNumbersOwnPlaceWhenProvincesShareTheAreaCode() {
        assertThat(texts(check("902-421-1234"))).contains(
                entry("country", "CA"), entry("state", "NS"), entry("city", "Halifax"));
    }

    @Test
    void leavesTheStateOutWhenTheSharedAreaCodeGivesNoPlace() {
        Map<String, String> values = texts(check("867-555-1234"));

        assertThat(values).containsEntry("valid", "true").containsEntry("country", "CA");
        assertThat(values).doesNotContainKeys("state", "city");
    }

    @Test
    void answersACanadianNumberWithItsProvince() {
        Map<String, String> values = texts(check("+1 416 345 6789", ALLOWED_COUNTRIES, "US,CA"));

        assertThat(values).contains(
                entry("valid", "true"),
                entry("country", "CA"),
                entry("country_code", "1"),
                entry("area_code", "416"),
                entry("state", "ON"),
                entry("location", "Ontario"),
                entry("allowed_country", "true"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"800-234-5678", "833-234-5678", "844-234-5678", "855-234-5678", "866-234-5678",
        "877-234-5678", "888-234-5678"})
    void rejectsNothingButReportsTollFreeNumbers(String phone) {
        Map<String, String> values = texts(check(phone));

        assertThat(values).contains(
                entry("valid", "true"),
                entry("dialable", "true"),
                entry("number_type", "toll_free"),
                entry("is_tollfree", "true"),
                entry("country", "US"));
        assertThat(values).doesNotContainKeys("state", "city", "location");
    }

    @Test
    void reportsAnotherCountrysFreephoneNumberAsTollFree() {
        assertThat(texts(check("+44 800 123 4567"))).contains(
                entry("valid", "true"), entry("number_type", "toll_free"), entry("is_tollfree", "true"));
    }

    @ParameterizedTest
    @CsvSource({
        "900-234-5678, premium_rate",
        "+44 871 234 5678, premium_rate",
        "+44 300 123 4567, uan",
        "500-234-5678, personal_number"
    })
    void marksNumbersThatBillTheCallerOrReachNoPersonAsNotDialable(String phone, String type) {
        Map<String, String> values = texts(check(phone));

        assertThat(values).contains(entry("valid", "true"), entry("number_type", type), entry("dialable", "false"));
    }

    @Test
    void marksNumbersReservedForFictionInvalid() {
        Map<String, String> values = texts(check("212-555-0123"));

        assertThat(values).contains(
                entry("valid", "false"),
                entry("dialable", "false"),
                entry("area_code", "212"),
                entry("country_code", "1"),
                entry("is_tollfree", "false"),
                entry("allowed_country", "true"));
        assertThat(values).doesNotContainKeys("number_type", "state", "city", "location");
    }

    @ParameterizedTest
    @ValueSource(strings = {"222-222-2222", "123-456-7890", "555-1212", "+1 649 555 1234"})
    void marksNumbersNoCarrierCouldHaveIssuedInvalid(String phone) {
        Map<String, String> values = texts(check(phone));

        assertThat(values).contains(entry("valid", "false"), entry("dialable", "false"));
        assertThat(values).doesNotContainKeys("number_type", "state", "location");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a phone", "n/a", "++++", "x"})
    void answersInvalidRatherThanFailingForText(String phone) {
        Map<String, String> values = texts(check(phone));

        assertThat(values).containsExactly(
                entry("valid", "false"), entry("dialable", "false"), entry("allowed_country", "true"));
    }

    @Test
    void marksNumbersOutsideAllowedCountries() {
        Map<String, String> values = texts(check("+44 20 7946 0000", ALLOWED_COUNTRIES, "US,CA"));

        assertThat(values).contains(
                entry("valid", "true"),
                entry("dialable", "true"),
                entry("number_type", "fixed_line"),
                entry("country", "GB"),
                entry("country_code", "44"),
                entry("location", "London"),
                entry("allowed_country", "false"));
        assertThat(values).doesNotContainKeys("area_code", "state", "city");
    }

    @Test
    void acceptsCountriesWrittenInAnyCaseWithSpaces() {
        assertThat(texts(check("+44 20 7946 0000", ALLOWED_COUNTRIES, " us , gb "))).containsEntry("allowed_country", "true");
        assertThat(texts(check("212-736-5000", ALLOWED_COUNTRIES, " us , gb "))).containsEntry("allowed_country", "true");
        assertThat(texts(check("416-345-6789", ALLOWED_COUNTRIES, " us , gb "))).containsEntry("allowed_country", "false");
    }

    @Test
    void treatsPuertoRicoAsItsOwnCountry() {
        Map<String, String> values = texts(check("787-234-5678", ALLOWED_COUNTRIES, "US"));

        assertThat(values).contains(entry("country", "PR"), entry("state", "PR"), entry("allowed_country", "false"));
        assertThat(texts(check("787-234-5678", ALLOWED_COUNTRIES, "US,PR"))).containsEntry("allowed_country", "true");
    }

    @Test
    void doesNotAllowANumberWhoseCountryCannotBeTold() {
        assertThat(texts(check("not a phone", ALLOWED_COUNTRIES, "US"))).containsEntry("allowed_country", "false");
        assertThat(texts(check("222-222-2222", ALLOWED_COUNTRIES, "US"))).containsEntry("allowed_country", "false");
    }

    @Test
    void allowsEveryCountryWhenTheListIsEmpty() {
        assertThat(texts(check("+33 1 42 68 53 00", ALLOWED_COUNTRIES, ""))).contains(
                entry("country", "FR"), entry("allowed_country", "true"));
        assertThat(texts(check("+33 1 42 68 53 00", ALLOWED_COUNTRIES, " , "))).containsEntry("allowed_country", "true");
    }

    @Test
    void readsPlainTextInTheDefaultRegion() {
        CheckResponse response = check.check(BuiltinChecks.request(
                PHONE, new TextValue("020 7946 0000", true, "020 7946 0000"), DEFAULT_REGION, "GB"));

        assertFitsDescriptor(check, response);
        assertThat(texts(response)).contains(
                entry("valid", "true"), entry("country", "GB"), entry("e164", "+442079460000"));
    }

    @Test
    void readsPlainTextInTheUnitedStatesWhenNoRegionIsSet() {
        CheckResponse response = check.check(BuiltinChecks.request(
                PHONE, new TextValue("212 736 5000", true, "212 736 5000")));

        assertThat(texts(response)).contains(entry("country", "US"), entry("e164", "+12127365000"));
    }

    @Test
    void keepsTheLeadTypesReadingOfAPhoneField() {
        PhoneValue readInCanada = (PhoneValue) FieldType.PHONE.normalise("416 345 6789", new FieldOptions("CA", List.of())).orElseThrow();

        CheckResponse response = check.check(BuiltinChecks.request(PHONE, readInCanada, DEFAULT_REGION, "GB"));

        assertThat(texts(response)).contains(entry("country", "CA"), entry("e164", "+14163456789"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"USA", "UK", "1", "United States", "001"})
    void refusesAnAllowedCountryThatIsNoCountryCode(String country) {
        CheckResponse response = check.check(BuiltinChecks.request(PHONE, FieldType.PHONE, "212-736-5000",
                ALLOWED_COUNTRIES, "CA," + country));

        assertThat(response).isInstanceOfSatisfying(CheckResponse.Failed.class, failed -> {
            assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
            assertThat(failed.message()).contains("allowed_countries", "'" + country + "'");
        });
    }

    @Test
    void refusesADefaultRegionThatIsNoCountryCode() {
        CheckResponse response = check.check(BuiltinChecks.request(PHONE, FieldType.PHONE, "212-736-5000",
                DEFAULT_REGION, "America"));

        assertThat(response).isInstanceOfSatisfying(CheckResponse.Failed.class, failed -> {
            assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
            assertThat(failed.message()).contains("default_region", "'AMERICA'");
        });
    }

    @Test
    void failsNamingTheFieldWhenNoPhoneIsGiven() {
        CheckResponse response = check.check(new CheckRequest(Map.of(), Map.of(), CheckRequest.Context.NONE));

        assertThat(response).isInstanceOfSatisfying(CheckResponse.Failed.class, failed -> {
            assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
            assertThat(failed.message()).contains("phone");
        });
    }

    @Test
    void keepsTheInputsAndTheTypedValuesAsJsonForTheAuditTrail() {
        CheckResponse response = check("(212) 736-5000", ALLOWED_COUNTRIES, "US,CA", DEFAULT_REGION, "US");
        JsonMapper json = JsonMapper.shared();

        JsonNode sent = json.readTree(response.requestAsSent());
        assertThat(sent.get("phone").asString()).isEqualTo("(212) 736-5000");
        assertThat(sent.get("allowed_countries").asString()).isEqualTo("US,CA");
        assertThat(sent.get("default_region").asString()).isEqualTo("US");

        JsonNode raw = json.readTree(response.rawResponse());
        assertThat(raw.get("valid").isBoolean()).isTrue();
        assertThat(raw.get("valid").asBoolean()).isTrue();
        assertThat(raw.get("country_code").isNumber()).isTrue();
        assertThat(raw.get("country_code").asInt()).isEqualTo(1);
        assertThat(raw.get("e164").asString()).isEqualTo("+12127365000");
        assertThat(raw.propertyNames()).containsExactlyElementsOf(answered(response).keySet());
    }
}

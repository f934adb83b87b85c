package io.leadgate.lead.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNormalisationTest {

    static PhoneValue phone(String raw) {
        return phone(raw, FieldOptions.NONE);
    }

    static PhoneValue phone(String raw, FieldOptions options) {
        return (PhoneValue) FieldType.PHONE.normalise(raw, options).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "(212) 555-1212",
        "212.555.1212",
        "+1 212 555 1212",
        "1-212-555-1212",
        "2125551212",
        "12125551212",
        "+12125551212",
        "  212-555-1212  ",
        "\u00A0212 555 1212\u00A0",
        "212\u2010555\u20101212",
        "212\u2013555\u20131212",
        "212\u2014555\u20141212",
        "tel:+1-212-555-1212",
        "tel:2125551212",
        "(212)555-1212",
        "+1 (212) 555-1212"
    })
    void readsEveryCommonSpellingOfOneNanpNumber(String raw) {
        PhoneValue value = phone(raw);

        assertThat(value.valid()).isTrue();
        assertThat(value.text()).isEqualTo("+12125551212");
        assertThat(value.e164()).isEqualTo("+12125551212");
        assertThat(value.raw()).isEqualTo(raw);
    }

    @Test
    void readsNanpNumberWrittenWithParentheses() {
        PhoneValue value = phone("(212) 555-1212");

        assertThat(value.countryCode()).isEqualTo(1);
        assertThat(value.nationalNumber()).isEqualTo("2125551212");
        assertThat(value.areaCode()).isEqualTo("212");
        assertThat(value.exchange()).isEqualTo("555");
        assertThat(value.line()).isEqualTo("1212");
        assertThat(value.extension()).isNull();
        assertThat(value.region()).isEqualTo("US");
        assertThat(value.tollFree()).isFalse();
        assertThat(value.numberType()).isEqualTo("fixed_line_or_mobile");
        assertThat(value.location()).isEqualTo("New York, NY");
        assertThat(value.number()).isEmpty();
        assertThat(value.type()).isEqualTo(FieldType.PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"212-555-1212 x123", "212-555-1212 ext. 123", "212-555-1212 extension 123", "+12125551212;ext=123"})
    void keepsTheExtensionApartFromTheNumber(String raw) {
        PhoneValue value = phone(raw);

        assertThat(value.valid()).isTrue();
        assertThat(value.e164()).isEqualTo("+12125551212");
        assertThat(value.extension()).isEqualTo("123");
    }

    @ParameterizedTest
    @ValueSource(strings = {"800", "833", "844", "855", "866", "877", "888"})
    void marksEveryNanpTollFreeAreaCodeAsTollFree(String areaCode) {
        PhoneValue value = phone(areaCode + "-234-5678");

        assertThat(value.tollFree()).isTrue();
        assertThat(value.areaCode()).isEqualTo(areaCode);
        assertThat(value.numberType()).isEqualTo("toll_free");
    }

    @Test
    void readsLettersOfAVanityNumberAsDigits() {
        PhoneValue value = phone("1-800-FLOWERS");

        assertThat(value.valid()).isTrue();
        assertThat(value.e164()).isEqualTo("+18003569377");
        assertThat(value.tollFree()).isTrue();
    }

    @Test
    void readsAnInternationalNumberWithoutNanpParts() {
        PhoneValue value = phone("+44 20 7946 0958");

        assertThat(value.valid()).isTrue();
        assertThat(value.e164()).isEqualTo("+442079460958");
        assertThat(value.countryCode()).isEqualTo(44);
        assertThat(value.nationalNumber()).isEqualTo("2079460958");
        assertThat(value.region()).isEqualTo("GB");
        assertThat(value.areaCode()).isNull();
        assertThat(value.exchange()).isNull();
        assertThat(value.line()).isNull();
        assertThat(value.tollFree()).isFalse();
        assertThat(value.numberType()).isEqualTo("fixed_line");
    }

    @Test
    void tellsCanadianNumbersFromUsNumbersByAreaCode() {
        PhoneValue value = phone("604 681 2000");

        assertThat(value.valid()).isTrue();
        assertThat(value.region()).isEqualTo("CA");
        assertThat(value.areaCode()).isEqualTo("604");
    }

    @Test
    void readsNumbersWithoutCountryCodeInTheFieldsDefaultRegion() {
        PhoneValue value = phone("020 7946 0958", new FieldOptions("gb", List.of()));

        assertThat(value.valid()).isTrue();
        assertThat(value.e164()).isEqualTo("+442079460958");
    }

    @Test
    void treatsTheSameLocalDigitsAsAnotherNumberInAnotherRegion() {
        assertThat(phone("020 7946 0958").valid()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"212-555-0100", "(212) 555-0123", "201-555-0199"})
    void rejectsFictionalFiveFiveFiveZeroOneNumbers(String raw) {
        PhoneValue value = phone(raw);

        assertThat(value.valid()).isFalse();
        assertThat(value.text()).isEqualTo(raw);
        assertThat(value.exchange()).isEqualTo("555");
        assertThat(value.line()).startsWith("01");
    }

    @Test
    void rejectsNumberTooShortToDialWithoutInventingAnE164() {
        PhoneValue value = phone("555-1212");

        assertThat(value.valid()).isFalse();
        assertThat(value.e164()).isNull();
        assertThat(value.text()).isEqualTo("555-1212");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "asdf", "n/a", "none", "12", "911", "000-000-0000", "123-456-7890", "212-555-12121", "1 212 555 1212 1",
        "+999 123 456", "----", "phone", "0"
    })
    void keepsJunkAsAnInvalidValue(String raw) {
        PhoneValue value = phone(raw);

        assertThat(value.valid()).isFalse();
        assertThat(value.raw()).isEqualTo(raw);
        assertThat(value.text()).isEqualTo(raw.strip());
        assertThat(value.location()).isNull();
    }

    @Test
    void neverSpendsParseTimeOnAnAbsurdlyLongValue() {
        PhoneValue value = phone("1".repeat(10_000));

        assertThat(value.valid()).isFalse();
        assertThat(value.e164()).isNull();
    }

    @Test
    void readsAbsentPhoneAsNoValue() {
        assertThat(FieldType.PHONE.normalise("   ", FieldOptions.NONE)).isEmpty();
        assertThat(FieldType.PHONE.normalise(null, FieldOptions.NONE)).isEmpty();
    }
}

package io.leadgate.lead.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostalCodeNormalisationTest {

    static PostalCodeValue postalCode(String raw) {
        return (PostalCodeValue) FieldType.POSTAL_CODE.normalise(raw, FieldOptions.NONE).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(value = {
        "12345|12345|12345|",
        " 02134 |02134|02134|",
        "12345-6789|12345-6789|12345|6789",
        "123456789|12345-6789|12345|6789",
        "12345 6789|12345-6789|12345|6789",
        "12345 - 6789|12345-6789|12345|6789",
        "12345\u20136789|12345-6789|12345|6789"
    }, delimiter = '|')
    void readsUsZipAndZipPlusFour(String raw, String text, String zip5, String plus4) {
        PostalCodeValue value = postalCode(raw);

        assertThat(value.valid()).isTrue();
        assertThat(value.country()).isEqualTo("US");
        assertThat(value.text()).isEqualTo(text);
        assertThat(value.zip5()).isEqualTo(zip5);
        assertThat(value.plus4()).isEqualTo(plus4);
        assertThat(value.fsa()).isNull();
        assertThat(value.type()).isEqualTo(FieldType.POSTAL_CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"K1A 0B6", "k1a0b6", "K1A0B6", " k1a  0b6 ", "K1A-0B6"})
    void readsCanadianPostalCodesInAnySpacingAndCase(String raw) {
        PostalCodeValue value = postalCode(raw);

        assertThat(value.valid()).isTrue();
        assertThat(value.country()).isEqualTo("CA");
        assertThat(value.text()).isEqualTo("K1A 0B6");
        assertThat(value.fsa()).isEqualTo("K1A");
        assertThat(value.zip5()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1234", "123456", "1234567", "12345-678", "12345-67890", "00000", "ABCDE", "n/a",
        "D1A 0B6", "W1A 0B6", "K1O 0B6", "K1A 0BU", "K1A 0B", "SW1A 1AA", "12-345"
    })
    void keepsMalformedCodesAsInvalid(String raw) {
        PostalCodeValue value = postalCode(raw);

        assertThat(value.valid()).isFalse();
        assertThat(value.text()).isEqualTo(raw);
        assertThat(value.country()).isNull();
    }
}

package io.leadgate.dnc;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.PhoneValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DncNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"2015551234", "(201) 555-1234", "+1 (201) 555-1234", "1-201-555-1234", "201.555.1234"})
    void readsATenDigitNumberWrittenAnyCommonWay(String text) {
        assertThat(DncNumbers.parse(text)).hasValue(2015551234L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"201555123", "22015551234", "201-555-1234 x12", "phone", "", "1015551234", "2011551234"})
    void refusesWhatIsNoValidUsNumber(String text) {
        assertThat(DncNumbers.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "1015551234, area code 101 cannot start with 0 or 1",
        "1995551234, area code 199 cannot start with 0 or 1",
        "2010551234, exchange 055 cannot start with 0 or 1",
        "2011551234, exchange 155 cannot start with 0 or 1"
    })
    void saysWhyTenDigitsAreNoNumber(long number, String problem) {
        assertThat(DncNumbers.problem(number)).isEqualTo(problem);
        assertThat(DncNumbers.valid(number)).isFalse();
    }

    @Test
    void splitsANumberIntoAreaCodeAndRemainder() {
        assertThat(DncNumbers.areaCode(2015551234L)).isEqualTo(201);
        assertThat(DncNumbers.remainder(2015551234L)).isEqualTo(5551234);
        assertThat(DncNumbers.of(201, 5551234)).isEqualTo(2015551234L);
        assertThat(DncNumbers.e164(2015551234L)).isEqualTo("+12015551234");
    }

    @Test
    void takesTheTenDigitsOfAPlusOnePhoneValueOnly() {
        PhoneValue us = (PhoneValue) FieldType.PHONE.normalise("(212) 736-5000", FieldOptions.NONE).orElseThrow();
        PhoneValue uk = (PhoneValue) FieldType.PHONE.normalise("+44 20 7946 0958", FieldOptions.NONE).orElseThrow();

        assertThat(DncNumbers.of(us)).hasValue(2127365000L);
        assertThat(DncNumbers.of(uk)).isEmpty();
    }
}

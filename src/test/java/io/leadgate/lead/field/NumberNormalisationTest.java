package io.leadgate.lead.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberNormalisationTest {

    static NumberValue number(String raw) {
        return (NumberValue) FieldType.NUMBER.normalise(raw, FieldOptions.NONE).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(value = {
        "42|42",
        " 42 |42",
        "-3|-3",
        "+7|7",
        "1,234.50|1234.5",
        "1,234,567|1234567",
        "$1,200|1200",
        "$ 1,200.00|1200",
        "-$5.25|-5.25",
        "€99|99",
        "1e3|1000",
        "1.5E2|150",
        "2.5e-3|0.0025",
        "0.10|0.1",
        "0.00|0",
        "-0|0",
        ".5|0.5",
        "7.|7",
        "007|7",
        "123456789012345678901234567890|123456789012345678901234567890"
    }, delimiter = '|')
    void readsNumbersAsSellersWriteThem(String raw, String text) {
        NumberValue value = number(raw);

        assertThat(value.valid()).isTrue();
        assertThat(value.text()).isEqualTo(text);
        assertThat(value.value()).isEqualByComparingTo(new BigDecimal(text));
        assertThat(value.number()).contains(value.value());
        assertThat(value.type()).isEqualTo(FieldType.NUMBER);
    }

    @Test
    void dropsTrailingZerosSoEqualAmountsHaveOneText() {
        assertThat(number("1200.00").text()).isEqualTo(number("$1,200").text());
        assertThat(number("1200.00").value()).isEqualTo(number("1.2e3").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "abc", "12abc", "1,2", "1,23", "12,34,567", "1.2.3", "--3", "+-3", "1e", "e3", "NaN", "Infinity",
        "1 234", "$", "-", "12%", "0x1F", "1e9999", "1,234.5.6", "five"
    })
    void keepsTextThatIsNoNumberAsInvalid(String raw) {
        NumberValue value = number(raw);

        assertThat(value.valid()).isFalse();
        assertThat(value.value()).isNull();
        assertThat(value.number()).isEmpty();
        assertThat(value.text()).isEqualTo(raw);
    }
}

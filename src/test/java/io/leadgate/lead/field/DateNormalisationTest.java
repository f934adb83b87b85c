package io.leadgate.lead.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateNormalisationTest {

    static DateValue date(String raw) {
        return (DateValue) FieldType.DATE.normalise(raw, FieldOptions.NONE).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(value = {
        "2024-01-05|2024-01-05",
        " 2024-01-05 |2024-01-05",
        "2024-01-05T10:20:30Z|2024-01-05",
        "2024-01-05T23:30:00-08:00|2024-01-05",
        "2024-01-05T10:20:30.123+02:00|2024-01-05",
        "2024-01-05T10:20|2024-01-05",
        "2024-01-05 10:20:30|2024-01-05",
        "01/05/2024|2024-01-05",
        "1/5/2024|2024-01-05",
        "12/31/1999|1999-12-31",
        "01-05-2024|2024-01-05",
        "1/5/24|2024-01-05",
        "1/5/85|1985-01-05",
        "2024/01/05|2024-01-05",
        "2024/1/5|2024-01-05",
        "Jan 5, 2024|2024-01-05",
        "Jan 5 2024|2024-01-05",
        "January 5 2024|2024-01-05",
        "January 5, 2024|2024-01-05",
        "JANUARY 5, 2024|2024-01-05",
        "jan. 5th, 2024|2024-01-05",
        "5 January 2024|2024-01-05",
        "02/29/2024|2024-02-29"
    }, delimiter = '|')
    void readsIsoAndUsDateSpellings(String raw, String iso) {
        DateValue value = date(raw);

        assertThat(value.valid()).isTrue();
        assertThat(value.text()).isEqualTo(iso);
        assertThat(value.date()).isEqualTo(LocalDate.parse(iso));
        assertThat(value.type()).isEqualTo(FieldType.DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "02/30/2024", "02/29/2023", "13/01/2024", "31/12/2024", "2024-02-30", "2024-13-01", "00/10/2024",
        "2024-01-05T25:00:00", "yesterday", "Jan 32, 2024", "Foo 5, 2024", "1/5", "2024", "12345", "5/1/202"
    })
    void keepsImpossibleOrUnreadableDatesAsInvalid(String raw) {
        DateValue value = date(raw);

        assertThat(value.valid()).isFalse();
        assertThat(value.date()).isNull();
        assertThat(value.text()).isEqualTo(raw);
    }
}

package io.leadgate.lead.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StateNormalisationTest {

    static StateValue state(String raw) {
        return (StateValue) FieldType.STATE.normalise(raw, FieldOptions.NONE).orElseThrow();
    }

    @Test
    void readsATwoLetterCodeInAnyCase() {
        StateValue value = state(" nc ");

        assertThat(value.valid()).isTrue();
        assertThat(value.text()).isEqualTo("NC");
        assertThat(value.code()).isEqualTo("NC");
        assertThat(value.name()).isEqualTo("North Carolina");
        assertThat(value.country()).isEqualTo("US");
        assertThat(value.type()).isEqualTo(FieldType.STATE);
    }

    @ParameterizedTest
    @CsvSource({
        "North Carolina, NC, US",
        "NORTH CAROLINA, NC, US",
        "north-carolina, NC, US",
        "N. Carolina, NC, US",
        "N Carolina, NC, US",
        "S. Dakota, SD, US",
        "W. Virginia, WV, US",
        "N.C., NC, US",
        "new york, NY, US",
        "NewYork, NY, US",
        "District of Columbia, DC, US",
        "Washington D.C., DC, US",
        "D.C., DC, US",
        "Washington, WA, US",
        "Puerto Rico, PR, US",
        "Guam, GU, US",
        "US Virgin Islands, VI, US",
        "American Samoa, AS, US",
        "Northern Mariana Islands, MP, US",
        "AE, AE, US",
        "Ontario, ON, CA",
        "on, ON, CA",
        "Québec, QC, CA",
        "Quebec, QC, CA",
        "PQ, QC, CA",
        "British Columbia, BC, CA",
        "Newfoundland, NL, CA",
        "Newfoundland and Labrador, NL, CA",
        "PEI, PE, CA",
        "Prince Edward Island, PE, CA",
        "Yukon, YT, CA",
        "Northwest Territories, NT, CA",
        "Nunavut, NU, CA"
    })
    void readsCodesAndNamesOfStatesAndProvinces(String raw, String code, String country) {
        StateValue value = state(raw);

        assertThat(value.valid()).isTrue();
        assertThat(value.code()).isEqualTo(code);
        assertThat(value.text()).isEqualTo(code);
        assertThat(value.country()).isEqualTo(country);
    }

    @Test
    void knowsEveryUsStateAndCanadianProvince() {
        long states = States.BY_CODE.values().stream().filter(s -> s.country().equals("US")).count();
        long provinces = States.BY_CODE.values().stream().filter(s -> s.country().equals("CA")).count();

        // 50 states + DC + 6 territories + 3 military + 3 freely associated; 10 provinces + 3 territories
        assertThat(states).isEqualTo(63);
        assertThat(provinces).isEqualTo(13);
        States.BY_CODE.values().forEach(s -> assertThat(state(s.name()).code()).isEqualTo(s.code()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "ZZ", "N/A", "Carolina", "Texass", "--", "United States", "12", "England"})
    void keepsUnknownStatesAsInvalid(String raw) {
        StateValue value = state(raw);

        assertThat(value.valid()).isFalse();
        assertThat(value.text()).isEqualTo(raw);
        assertThat(value.code()).isNull();
        assertThat(value.country()).isNull();
    }
}

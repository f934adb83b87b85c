package io.leadgate.criteria;

import static io.leadgate.criteria.Truth.FALSE;
import static io.leadgate.criteria.Truth.TRUE;
import static io.leadgate.criteria.Truth.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TruthTest {

    @ParameterizedTest(name = "{0} and {1} = {2}")
    @CsvSource({
        "TRUE, TRUE, TRUE",
        "TRUE, FALSE, FALSE",
        "TRUE, UNKNOWN, UNKNOWN",
        "FALSE, TRUE, FALSE",
        "FALSE, FALSE, FALSE",
        "FALSE, UNKNOWN, FALSE",
        "UNKNOWN, TRUE, UNKNOWN",
        "UNKNOWN, FALSE, FALSE",
        "UNKNOWN, UNKNOWN, UNKNOWN",
    })
    void conjoinsByKleeneLogic(Truth left, Truth right, Truth expected) {
        assertThat(left.and(right)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} or {1} = {2}")
    @CsvSource({
        "TRUE, TRUE, TRUE",
        "TRUE, FALSE, TRUE",
        "TRUE, UNKNOWN, TRUE",
        "FALSE, TRUE, TRUE",
        "FALSE, FALSE, FALSE",
        "FALSE, UNKNOWN, UNKNOWN",
        "UNKNOWN, TRUE, TRUE",
        "UNKNOWN, FALSE, UNKNOWN",
        "UNKNOWN, UNKNOWN, UNKNOWN",
    })
    void disjoinsByKleeneLogic(Truth left, Truth right, Truth expected) {
        assertThat(left.or(right)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "not {0} = {1}")
    @CsvSource({"TRUE, FALSE", "FALSE, TRUE", "UNKNOWN, UNKNOWN"})
    void negatesByKleeneLogic(Truth truth, Truth expected) {
        assertThat(truth.not()).isEqualTo(expected);
    }

    @Test
    void treatsNullOperandAsUnknown() {
        assertThat(TRUE.and(null)).isEqualTo(UNKNOWN);
        assertThat(FALSE.and(null)).isEqualTo(FALSE);
        assertThat(TRUE.or(null)).isEqualTo(TRUE);
        assertThat(FALSE.or(null)).isEqualTo(UNKNOWN);
        assertThat(Truth.of(true)).isEqualTo(TRUE);
        assertThat(Truth.of(false)).isEqualTo(FALSE);
    }
}

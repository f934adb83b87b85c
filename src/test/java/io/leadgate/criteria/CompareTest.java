package io.leadgate.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareTest {

    @Test
    void refusesBetweenWithOneValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Compare.of("fraud_score", Operator.BETWEEN, "10"))
                .withMessage("fraud_score: between needs two values, got 1");
    }

    @Test
    void refusesValuesOnOperatorsThatTakeNone() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Compare.of("phone", Operator.IS_BLANK, "x"))
                .withMessage("phone: is_blank takes no values, got 1");
    }

    @Test
    void refusesSingleValueOperatorsWithSeveralValues() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Compare.of("fraud_score", Operator.AT_LEAST, "85", "90"))
                .withMessage("fraud_score: at_least needs one value, got 2");
    }

    @Test
    void refusesAnEmptyList() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Compare("state", Operator.IN_LIST, null))
                .withMessage("state: in_list needs at least one value, got 0");
    }

    @Test
    void refusesBlankAndMissingValues() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Compare.of("state", Operator.IN_LIST, "CA", " "))
                .withMessage("state: in_list value 2 is blank; use is_blank or is_not_blank to test for absence");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Compare("state", Operator.EQUALS, Arrays.asList((String) null)))
                .withMessage("state: equals value 1 is missing; use is_blank or is_not_blank to test for absence");
    }

    @Test
    void refusesABadPatternAtConstruction() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Compare.of("email", Operator.MATCHES_PATTERN, "(gmail|yahoo"))
                .withMessage("email: matches_pattern has a bad pattern '(gmail|yahoo': Unclosed group near index 12");
    }

    @Test
    void refusesAMissingFieldOrOperator() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Compare.of(" ", Operator.IS_BLANK))
                .withMessage("a criterion needs a field name");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Compare.of("phone", (Operator) null))
                .withMessageStartingWith("phone: a criterion needs an operator (one of equals, not_equals,");
    }

    @Test
    void readsTheOperatorByIdAndNamesTheChoicesWhenUnknown() {
        assertThat(Compare.of("fraud_score", "at_least", List.of("85")))
                .isEqualTo(Compare.of("fraud_score", Operator.AT_LEAST, "85"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Compare.of("fraud_score", ">=", List.of("85")))
                .withMessageStartingWith("fraud_score: unknown operator '>='; use one of equals, not_equals,");
    }

    @Test
    void keepsValuesAsWrittenAndCannotBeChangedAfterwards() {
        List<String> written = new ArrayList<>(List.of("(212) 555-1212"));
        Compare compare = new Compare(" phone ", Operator.EQUALS, written);
        written.set(0, "changed");

        assertThat(compare.field()).isEqualTo("phone");
        assertThat(compare.values()).containsExactly("(212) 555-1212");
        assertThat(compare.value()).isEqualTo("(212) 555-1212");
        assertThat(Compare.of("phone", Operator.IS_BLANK).value()).isNull();
        assertThat(Compare.of("phone", Operator.IS_BLANK, (String[]) null).values()).isEmpty();
        assertThatThrownBy(() -> compare.values().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void describesItselfInWords() {
        assertThat(Compare.of("fraud_score", Operator.AT_LEAST, "85").describe()).isEqualTo("fraud_score at least 85");
        assertThat(Compare.of("age", Operator.BETWEEN, "18", "65").describe()).isEqualTo("age between 18 and 65");
        assertThat(Compare.of("state", Operator.NOT_IN_LIST, "CA", "NY").describe())
                .isEqualTo("state not in list [CA, NY]");
        assertThat(Compare.of("phone", Operator.IS_BLANK).toString()).isEqualTo("phone is blank");
    }
}

package io.leadgate.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.lead.field.FieldType;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class OperatorTest {

    @Test
    void keepsItsStableSnakeCaseIds() {
        assertThat(Arrays.stream(Operator.values()).map(Operator::id)).containsExactly(
                "equals", "not_equals", "less_than", "at_most", "greater_than", "at_least", "between", "in_list",
                "not_in_list", "contains", "matches_pattern", "is_blank", "is_not_blank", "is_true", "is_false",
                "is_valid", "is_invalid");
    }

    @Test
    void readsEveryOperatorBackFromItsId() {
        for (Operator operator : Operator.values()) {
            assertThat(Operator.fromId(operator.id())).contains(operator);
        }
        assertThat(Operator.fromId(" AT_LEAST ")).contains(Operator.AT_LEAST);
        assertThat(Operator.fromId(">=")).isEmpty();
        assertThat(Operator.fromId(null)).isEmpty();
    }

    @Test
    void saysHowManyValuesEachOperatorTakes() {
        assertThat(Operator.IS_BLANK.arity().accepts(0)).isTrue();
        assertThat(Operator.IS_BLANK.arity().accepts(1)).isFalse();
        assertThat(Operator.EQUALS.arity().accepts(1)).isTrue();
        assertThat(Operator.EQUALS.arity().accepts(2)).isFalse();
        assertThat(Operator.BETWEEN.arity().accepts(2)).isTrue();
        assertThat(Operator.BETWEEN.arity().accepts(1)).isFalse();
        assertThat(Operator.BETWEEN.arity().accepts(3)).isFalse();
        assertThat(Operator.IN_LIST.arity().accepts(0)).isFalse();
        assertThat(Operator.IN_LIST.arity().accepts(50)).isTrue();
    }

    @Test
    void ordersOnlyNumbersAndDates() {
        for (Operator operator : EnumSet.of(Operator.LESS_THAN, Operator.AT_MOST, Operator.GREATER_THAN,
                Operator.AT_LEAST, Operator.BETWEEN)) {
            assertThat(operator.fieldTypes()).containsExactlyInAnyOrder(FieldType.NUMBER, FieldType.DATE);
            assertThat(operator.orders()).isTrue();
        }
        assertThat(Operator.EQUALS.orders()).isFalse();
    }

    @Test
    void testsTruthOnlyOnBooleans() {
        assertThat(Operator.IS_TRUE.fieldTypes()).containsExactly(FieldType.BOOLEAN);
        assertThat(Operator.IS_FALSE.fieldTypes()).containsExactly(FieldType.BOOLEAN);
        assertThat(Operator.IS_TRUE.appliesTo(FieldType.STRING)).isFalse();
        assertThat(Operator.IS_TRUE.appliesTo(null)).isFalse();
    }

    @Test
    void appliesEqualityPresenceAndValidityToEveryType() {
        for (Operator operator : EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.IN_LIST,
                Operator.NOT_IN_LIST, Operator.IS_BLANK, Operator.IS_NOT_BLANK, Operator.IS_VALID,
                Operator.IS_INVALID)) {
            assertThat(operator.fieldTypes()).isEqualTo(EnumSet.allOf(FieldType.class));
        }
    }

    @Test
    void searchesTextButNotBooleansNumbersOrDates() {
        assertThat(Operator.CONTAINS.appliesTo(FieldType.EMAIL)).isTrue();
        assertThat(Operator.CONTAINS.appliesTo(FieldType.PHONE)).isTrue();
        assertThat(Operator.CONTAINS.appliesTo(FieldType.NUMBER)).isFalse();
        assertThat(Operator.CONTAINS.appliesTo(FieldType.BOOLEAN)).isFalse();
        assertThat(Operator.MATCHES_PATTERN.appliesTo(FieldType.DATE)).isTrue();
        assertThat(Operator.MATCHES_PATTERN.appliesTo(FieldType.BOOLEAN)).isFalse();
    }
}

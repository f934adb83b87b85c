package io.leadgate.criteria;

import static io.leadgate.criteria.CriteriaFixtures.emptyLead;
import static io.leadgate.criteria.CriteriaFixtures.lead;
import static io.leadgate.criteria.CriteriaFixtures.number;
import static io.leadgate.criteria.Criterion.all;
import static io.leadgate.criteria.Criterion.any;
import static io.leadgate.criteria.Criterion.compare;
import static io.leadgate.criteria.Criterion.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Groups of criteria, with the three-valued logic that keeps a missing value from passing silently. */
class GroupTest {

    // One field per truth: "yes" holds, "no" does not, "gone" has no value.
    private static final FieldContext FIELDS = lead("yes", number("1"), "no", number("0"));

    private static Criterion criterionThatIs(Truth truth) {
        return switch (truth) {
            case TRUE -> compare("yes", Operator.EQUALS, "1");
            case FALSE -> compare("no", Operator.EQUALS, "1");
            case UNKNOWN -> compare("gone", Operator.EQUALS, "1");
        };
    }

    @Test
    void buildsCriteriaThatAreEachTrueFalseOrUnknown() {
        for (Truth truth : Truth.values()) {
            assertThat(criterionThatIs(truth).test(FIELDS)).isEqualTo(truth);
        }
    }

    @ParameterizedTest(name = "all of ({0}, {1}) = {2}")
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
    void holdsAllOfWhenEveryPartHolds(Truth left, Truth right, Truth expected) {
        assertThat(all(criterionThatIs(left), criterionThatIs(right)).test(FIELDS)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "any of ({0}, {1}) = {2}")
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
    void holdsAnyOfWhenOnePartHolds(Truth left, Truth right, Truth expected) {
        assertThat(any(criterionThatIs(left), criterionThatIs(right)).test(FIELDS)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "not {0} = {1}")
    @CsvSource({"TRUE, FALSE", "FALSE, TRUE", "UNKNOWN, UNKNOWN"})
    void negatesWithoutTurningUnknownIntoAPass(Truth inner, Truth expected) {
        assertThat(not(criterionThatIs(inner)).test(FIELDS)).isEqualTo(expected);
    }

    @Test
    void matchesKleeneLogicForEveryCombinationOfDeepNesting() {
        // not(all(a, any(b, not(c)))) against the same formula computed with Truth, for all 27 combinations.
        for (Truth a : Truth.values()) {
            for (Truth b : Truth.values()) {
                for (Truth c : Truth.values()) {
                    Criterion nested = not(all(criterionThatIs(a), any(criterionThatIs(b), not(criterionThatIs(c)))));
                    Truth expected = a.and(b.or(c.not())).not();
                    assertThat(nested.test(FIELDS)).as("a=%s b=%s c=%s", a, b, c).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void handlesSingleAndManyPartGroups() {
        assertThat(all(criterionThatIs(Truth.TRUE)).test(FIELDS)).isEqualTo(Truth.TRUE);
        assertThat(any(criterionThatIs(Truth.UNKNOWN)).test(FIELDS)).isEqualTo(Truth.UNKNOWN);
        assertThat(all(criterionThatIs(Truth.TRUE), criterionThatIs(Truth.TRUE), criterionThatIs(Truth.UNKNOWN),
                criterionThatIs(Truth.TRUE)).test(FIELDS)).isEqualTo(Truth.UNKNOWN);
        assertThat(any(criterionThatIs(Truth.FALSE), criterionThatIs(Truth.UNKNOWN), criterionThatIs(Truth.FALSE),
                criterionThatIs(Truth.TRUE)).test(FIELDS)).isEqualTo(Truth.TRUE);
    }

    @Test
    void evaluatesAHundredLevelsOfNesting() {
        Criterion nested = criterionThatIs(Truth.TRUE);
        for (int i = 0; i < 100; i++) {
            nested = i % 2 == 0 ? not(nested) : all(nested, criterionThatIs(Truth.TRUE));
        }
        assertThat(nested.test(FIELDS)).isEqualTo(Truth.TRUE);
    }

    @Test
    void reportsMissingFieldsOnlyWhenTheyLeaveTheGroupUnknown() {
        Outcome unknown = all(criterionThatIs(Truth.TRUE), compare("fraud_score", Operator.AT_LEAST, "85"),
                any(compare("risk", Operator.IS_TRUE), criterionThatIs(Truth.FALSE))).evaluate(FIELDS);
        assertThat(unknown.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(unknown.missingFields()).containsExactly("fraud_score", "risk");

        Outcome decided = all(criterionThatIs(Truth.FALSE), compare("fraud_score", Operator.AT_LEAST, "85"))
                .evaluate(FIELDS);
        assertThat(decided.truth()).isEqualTo(Truth.FALSE);
        assertThat(decided.missingFields()).isEmpty();

        assertThat(not(compare("fraud_score", Operator.AT_LEAST, "85")).evaluate(emptyLead()).missingFields())
                .containsExactly("fraud_score");
    }

    @Test
    void explainsEveryPartWithItsTruth() {
        FieldContext fields = lead("fraud_score", number("91"), "age", number("17"));
        Criterion criterion = any(
                compare("fraud_score", Operator.AT_LEAST, "85"),
                not(all(compare("age", Operator.AT_LEAST, "18"), compare("income", Operator.GREATER_THAN, "0"))));

        assertThat(criterion.evaluate(fields).explanation()).isEqualTo(
                "any of (fraud_score 91 at least 85 [true]; "
                        + "not (all of (age 17 at least 18 [false]; income (missing) greater than 0 [unknown])))");
        assertThat(criterion.describe())
                .isEqualTo("any of (fraud_score at least 85; not (all of (age at least 18; income greater than 0)))");
    }

    @Test
    void listsTheFieldsItReadsInOrder() {
        Criterion criterion = all(compare("state", Operator.EQUALS, "CA"),
                any(compare("fraud_score", Operator.AT_LEAST, "85"), not(compare("state", Operator.IS_BLANK))));
        assertThat(criterion.fields()).containsExactly("state", "fraud_score");
    }

    @Test
    void refusesEmptyGroupsAndMissingParts() {
        assertThatIllegalArgumentException().isThrownBy(Criterion::all)
                .withMessage("all needs at least one criterion");
        assertThatIllegalArgumentException().isThrownBy(() -> new AnyOf(null))
                .withMessage("any needs at least one criterion");
        assertThatIllegalArgumentException().isThrownBy(() -> any(criterionThatIs(Truth.TRUE), null))
                .withMessage("any: criterion 2 is missing");
        assertThatIllegalArgumentException().isThrownBy(() -> not(null))
                .withMessage("not needs a criterion");
    }

    @Test
    void keepsItsPartsImmutable() {
        List<Criterion> parts = new ArrayList<>(List.of(criterionThatIs(Truth.TRUE)));
        AllOf group = new AllOf(parts);
        parts.add(criterionThatIs(Truth.FALSE));
        assertThat(group.criteria()).hasSize(1);
        assertThat(group.test(FIELDS)).isEqualTo(Truth.TRUE);
    }
}

package io.leadgate.criteria;

import static io.leadgate.criteria.Criterion.all;
import static io.leadgate.criteria.Criterion.any;
import static io.leadgate.criteria.Criterion.compare;
import static io.leadgate.criteria.Criterion.not;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.lead.field.FieldType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CriterionValidationTest {

    private static List<String> validate(Criterion criterion) {
        return Criterion.validate(criterion, CriteriaFixtures::autoInsuranceFieldType);
    }

    @Test
    void acceptsCriteriaThatFitTheFieldTypes() {
        assertThat(validate(all(
                compare("fraud_score", Operator.AT_LEAST, "85"),
                compare("phone", Operator.EQUALS, "(212) 555-1212"),
                compare("state", Operator.IN_LIST, "California", "NY"),
                compare("birth_date", Operator.BETWEEN, "01/01/1950", "2006-12-31"),
                compare("home_owner", Operator.IS_TRUE),
                compare("ownership", Operator.EQUALS, "anything: choices are checked by the lead type"),
                compare("comment", Operator.CONTAINS, "call"),
                any(compare("email", Operator.MATCHES_PATTERN, "@gmail\\.com$"), not(compare("ip", Operator.IS_VALID))))))
                .isEmpty();
    }

    @Test
    void namesAFieldThatDoesNotExist() {
        assertThat(validate(compare("fraud_scor", Operator.AT_LEAST, "85")))
                .containsExactly("fraud_scor: no such field (in 'fraud_scor at least 85')");
    }

    @Test
    void namesAnOperatorThatDoesNotApplyToTheFieldType() {
        assertThat(validate(compare("phone", Operator.LESS_THAN, "5")))
                .containsExactly("phone: less_than does not apply to a phone field; it applies to number, date");
        assertThat(validate(compare("comment", Operator.IS_TRUE)))
                .containsExactly("comment: is_true does not apply to a string field; it applies to boolean");
    }

    @Test
    void namesAComparisonValueThatIsNotValidForTheFieldType() {
        assertThat(validate(compare("fraud_score", Operator.AT_LEAST, "high")))
                .containsExactly("fraud_score: at_least value 'high' is not a valid number");
        assertThat(validate(compare("state", Operator.IN_LIST, "CA", "Atlantis")))
                .containsExactly("state: in_list value 'Atlantis' is not a valid state");
        assertThat(validate(compare("home_owner", Operator.EQUALS, "maybe")))
                .containsExactly("home_owner: equals value 'maybe' is not a valid boolean");
        assertThat(validate(compare("birth_date", Operator.LESS_THAN, "02/30/2000")))
                .containsExactly("birth_date: less_than value '02/30/2000' is not a valid date");
    }

    @Test
    void leavesSearchValuesUnchecked() {
        assertThat(validate(compare("phone", Operator.CONTAINS, "555"))).isEmpty();
        assertThat(validate(compare("email", Operator.MATCHES_PATTERN, "^admin@"))).isEmpty();
    }

    @Test
    void namesBoundsWrittenTheWrongWayRound() {
        assertThat(validate(compare("age", Operator.BETWEEN, "65", "18")))
                .containsExactly("age: between lower bound 65 is above upper bound 18");
        assertThat(validate(compare("birth_date", Operator.BETWEEN, "2000-01-01", "12/31/1999")))
                .containsExactly("birth_date: between lower bound 2000-01-01 is above upper bound 12/31/1999");
        assertThat(validate(compare("age", Operator.BETWEEN, "18", "18"))).isEmpty();
    }

    @Test
    void collectsEveryProblemInNestedGroups() {
        assertThat(validate(all(
                compare("phone", Operator.IS_FALSE),
                any(compare("fraud_score", Operator.GREATER_THAN, "x"), not(compare("nope", Operator.IS_BLANK))))))
                .containsExactly(
                        "phone: is_false does not apply to a phone field; it applies to boolean",
                        "fraud_score: greater_than value 'x' is not a valid number",
                        "nope: no such field (in 'nope is blank')");
    }

    @Test
    void treatsALookupAnsweringNullAsAnUnknownField() {
        assertThat(Criterion.validate(compare("phone", Operator.IS_BLANK), field -> null))
                .containsExactly("phone: no such field (in 'phone is blank')");
        assertThat(Criterion.validate(compare("phone", Operator.IS_BLANK), null))
                .containsExactly("phone: no such field (in 'phone is blank')");
        assertThat(Criterion.validate(compare("phone", Operator.IS_BLANK), field -> Optional.of(FieldType.PHONE)))
                .isEmpty();
    }
}

package io.leadgate.criteria;

import static io.leadgate.criteria.CriteriaFixtures.emptyLead;
import static io.leadgate.criteria.CriteriaFixtures.lead;
import static io.leadgate.criteria.CriteriaFixtures.number;
import static io.leadgate.criteria.CriteriaFixtures.phone;
import static io.leadgate.criteria.CriteriaFixtures.text;
import static io.leadgate.criteria.CriteriaFixtures.value;
import static io.leadgate.criteria.Criterion.compare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The comparison rules people rely on, one behaviour per test; the full table is in the matrix test. */
class CompareEvaluationTest {

    @Test
    void comparesNumbersAsNumbersNotAsText() {
        assertThat(compare("fraud_score", Operator.GREATER_THAN, "9").test(lead("fraud_score", number("10"))))
                .isEqualTo(Truth.TRUE);
        assertThat(compare("fraud_score", Operator.EQUALS, "10.00").test(lead("fraud_score", number("10"))))
                .isEqualTo(Truth.TRUE);
    }

    @Test
    void matchesPhonesByE164HoweverEitherSideIsWritten() {
        FieldContext fields = lead("phone", phone("(212) 555-1212"));
        assertThat(compare("phone", Operator.EQUALS, "+12125551212").test(fields)).isEqualTo(Truth.TRUE);
        assertThat(compare("phone", Operator.EQUALS, "1-212-555-1212").test(fields)).isEqualTo(Truth.TRUE);
        assertThat(compare("phone", Operator.IN_LIST, "+14155552671", "212.555.1212").test(fields))
                .isEqualTo(Truth.TRUE);
    }

    @Test
    void readsComparisonPhonesWithTheFieldsRegion() {
        FieldValue london = value(FieldType.PHONE, "+44 20 7946 0958");
        FieldContext fields = new FieldContext(field -> Optional.of(london), null,
                field -> new FieldOptions("GB", null));
        assertThat(compare("phone", Operator.EQUALS, "020 7946 0958").test(fields)).isEqualTo(Truth.TRUE);
        assertThat(compare("phone", Operator.EQUALS, "020 7946 0958").test(FieldContext.of(field -> Optional.of(london))))
                .isEqualTo(Truth.FALSE);
    }

    @Test
    void comparesTextCaseInsensitively() {
        FieldContext fields = lead("comment", text("Call me after 5PM"));
        assertThat(compare("comment", Operator.EQUALS, "call ME after 5pm").test(fields)).isEqualTo(Truth.TRUE);
        assertThat(compare("comment", Operator.CONTAINS, "after 5pm").test(fields)).isEqualTo(Truth.TRUE);
        assertThat(compare("comment", Operator.MATCHES_PATTERN, "\\d+pm$").test(fields)).isEqualTo(Truth.TRUE);
        assertThat(compare("comment", Operator.NOT_IN_LIST, "CALL ME AFTER 5PM").test(fields)).isEqualTo(Truth.FALSE);
    }

    @Test
    void readsStateNamesAsTheirCodes() {
        FieldContext fields = lead("state", value(FieldType.STATE, "North Carolina"));
        assertThat(compare("state", Operator.EQUALS, "nc").test(fields)).isEqualTo(Truth.TRUE);
        assertThat(compare("state", Operator.IN_LIST, "CA", "north carolina").test(fields)).isEqualTo(Truth.TRUE);
        assertThat(compare("state", Operator.NOT_IN_LIST, "CA", "NY").test(fields)).isEqualTo(Truth.TRUE);
    }

    @Test
    void matchesChoicesAgainstTheDeclaredSpelling() {
        FieldContext fields = lead("ownership", value(FieldType.CHOICE, "RENTER"));
        assertThat(compare("ownership", Operator.EQUALS, "renter").test(fields)).isEqualTo(Truth.TRUE);
        assertThat(compare("ownership", Operator.IN_LIST, "Owner").test(fields)).isEqualTo(Truth.FALSE);
    }

    @Test
    void findsAPatternAnywhereUnlessAnchored() {
        FieldContext fields = lead("email", value(FieldType.EMAIL, "jane@mailinator.com"));
        assertThat(compare("email", Operator.MATCHES_PATTERN, "mailinator").test(fields)).isEqualTo(Truth.TRUE);
        assertThat(compare("email", Operator.MATCHES_PATTERN, "^mailinator").test(fields)).isEqualTo(Truth.FALSE);
        assertThat(compare("email", Operator.MATCHES_PATTERN, "(?-i)MAILINATOR").test(fields)).isEqualTo(Truth.FALSE);
    }

    @Test
    void treatsMissingValueAsUnknownNotPass() {
        Outcome outcome = compare("fraud_score", Operator.LESS_THAN, "85").evaluate(emptyLead());
        assertThat(outcome.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(outcome.missingFields()).containsExactly("fraud_score");
        assertThat(outcome.explanation()).isEqualTo("fraud_score (missing) less than 85");

        assertThat(compare("fraud_score", Operator.NOT_EQUALS, "99").test(emptyLead())).isEqualTo(Truth.UNKNOWN);
        assertThat(compare("state", Operator.NOT_IN_LIST, "CA").test(emptyLead())).isEqualTo(Truth.UNKNOWN);
        assertThat(compare("phone", Operator.IS_VALID).test(emptyLead())).isEqualTo(Truth.UNKNOWN);
        assertThat(compare("phone", Operator.IS_INVALID).test(emptyLead())).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void testsAbsenceOnlyWithIsBlankAndIsNotBlank() {
        Outcome blank = compare("email", Operator.IS_BLANK).evaluate(emptyLead());
        assertThat(blank.truth()).isEqualTo(Truth.TRUE);
        assertThat(blank.missingFields()).isEmpty();
        assertThat(blank.explanation()).isEqualTo("email (missing) is blank");
        assertThat(compare("email", Operator.IS_NOT_BLANK).test(emptyLead())).isEqualTo(Truth.FALSE);
    }

    @Test
    void treatsALookupAnsweringNullAsMissing() {
        FieldContext fields = new FieldContext(field -> null, field -> null, field -> null);
        assertThat(compare("fraud_score", Operator.AT_LEAST, "85").test(fields)).isEqualTo(Truth.UNKNOWN);
        assertThat(compare("fraud_score", Operator.IS_BLANK).test(fields)).isEqualTo(Truth.TRUE);
    }

    @Test
    void readsFieldsFromAMapIgnoringNullValues() {
        Map<String, FieldValue> values = new HashMap<>();
        values.put("fraud_score", number("91"));
        values.put("age", null);
        FieldContext fields = FieldContext.of(values);
        values.clear();
        assertThat(compare("fraud_score", Operator.AT_LEAST, "85").test(fields)).isEqualTo(Truth.TRUE);
        assertThat(compare("age", Operator.IS_BLANK).test(fields)).isEqualTo(Truth.TRUE);
    }

    @Test
    void comparesInvalidValuesByTheirRawText() {
        FieldContext fields = lead("phone", phone("555-CALL-NOW"));
        assertThat(compare("phone", Operator.IS_INVALID).test(fields)).isEqualTo(Truth.TRUE);
        assertThat(compare("phone", Operator.EQUALS, "555-call-now").test(fields)).isEqualTo(Truth.TRUE);
        assertThat(compare("phone", Operator.CONTAINS, "call").test(fields)).isEqualTo(Truth.TRUE);
        assertThat(compare("phone", Operator.MATCHES_PATTERN, "[a-z]{4}").test(fields)).isEqualTo(Truth.TRUE);
    }

    @Test
    void cannotOrderAnInvalidValue() {
        Outcome outcome = compare("age", Operator.AT_LEAST, "18").evaluate(lead("age", number("eighteen")));
        assertThat(outcome.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(outcome.missingFields()).isEmpty();
        assertThat(outcome.explanation())
                .isEqualTo("age 'eighteen' (invalid) at least 18 (an invalid value cannot be compared as a number)");
    }

    @Test
    void cannotOrderAgainstAComparisonValueOfTheWrongType() {
        Outcome outcome = compare("age", Operator.AT_LEAST, "adult").evaluate(lead("age", number("30")));
        assertThat(outcome.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(outcome.explanation()).isEqualTo("age 30 at least adult ('adult' is not a valid number)");
    }

    @Test
    void isUnknownWhenTheOperatorDoesNotFitTheValuesType() {
        Outcome outcome = compare("phone", Operator.LESS_THAN, "5").evaluate(lead("phone", phone("(212) 555-1212")));
        assertThat(outcome.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(outcome.explanation())
                .isEqualTo("phone +12125551212 less than 5 (less_than does not apply to a phone field)");
        assertThat(compare("phone", Operator.IS_TRUE).test(lead("phone", phone("(212) 555-1212"))))
                .isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void isUnknownWhenTheValueDisagreesWithTheDeclaredType() {
        FieldContext fields = FieldContext.of(field -> Optional.of(text("91")), field -> Optional.of(FieldType.NUMBER));
        Outcome outcome = compare("fraud_score", Operator.EQUALS, "91").evaluate(fields);
        assertThat(outcome.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(outcome.explanation())
                .isEqualTo("fraud_score 91 equals 91 (the field is declared number but holds a string value)");
    }

    @Test
    void explainsTheComparisonWithTheValueSeen() {
        assertThat(compare("fraud_score", Operator.AT_LEAST, "85").evaluate(lead("fraud_score", number("91")))
                .explanation()).isEqualTo("fraud_score 91 at least 85");
        assertThat(compare("age", Operator.BETWEEN, "18", "65").evaluate(lead("age", number("40.0")))
                .explanation()).isEqualTo("age 40 between 18 and 65");
        assertThat(compare("state", Operator.IN_LIST, "NY", "NJ")
                .evaluate(lead("state", value(FieldType.STATE, "california"))).explanation())
                .isEqualTo("state CA in list [NY, NJ]");
        assertThat(compare("phone", Operator.IS_VALID).evaluate(lead("phone", phone("12345"))).explanation())
                .isEqualTo("phone '12345' (invalid) is valid");
    }

    @Test
    void refusesToEvaluateWithoutFields() {
        assertThatIllegalArgumentException().isThrownBy(() -> compare("a", Operator.IS_BLANK).evaluate(null));
        assertThatIllegalArgumentException().isThrownBy(() -> new FieldContext(null, null, null))
                .withMessage("a field context needs a lookup of values");
    }
}

package io.leadgate.criteria;

import static io.leadgate.criteria.CriteriaFixtures.emptyLead;
import static io.leadgate.criteria.CriteriaFixtures.lead;
import static io.leadgate.criteria.CriteriaFixtures.number;
import static io.leadgate.criteria.CriteriaFixtures.phone;
import static io.leadgate.criteria.CriteriaFixtures.value;
import static io.leadgate.criteria.Criterion.all;
import static io.leadgate.criteria.Criterion.compare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    private static final Rule HIGH_FRAUD = Rule.reject(compare("fraud_score", Operator.AT_LEAST, "85"),
            "Fraud score too high");
    private static final Rule RISKY_FRAUD = Rule.qualityControl(compare("fraud_score", Operator.BETWEEN, "75", "84.99"),
            "Fraud score needs review");
    private static final Rule VOIP = Rule.flag(compare("line_type", Operator.EQUALS, "voip"), "VoIP line");
    private static final Rule DISPOSABLE = Rule.reject(compare("disposable", Operator.IS_TRUE), "Disposable email");

    /** The rules a buyer puts on an IPQS phone check. */
    private static RuleSet phoneRules() {
        return RuleSet.of(HIGH_FRAUD, RISKY_FRAUD, VOIP);
    }

    private static FieldContext ipqsResponse(String fraudScore, String lineType) {
        return lead("fraud_score", number(fraudScore), "line_type", value(FieldType.STRING, lineType));
    }

    @Test
    void rejectsWhenFraudScoreAtLeastThreshold() {
        Evaluation evaluation = phoneRules().evaluate(ipqsResponse("91", "wireless"));

        assertThat(evaluation.action()).isEqualTo(Action.REJECT);
        assertThat(evaluation.fired()).extracting(RuleResult::rule).containsExactly(HIGH_FRAUD);
        assertThat(evaluation.reasons()).containsExactly("Fraud score too high");
        assertThat(evaluation.fired().getFirst().explanation()).isEqualTo("fraud_score 91 at least 85");
        assertThat(evaluation.hasUnknown()).isFalse();
        assertThat(evaluation.decided()).isTrue();
    }

    @Test
    void acceptsWhenNoRuleFiresAndNoneIsUnknown() {
        Evaluation evaluation = phoneRules().evaluate(ipqsResponse("12", "wireless"));

        assertThat(evaluation.action()).isEqualTo(Action.ACCEPT);
        assertThat(evaluation.fired()).isEmpty();
        assertThat(evaluation.reasons()).isEmpty();
        assertThat(evaluation.results()).hasSize(3).allMatch(r -> r.truth() == Truth.FALSE);
        assertThat(evaluation.decided()).isTrue();
    }

    @Test
    void rejectBeatsQualityControlAndFlagWhenSeveralFire() {
        RuleSet rules = RuleSet.of(VOIP, Rule.qualityControl(compare("fraud_score", Operator.AT_LEAST, "50"), "Review"),
                HIGH_FRAUD, Rule.accept(compare("line_type", Operator.IS_NOT_BLANK), "Has a line type"));

        Evaluation evaluation = rules.evaluate(ipqsResponse("90", "VoIP"));

        assertThat(evaluation.action()).isEqualTo(Action.REJECT);
        assertThat(evaluation.fired()).hasSize(4);
        assertThat(evaluation.reasons())
                .containsExactly("Fraud score too high", "Review", "VoIP line", "Has a line type");
    }

    @Test
    void qualityControlBeatsFlag() {
        Evaluation evaluation = phoneRules().evaluate(ipqsResponse("80", "voip"));
        assertThat(evaluation.action()).isEqualTo(Action.QUALITY_CONTROL);
        assertThat(evaluation.reasons()).containsExactly("Fraud score needs review", "VoIP line");
    }

    @Test
    void flagBeatsAccept() {
        RuleSet rules = RuleSet.of(Rule.accept(compare("fraud_score", Operator.LESS_THAN, "50"), "Low risk"), VOIP);
        assertThat(rules.evaluate(ipqsResponse("10", "voip")).action()).isEqualTo(Action.FLAG);
        assertThat(rules.evaluate(ipqsResponse("10", "wireless")).action()).isEqualTo(Action.ACCEPT);
    }

    @Test
    void reportsUnknownRulesWithTheirMissingFieldsWhenTheProviderReturnedNothing() {
        Evaluation evaluation = phoneRules().evaluate(emptyLead());

        assertThat(evaluation.hasUnknown()).isTrue();
        assertThat(evaluation.decided()).isFalse();
        assertThat(evaluation.fired()).isEmpty();
        assertThat(evaluation.unknown()).extracting(RuleResult::rule).containsExactly(HIGH_FRAUD, RISKY_FRAUD, VOIP);
        assertThat(evaluation.unknown().getFirst().missingFields()).containsExactly("fraud_score");
        assertThat(evaluation.missingFields()).containsExactly("fraud_score", "line_type");
        // ACCEPT is only what fired; the caller sees the unknowns and applies the step's error policy
        assertThat(evaluation.action()).isEqualTo(Action.ACCEPT);
    }

    @Test
    void doesNotLetAnUnknownRejectRulePassSilentlyWhenAFlagFired() {
        Evaluation evaluation = RuleSet.of(HIGH_FRAUD, VOIP)
                .evaluate(lead("line_type", value(FieldType.STRING, "voip")));

        assertThat(evaluation.action()).isEqualTo(Action.FLAG);
        assertThat(evaluation.hasUnknown()).isTrue();
        assertThat(evaluation.decided()).isFalse();
        assertThat(evaluation.unknown()).extracting(RuleResult::reason).containsExactly("Fraud score too high");
    }

    @Test
    void isDecidedWhenAFiredRejectMakesTheUnknownsIrrelevant() {
        Evaluation evaluation = RuleSet.of(VOIP, DISPOSABLE, HIGH_FRAUD).evaluate(ipqsResponse("99", "landline"));

        assertThat(evaluation.hasUnknown()).isTrue();
        assertThat(evaluation.unknown()).extracting(RuleResult::rule).containsExactly(DISPOSABLE);
        assertThat(evaluation.decided()).isTrue();
        assertThat(evaluation.action()).isEqualTo(Action.REJECT);
    }

    @Test
    void treatsAnUnknownWeakerRuleAsNotChangingTheAction() {
        Evaluation evaluation = RuleSet.of(RISKY_FRAUD, Rule.flag(compare("phone", Operator.IS_INVALID), "Bad phone"))
                .evaluate(ipqsResponse("80", "voip"));
        assertThat(evaluation.hasUnknown()).isTrue();
        assertThat(evaluation.decided()).isTrue();
        assertThat(evaluation.action()).isEqualTo(Action.QUALITY_CONTROL);
    }

    @Test
    void evaluatesFromALookupAndDeclaredTypes() {
        Map<String, FieldValue> values = Map.of("phone", phone("(212) 555-1212"));
        RuleSet rules = RuleSet.of(Rule.reject(compare("phone", Operator.IN_LIST, "+12125551212"), "Internal DNC"));

        Evaluation withTypes = rules.evaluate(field -> Optional.ofNullable(values.get(field)),
                field -> Optional.of(FieldType.PHONE));
        Evaluation withoutTypes = rules.evaluate(field -> Optional.ofNullable(values.get(field)));

        assertThat(withTypes.action()).isEqualTo(Action.REJECT);
        assertThat(withoutTypes.action()).isEqualTo(Action.REJECT);
    }

    @Test
    void keepsEveryRulesResultInRuleOrder() {
        Evaluation evaluation = RuleSet.of(VOIP, DISPOSABLE, HIGH_FRAUD).evaluate(ipqsResponse("99", "voip"));
        assertThat(evaluation.results()).extracting(RuleResult::truth)
                .containsExactly(Truth.TRUE, Truth.UNKNOWN, Truth.TRUE);
        assertThat(evaluation.results()).extracting(RuleResult::action)
                .containsExactly(Action.FLAG, Action.REJECT, Action.REJECT);
    }

    @Test
    void explainsANestedRule() {
        Rule rule = Rule.reject(all(compare("fraud_score", Operator.AT_LEAST, "85"),
                compare("line_type", Operator.IN_LIST, "voip", "prepaid")), "Risky VoIP");
        RuleResult result = RuleSet.of(rule).evaluate(ipqsResponse("91", "VOIP")).fired().getFirst();
        assertThat(result.explanation())
                .isEqualTo("all of (fraud_score 91 at least 85 [true]; line_type VOIP in list [voip, prepaid] [true])");
    }

    @Test
    void reportsEachReasonOnceEvenWhenTwoRulesShareIt() {
        RuleSet rules = RuleSet.of(HIGH_FRAUD, Rule.reject(compare("fraud_score", Operator.GREATER_THAN, "95"),
                "Fraud score too high"));
        assertThat(rules.evaluate(ipqsResponse("99", "voip")).reasons()).containsExactly("Fraud score too high");
    }

    @Test
    void acceptsEveryLeadWithoutRules() {
        Evaluation evaluation = RuleSet.EMPTY.evaluate(emptyLead());
        assertThat(evaluation.action()).isEqualTo(Action.ACCEPT);
        assertThat(evaluation.hasUnknown()).isFalse();
        assertThat(new RuleSet(null).rules()).isEmpty();
    }

    @Test
    void validatesEveryRuleNamingItsPositionAndAction() {
        RuleSet rules = RuleSet.of(HIGH_FRAUD, Rule.flag(compare("phone", Operator.AT_LEAST, "5"), "odd"),
                Rule.reject(compare("fraud_scor", Operator.IS_BLANK), null));
        assertThat(rules.validate(CriteriaFixtures::autoInsuranceFieldType)).containsExactly(
                "rule 2 (flag): phone: at_least does not apply to a phone field; it applies to number, date",
                "rule 3 (reject): fraud_scor: no such field (in 'fraud_scor is blank')");
    }

    @Test
    void usesTheCriterionAsTheReasonWhenNoneIsGiven() {
        assertThat(Rule.flag(compare("fraud_score", Operator.AT_LEAST, "85"), " ").reason())
                .isEqualTo("fraud_score at least 85");
        assertThat(Rule.flag(compare("fraud_score", Operator.AT_LEAST, "85"), "  High risk ").reason())
                .isEqualTo("High risk");
    }

    @Test
    void refusesIncompleteRules() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Rule(null, Action.REJECT, "x"))
                .withMessage("a rule needs a criterion");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Rule(compare("a", Operator.IS_BLANK), null, "x"))
                .withMessage("a rule needs an action (one of accept, flag, quality_control, reject)");
        assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.of(HIGH_FRAUD, null))
                .withMessage("rule 2 is missing");
        assertThatIllegalArgumentException().isThrownBy(() -> phoneRules().evaluate((FieldContext) null));
    }

    @Test
    void keepsItsRulesAndResultsImmutable() {
        List<Rule> rules = new ArrayList<>(List.of(HIGH_FRAUD));
        RuleSet ruleSet = new RuleSet(rules);
        rules.add(VOIP);
        assertThat(ruleSet.rules()).containsExactly(HIGH_FRAUD);
        Evaluation evaluation = ruleSet.evaluate(emptyLead());
        assertThatThrownBy(() -> evaluation.results().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> evaluation.missingFields().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}

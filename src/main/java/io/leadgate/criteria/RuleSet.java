package io.leadgate.criteria;

import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The ordered rules of one integration setup or step, evaluated together to decide what happens to a lead.
 *
 * <p>Every rule is tested, even after a REJECT has fired, so the audit trail shows all that applied.
 *
 * @param rules the rules, in the order the user listed them
 */
public record RuleSet(List<Rule> rules) {

    /** A rule set without rules: every lead is accepted. */
    public static final RuleSet EMPTY = new RuleSet(List.of());

    public RuleSet {
        if (rules == null) {
            rules = List.of();
        }
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i) == null) {
                throw new IllegalArgumentException("rule " + (i + 1) + " is missing");
            }
        }
        rules = List.copyOf(rules);
    }

    /** A rule set of the given rules, in order. */
    public static RuleSet of(Rule... rules) {
        return new RuleSet(rules == null ? List.of() : Arrays.asList(rules));
    }

    /**
     * Checks every rule against the types of the fields it may read.
     *
     * @return one message per problem, starting with the rule's position and action, e.g.
     *     {@code rule 2 (reject): phone: less_than does not apply to a phone field; ...}; empty when all fit
     */
    public List<String> validate(Function<String, Optional<FieldType>> fieldTypes) {
        var problems = new ArrayList<String>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            String where = "rule " + (i + 1) + " (" + rule.action().id() + "): ";
            Criterion.validate(rule.when(), fieldTypes).forEach(problem -> problems.add(where + problem));
        }
        return List.copyOf(problems);
    }

    /** Tests every rule against the given fields. */
    public Evaluation evaluate(FieldContext fields) {
        if (fields == null) {
            throw new IllegalArgumentException("rules need a field context to be tested against");
        }
        return new Evaluation(rules.stream().map(rule -> rule.evaluate(fields)).toList());
    }

    /** Tests every rule against field values, compared with each value's own type. */
    public Evaluation evaluate(Function<String, Optional<FieldValue>> values) {
        return evaluate(FieldContext.of(values));
    }

    /** Tests every rule against field values and the fields' declared types. */
    public Evaluation evaluate(Function<String, Optional<FieldValue>> values,
            Function<String, Optional<FieldType>> fieldTypes) {
        return evaluate(FieldContext.of(values, fieldTypes));
    }
}

package io.leadgate.criteria;

import java.util.SequencedSet;

/**
 * What one rule made of one lead: whether it fired, did not, or could not tell, and why.
 *
 * @param rule the rule tested
 * @param outcome its criterion's outcome
 */
public record RuleResult(Rule rule, Outcome outcome) {

    public RuleResult {
        if (rule == null || outcome == null) {
            throw new IllegalArgumentException("a rule result needs a rule and an outcome");
        }
    }

    /** Whether the rule's criterion holds, does not, or is unknown. */
    public Truth truth() {
        return outcome.truth();
    }

    /** Whether the rule fired: its criterion holds. */
    public boolean fired() {
        return outcome.truth() == Truth.TRUE;
    }

    /** Whether the rule could not be decided, because a value it needs is missing or unreadable. */
    public boolean unknown() {
        return outcome.truth() == Truth.UNKNOWN;
    }

    /** The rule's action. */
    public Action action() {
        return rule.action();
    }

    /** The rule's reason. */
    public String reason() {
        return rule.reason();
    }

    /** The criterion with the values seen, e.g. {@code fraud_score 91 at least 85}; may contain personal data. */
    public String explanation() {
        return outcome.explanation();
    }

    /** The fields whose absence made the rule unknown. */
    public SequencedSet<String> missingFields() {
        return outcome.missingFields();
    }
}

package io.leadgate.criteria;

/**
 * A top-level criterion with the action it takes on a lead when it holds, and the reason given for that action.
 *
 * <p>The reason is what a seller and a reviewer read ("Fraud score too high"), so it should not contain personal data;
 * when none is given, the criterion in words is used.
 *
 * @param when the criterion that fires the rule
 * @param action what happens to the lead when the rule fires
 * @param reason why, in words
 */
public record Rule(Criterion when, Action action, String reason) {

    public Rule {
        if (when == null) {
            throw new IllegalArgumentException("a rule needs a criterion");
        }
        if (action == null) {
            throw new IllegalArgumentException("a rule needs an action (one of " + Action.ids() + ")");
        }
        reason = reason == null || reason.isBlank() ? when.describe() : reason.trim();
    }

    /** A rule that accepts the lead when the criterion holds. */
    public static Rule accept(Criterion when, String reason) {
        return new Rule(when, Action.ACCEPT, reason);
    }

    /** A rule that flags the lead when the criterion holds. */
    public static Rule flag(Criterion when, String reason) {
        return new Rule(when, Action.FLAG, reason);
    }

    /** A rule that sends the lead to quality control when the criterion holds. */
    public static Rule qualityControl(Criterion when, String reason) {
        return new Rule(when, Action.QUALITY_CONTROL, reason);
    }

    /** A rule that rejects the lead when the criterion holds. */
    public static Rule reject(Criterion when, String reason) {
        return new Rule(when, Action.REJECT, reason);
    }

    /** Tests this rule against the given fields. */
    public RuleResult evaluate(FieldContext fields) {
        return new RuleResult(this, when.evaluate(fields));
    }
}

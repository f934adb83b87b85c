package io.leadgate.integration.setup;

import io.leadgate.criteria.Action;
import io.leadgate.criteria.Rule;

/**
 * A rule as written in the API and configuration files: when the criterion holds, take the action
 * ({@code accept}, {@code reject}, {@code quality_control}, {@code flag}) for the reason given.
 */
public record RuleSpec(CriterionSpec when, String action, String reason) {

    public static RuleSpec of(CriterionSpec when, String action, String reason) {
        return new RuleSpec(when, action, reason);
    }

    /** The rule this describes; fails with a message naming what is wrong. */
    public Rule toRule() {
        if (when == null) {
            throw new IllegalArgumentException("a rule needs a 'when' criterion");
        }
        Action parsed = Action.fromId(action).orElseThrow(() -> new IllegalArgumentException(
                "unknown action '" + action + "'; use one of " + Action.ids()));
        return new Rule(when.toCriterion(), parsed, reason);
    }
}

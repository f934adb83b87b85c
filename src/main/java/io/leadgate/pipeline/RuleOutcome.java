package io.leadgate.pipeline;

/**
 * How one rule of a step came out, for the audit trail.
 *
 * @param truth {@code true}, {@code false} or {@code unknown} (a value it needs was missing)
 * @param explanation the rule with the lead's values, e.g. {@code fraud_score 91 at least 85}
 */
public record RuleOutcome(String action, String reason, String truth, String explanation) {
}

package io.leadgate.criteria;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;

/**
 * The result of testing a set of rules against one lead: every rule's result, the rules that fired, the ones that could
 * not be decided, and the action that follows.
 *
 * <p>The action is the strongest one among the rules that fired, ACCEPT when none did. A rule that could not be decided
 * (a value missing because a provider did not return it or the call failed) never passes silently: {@link #hasUnknown()}
 * says there was one, and {@link #decided()} says whether it could have changed the action, in which case the step's
 * error policy decides.
 *
 * @param results the result of each rule, in rule order
 */
public record Evaluation(List<RuleResult> results) {

    public Evaluation {
        results = results == null ? List.of() : List.copyOf(results);
    }

    /** The rules that fired, in rule order. */
    public List<RuleResult> fired() {
        return results.stream().filter(RuleResult::fired).toList();
    }

    /** The rules that could not be decided, in rule order. */
    public List<RuleResult> unknown() {
        return results.stream().filter(RuleResult::unknown).toList();
    }

    /** Whether any rule could not be decided. */
    public boolean hasUnknown() {
        return results.stream().anyMatch(RuleResult::unknown);
    }

    /** The strongest action among the rules that fired; ACCEPT when none fired. */
    public Action action() {
        return Action.strongest(fired().stream().map(RuleResult::action).toList());
    }

    /**
     * Whether the undecided rules, had they fired, could not have changed the action: true when there are none, or
     * when each of them carries an action no stronger than the one that results (a REJECT already fired, say).
     */
    public boolean decided() {
        Action action = action();
        return unknown().stream().noneMatch(result -> result.action().beats(action));
    }

    /** The reasons of the rules that fired, strongest action first, each once. */
    public List<String> reasons() {
        var reasons = new LinkedHashSet<String>();
        fired().stream()
                .sorted(Comparator.comparing(RuleResult::action, Action.BY_PRECEDENCE.reversed()))
                .forEach(result -> reasons.add(result.reason()));
        return List.copyOf(reasons);
    }

    /** The fields whose absence left some rule undecided, in the order the rules name them. */
    public SequencedSet<String> missingFields() {
        var fields = new LinkedHashSet<String>();
        unknown().forEach(result -> fields.addAll(result.missingFields()));
        return Collections.unmodifiableSequencedSet(fields);
    }
}

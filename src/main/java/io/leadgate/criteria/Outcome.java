package io.leadgate.criteria;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.SequencedSet;

/**
 * The result of testing one criterion against a lead: its truth, an explanation in words with the values it saw, and
 * the fields whose absence made it unknown.
 *
 * <p>The explanation shows field values (a phone number, an email address), so it belongs in the audit trail and the
 * console, not in the reasons returned to a seller.
 *
 * @param truth whether the criterion holds
 * @param explanation the criterion with the values seen, e.g. {@code fraud_score 91 at least 85}
 * @param missingFields the fields whose absence left the outcome unknown; empty unless the truth is unknown
 */
public record Outcome(Truth truth, String explanation, SequencedSet<String> missingFields) {

    public Outcome {
        if (truth == null) {
            throw new IllegalArgumentException("an outcome needs a truth");
        }
        explanation = explanation == null ? "" : explanation;
        missingFields = Collections.unmodifiableSequencedSet(
                missingFields == null ? new LinkedHashSet<>() : new LinkedHashSet<>(missingFields));
    }
}

package io.leadgate.criteria;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * A criterion that compares one field of a lead, or of a check's response, with the values the user wrote.
 *
 * <p>The values are kept as written; they are read with the field's type when compared, so a phone written
 * {@code (212) 555-1212} equals {@code +12125551212}. How many values there must be depends on the operator (none for
 * {@code is_blank}, two for {@code between}...); a wrong count, a blank value or a bad {@code matches_pattern} regular
 * expression is refused here with a message naming the field and the operator.
 *
 * @param field the name of the field compared
 * @param operator the comparison
 * @param values the values as the user wrote them
 */
public record Compare(String field, Operator operator, List<String> values) implements Criterion {

    public Compare {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("a criterion needs a field name");
        }
        field = field.trim();
        if (operator == null) {
            throw new IllegalArgumentException(field + ": a criterion needs an operator (one of " + Operator.ids() + ")");
        }
        List<String> written = values == null ? List.of() : new ArrayList<>(values);
        if (!operator.arity().accepts(written.size())) {
            throw new IllegalArgumentException(field + ": " + operator.id() + " " + operator.arity().requirement()
                    + ", got " + written.size());
        }
        for (int i = 0; i < written.size(); i++) {
            String value = written.get(i);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(field + ": " + operator.id() + " value " + (i + 1) + " is "
                        + (value == null ? "missing" : "blank") + "; use is_blank or is_not_blank to test for absence");
            }
        }
        if (operator == Operator.MATCHES_PATTERN) {
            try {
                Operands.pattern(written.getFirst());
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(field + ": matches_pattern has a bad pattern '" + e.getPattern()
                        + "': " + e.getDescription() + " near index " + e.getIndex(), e);
            }
        }
        values = List.copyOf(written);
    }

    /** A comparison of a field with the values the user wrote. */
    public static Compare of(String field, Operator operator, String... values) {
        return new Compare(field, operator, values == null ? List.of() : Arrays.asList(values));
    }

    /**
     * A comparison whose operator is given by its id, as in configuration files.
     *
     * @throws IllegalArgumentException when the id names no operator, listing the ids there are
     */
    public static Compare of(String field, String operatorId, List<String> values) {
        Operator operator = Operator.fromId(operatorId).orElseThrow(() -> new IllegalArgumentException(
                (field == null ? "" : field.trim() + ": ") + "unknown operator '" + operatorId + "'; use one of "
                        + Operator.ids()));
        return new Compare(field, operator, values);
    }

    /** The single value of a one-value operator, the first of several otherwise. */
    public String value() {
        return values.isEmpty() ? null : values.getFirst();
    }

    @Override
    public String toString() {
        return describe();
    }
}

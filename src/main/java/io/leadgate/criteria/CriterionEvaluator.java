package io.leadgate.criteria;

import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SequencedSet;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.IntPredicate;

/**
 * Tests criteria against a lead's fields with three-valued logic, and explains each outcome in words.
 *
 * <p>Rules of comparison: values are read with the field's type (numbers as numbers, phones as E.164, states as
 * two-letter codes, dates as dates) and text compares case-insensitively. A missing value makes a comparison unknown,
 * except {@code is_blank} (true) and {@code is_not_blank} (false), which are the way to test absence. An invalid value
 * is matched by its raw text for equality, {@code contains} and {@code matches_pattern}, but cannot be ordered.
 */
final class CriterionEvaluator {

    private CriterionEvaluator() {
    }

    static Outcome evaluate(Criterion criterion, FieldContext fields) {
        if (fields == null) {
            throw new IllegalArgumentException("criteria need a field context to be tested against");
        }
        return switch (criterion) {
            case Compare compare -> compare(compare, fields);
            case AllOf all -> group("all of", all.criteria(), fields, Truth.TRUE, Truth::and);
            case AnyOf any -> group("any of", any.criteria(), fields, Truth.FALSE, Truth::or);
            case Not not -> {
                Outcome inner = evaluate(not.criterion(), fields);
                Truth truth = inner.truth().not();
                yield new Outcome(truth, "not (" + annotated(not.criterion(), inner) + ")", inner.missingFields());
            }
        };
    }

    /** The comparison in words without a lead's values. */
    static String describe(Compare compare) {
        String values = written(compare);
        return compare.field() + " " + compare.operator().label() + (values.isEmpty() ? "" : " " + values);
    }

    private static Outcome group(String name, List<Criterion> parts, FieldContext fields, Truth identity,
            BinaryOperator<Truth> combiner) {
        // Every part is evaluated, even once the result is settled, so the explanation shows the whole group.
        Truth truth = identity;
        var outcomes = new ArrayList<Outcome>(parts.size());
        for (Criterion part : parts) {
            Outcome outcome = evaluate(part, fields);
            outcomes.add(outcome);
            truth = combiner.apply(truth, outcome.truth());
        }
        SequencedSet<String> missing = new LinkedHashSet<>();
        var explained = new ArrayList<String>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            Outcome outcome = outcomes.get(i);
            if (truth == Truth.UNKNOWN && outcome.truth() == Truth.UNKNOWN) {
                missing.addAll(outcome.missingFields());
            }
            explained.add(annotated(parts.get(i), outcome));
        }
        return new Outcome(truth, name + " (" + String.join("; ", explained) + ")", missing);
    }

    /** A part of a group: a comparison with its truth after it, a nested group as it explains itself. */
    private static String annotated(Criterion part, Outcome outcome) {
        return part instanceof Compare ? outcome.explanation() + " [" + outcome.truth().id() + "]" : outcome.explanation();
    }

    /** A decision on one comparison, with why it is unknown when the value alone does not say. */
    private record Decision(Truth truth, String note) {
        static Decision of(boolean value) {
            return new Decision(Truth.of(value), null);
        }

        static Decision unknown(String note) {
            return new Decision(Truth.UNKNOWN, note);
        }

        Decision not() {
            return new Decision(truth.not(), note);
        }

        Decision and(Decision other) {
            Truth combined = truth.and(other.truth);
            String why = combined != Truth.UNKNOWN ? null : note != null ? note : other.note;
            return new Decision(combined, why);
        }
    }

    private static Outcome compare(Compare compare, FieldContext fields) {
        String field = compare.field();
        Operator operator = compare.operator();
        Optional<FieldValue> found = fields.value(field);
        if (found.isEmpty()) {
            Truth truth = switch (operator) {
                case IS_BLANK -> Truth.TRUE;
                case IS_NOT_BLANK -> Truth.FALSE;
                default -> Truth.UNKNOWN;
            };
            return new Outcome(truth, explain(compare, "(missing)", null),
                    truth == Truth.UNKNOWN ? new LinkedHashSet<>(Set.of(field)) : null);
        }
        FieldValue value = found.get();
        Decision decision = decide(compare, value, fields);
        return new Outcome(decision.truth(), explain(compare, shown(value), decision.note()), null);
    }

    private static Decision decide(Compare compare, FieldValue value, FieldContext fields) {
        Operator operator = compare.operator();
        FieldType type = value.type();
        Optional<FieldType> declared = fields.type(compare.field());
        if (type == null) {
            return Decision.unknown("the value has no type");
        }
        if (declared.isPresent() && declared.get() != type) {
            return Decision.unknown("the field is declared " + declared.get().id() + " but holds a " + type.id()
                    + " value");
        }
        if (!operator.appliesTo(type)) {
            return Decision.unknown(operator.id() + " does not apply to a " + type.id() + " field");
        }
        FieldOptions options = fields.optionsOf(compare.field());
        List<String> values = compare.values();
        return switch (operator) {
            case IS_BLANK -> Decision.of(isBlank(value));
            case IS_NOT_BLANK -> Decision.of(!isBlank(value));
            case IS_VALID -> Decision.of(value.valid());
            case IS_INVALID -> Decision.of(!value.valid());
            case IS_TRUE -> bool(value, true);
            case IS_FALSE -> bool(value, false);
            case EQUALS, IN_LIST -> Decision.of(equalsAny(value, values, options));
            case NOT_EQUALS, NOT_IN_LIST -> Decision.of(!equalsAny(value, values, options));
            case LESS_THAN -> order(value, values.getFirst(), options, c -> c < 0);
            case AT_MOST -> order(value, values.getFirst(), options, c -> c <= 0);
            case GREATER_THAN -> order(value, values.getFirst(), options, c -> c > 0);
            case AT_LEAST -> order(value, values.getFirst(), options, c -> c >= 0);
            case BETWEEN -> order(value, values.getFirst(), options, c -> c >= 0)
                    .and(order(value, values.get(1), options, c -> c <= 0));
            case CONTAINS -> Decision.of(lower(subject(value)).contains(lower(values.getFirst().trim())));
            case MATCHES_PATTERN -> Decision.of(Operands.pattern(values.getFirst()).matcher(subject(value)).find());
        };
    }

    private static boolean isBlank(FieldValue value) {
        return value.raw() == null || value.raw().isBlank();
    }

    private static Decision bool(FieldValue value, boolean wanted) {
        if (!value.valid()) {
            return Decision.unknown("not a valid boolean");
        }
        return Decision.of(String.valueOf(wanted).equalsIgnoreCase(value.text()));
    }

    /** The text matched by contains and patterns: the canonical text of a valid value, the raw text otherwise. */
    private static String subject(FieldValue value) {
        String text = value.valid() ? value.text() : value.raw();
        return text == null ? "" : text.trim();
    }

    private static boolean equalsAny(FieldValue value, List<String> values, FieldOptions options) {
        for (String written : values) {
            if (same(value, written, options)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(FieldValue value, String written, FieldOptions options) {
        if (!value.valid()) {
            // What the seller sent could not be read, so only its literal text can match.
            return subject(value).equalsIgnoreCase(written.trim());
        }
        Optional<FieldValue> operand = Operands.normalise(value.type(), options, written);
        if (operand.isEmpty()) {
            return text(value).equalsIgnoreCase(written.trim());
        }
        if (operand.get().valid()) {
            Optional<BigDecimal> left = number(value);
            Optional<BigDecimal> right = number(operand.get());
            if (left.isPresent() && right.isPresent()) {
                return left.get().compareTo(right.get()) == 0;
            }
        }
        return text(value).equalsIgnoreCase(text(operand.get()));
    }

    private static Decision order(FieldValue value, String written, FieldOptions options, IntPredicate holds) {
        String kind = value.type() == FieldType.DATE ? "date" : "number";
        if (!value.valid()) {
            return Decision.unknown("an invalid value cannot be compared as a " + kind);
        }
        Optional<FieldValue> operand = Operands.normalise(value.type(), options, written);
        if (operand.isEmpty() || !operand.get().valid()) {
            return Decision.unknown("'" + written.trim() + "' is not a valid " + kind);
        }
        Optional<Integer> comparison = value.type() == FieldType.DATE
                ? compareDates(value, operand.get())
                : compareNumbers(value, operand.get());
        return comparison.map(c -> Decision.of(holds.test(c)))
                .orElseGet(() -> Decision.unknown("cannot be compared as a " + kind));
    }

    private static Optional<Integer> compareNumbers(FieldValue left, FieldValue right) {
        Optional<BigDecimal> a = number(left);
        Optional<BigDecimal> b = number(right);
        return a.isPresent() && b.isPresent() ? Optional.of(a.get().compareTo(b.get())) : Optional.empty();
    }

    private static Optional<Integer> compareDates(FieldValue left, FieldValue right) {
        Optional<LocalDate> a = date(left);
        Optional<LocalDate> b = date(right);
        return a.isPresent() && b.isPresent() ? Optional.of(a.get().compareTo(b.get())) : Optional.empty();
    }

    private static Optional<BigDecimal> number(FieldValue value) {
        if (value.type() != FieldType.NUMBER || !value.valid()) {
            return Optional.empty();
        }
        Optional<BigDecimal> number = value.number();
        if (number != null && number.isPresent()) {
            return number;
        }
        try {
            return Optional.of(new BigDecimal(text(value)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(FieldValue value) {
        try {
            return Optional.of(LocalDate.parse(text(value)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String text(FieldValue value) {
        return value.text() == null ? "" : value.text();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static String shown(FieldValue value) {
        if (value.valid()) {
            return text(value);
        }
        return "'" + (value.raw() == null ? "" : value.raw().trim()) + "' (invalid)";
    }

    private static String explain(Compare compare, String shown, String note) {
        String values = written(compare);
        return compare.field() + " " + shown + " " + compare.operator().label()
                + (values.isEmpty() ? "" : " " + values)
                + (note == null ? "" : " (" + note + ")");
    }

    /** The values as the user wrote them: {@code 85}, {@code 18 and 65}, {@code [CA, NY]}. */
    private static String written(Compare compare) {
        List<String> values = compare.values();
        return switch (compare.operator().arity()) {
            case NONE -> "";
            case ONE -> values.getFirst();
            case TWO -> values.get(0) + " and " + values.get(1);
            case MANY -> "[" + String.join(", ", values) + "]";
        };
    }
}

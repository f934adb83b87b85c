package io.leadgate.criteria;

import io.leadgate.lead.field.FieldType;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The comparison a criterion makes between a field and the values the user wrote, with the number of values it takes
 * and the field types it applies to.
 *
 * <p>The id ({@code at_least}) is what the API, configuration files and storage use; the label ({@code at least}) is
 * what people read.
 */
public enum Operator {
    EQUALS("equals", "equals", Arity.ONE, Types.ALL),
    NOT_EQUALS("not_equals", "not equals", Arity.ONE, Types.ALL),
    LESS_THAN("less_than", "less than", Arity.ONE, Types.ORDERED),
    AT_MOST("at_most", "at most", Arity.ONE, Types.ORDERED),
    GREATER_THAN("greater_than", "greater than", Arity.ONE, Types.ORDERED),
    AT_LEAST("at_least", "at least", Arity.ONE, Types.ORDERED),
    BETWEEN("between", "between", Arity.TWO, Types.ORDERED),
    IN_LIST("in_list", "in list", Arity.MANY, Types.ALL),
    NOT_IN_LIST("not_in_list", "not in list", Arity.MANY, Types.ALL),
    CONTAINS("contains", "contains", Arity.ONE, Types.TEXTUAL),
    MATCHES_PATTERN("matches_pattern", "matches pattern", Arity.ONE, Types.PATTERNED),
    IS_BLANK("is_blank", "is blank", Arity.NONE, Types.ALL),
    IS_NOT_BLANK("is_not_blank", "is not blank", Arity.NONE, Types.ALL),
    IS_TRUE("is_true", "is true", Arity.NONE, Types.BOOLEAN),
    IS_FALSE("is_false", "is false", Arity.NONE, Types.BOOLEAN),
    IS_VALID("is_valid", "is valid", Arity.NONE, Types.ALL),
    IS_INVALID("is_invalid", "is invalid", Arity.NONE, Types.ALL);

    /** How many values an operator takes. */
    public enum Arity {
        NONE(0, 0, "takes no values"),
        ONE(1, 1, "needs one value"),
        TWO(2, 2, "needs two values"),
        MANY(1, Integer.MAX_VALUE, "needs at least one value");

        private final int min;
        private final int max;
        private final String requirement;

        Arity(int min, int max, String requirement) {
            this.min = min;
            this.max = max;
            this.requirement = requirement;
        }

        /** The fewest values accepted. */
        public int min() {
            return min;
        }

        /** The most values accepted. */
        public int max() {
            return max;
        }

        /** Whether this many values are accepted. */
        public boolean accepts(int count) {
            return count >= min && count <= max;
        }

        /** The requirement in words, for error messages ("needs two values"). */
        public String requirement() {
            return requirement;
        }
    }

    // A holder class, because an enum constant's arguments cannot refer to the enum's own static fields.
    private static final class Types {
        static final Set<FieldType> ALL = EnumSet.allOf(FieldType.class);
        static final Set<FieldType> ORDERED = EnumSet.of(FieldType.NUMBER, FieldType.DATE);
        static final Set<FieldType> TEXTUAL = EnumSet.complementOf(
                EnumSet.of(FieldType.BOOLEAN, FieldType.NUMBER, FieldType.DATE));
        static final Set<FieldType> PATTERNED = EnumSet.complementOf(EnumSet.of(FieldType.BOOLEAN));
        static final Set<FieldType> BOOLEAN = EnumSet.of(FieldType.BOOLEAN);
    }

    private final String id;
    private final String label;
    private final Arity arity;
    private final Set<FieldType> fieldTypes;

    Operator(String id, String label, Arity arity, Set<FieldType> fieldTypes) {
        this.id = id;
        this.label = label;
        this.arity = arity;
        this.fieldTypes = Collections.unmodifiableSet(EnumSet.copyOf(fieldTypes));
    }

    /** The stable snake_case identifier ({@code at_least}). */
    public String id() {
        return id;
    }

    /** The words people read ({@code at least}). */
    public String label() {
        return label;
    }

    /** How many values this operator takes. */
    public Arity arity() {
        return arity;
    }

    /** The field types this operator applies to. */
    public Set<FieldType> fieldTypes() {
        return fieldTypes;
    }

    /** Whether this operator applies to fields of the given type. */
    public boolean appliesTo(FieldType type) {
        return type != null && fieldTypes.contains(type);
    }

    /** Whether this operator orders values (numbers or dates) rather than matching them. */
    public boolean orders() {
        return switch (this) {
            case LESS_THAN, AT_MOST, GREATER_THAN, AT_LEAST, BETWEEN -> true;
            default -> false;
        };
    }

    /** Whether this operator reads its values as values of the field's type (so they must be valid for it). */
    public boolean normalisesValues() {
        return switch (this) {
            case EQUALS, NOT_EQUALS, IN_LIST, NOT_IN_LIST -> true;
            default -> orders();
        };
    }

    /** The operator for an id such as {@code at_least} (case-insensitive), or empty when there is none. */
    public static Optional<Operator> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.id.equals(wanted)).findFirst();
    }

    /** All ids, comma separated, for error messages. */
    public static String ids() {
        return Arrays.stream(values()).map(Operator::id).collect(Collectors.joining(", "));
    }
}

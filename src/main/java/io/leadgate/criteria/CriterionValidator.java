package io.leadgate.criteria;

import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks criteria against the field types of a lead type, collecting every problem rather than stopping at the first. */
final class CriterionValidator {

    // Free text reads anything, and a choice needs its declared choices to be checked, which only the lead type knows.
    private static final Set<FieldType> UNCHECKED_VALUES = EnumSet.of(FieldType.STRING, FieldType.CHOICE);

    private CriterionValidator() {
    }

    static List<String> validate(Criterion criterion, Function<String, Optional<FieldType>> fieldTypes) {
        if (criterion == null) {
            return List.of("a rule needs a criterion");
        }
        Function<String, Optional<FieldType>> types = fieldTypes == null ? field -> Optional.empty() : fieldTypes;
        var problems = new ArrayList<String>();
        collect(criterion, types, problems);
        return List.copyOf(problems);
    }

    private static void collect(Criterion criterion, Function<String, Optional<FieldType>> types, List<String> into) {
        switch (criterion) {
            case Compare compare -> check(compare, types, into);
            case AllOf all -> all.criteria().forEach(c -> collect(c, types, into));
            case AnyOf any -> any.criteria().forEach(c -> collect(c, types, into));
            case Not not -> collect(not.criterion(), types, into);
        }
    }

    private static void check(Compare compare, Function<String, Optional<FieldType>> types, List<String> into) {
        String field = compare.field();
        Operator operator = compare.operator();
        Optional<FieldType> found = types.apply(field);
        if (found == null || found.isEmpty()) {
            into.add(field + ": no such field (in '" + compare.describe() + "')");
            return;
        }
        FieldType type = found.get();
        if (!operator.appliesTo(type)) {
            into.add(field + ": " + operator.id() + " does not apply to a " + type.id() + " field; it applies to "
                    + operator.fieldTypes().stream().map(FieldType::id).collect(Collectors.joining(", ")));
            return;
        }
        if (!operator.normalisesValues() || UNCHECKED_VALUES.contains(type)) {
            return;
        }
        var read = new ArrayList<Optional<FieldValue>>();
        for (String written : compare.values()) {
            Optional<FieldValue> value = Operands.normalise(type, FieldOptions.NONE, written);
            if (value.isEmpty() || !value.get().valid()) {
                into.add(field + ": " + operator.id() + " value '" + written.trim() + "' is not a valid " + type.id());
            }
            read.add(value);
        }
        if (operator == Operator.BETWEEN && reversed(type, read.get(0), read.get(1))) {
            into.add(field + ": between lower bound " + compare.values().get(0).trim() + " is above upper bound "
                    + compare.values().get(1).trim());
        }
    }

    private static boolean reversed(FieldType type, Optional<FieldValue> lower, Optional<FieldValue> upper) {
        if (lower.isEmpty() || upper.isEmpty() || !lower.get().valid() || !upper.get().valid()) {
            return false;
        }
        if (type == FieldType.NUMBER) {
            Optional<BigDecimal> a = lower.get().number();
            Optional<BigDecimal> b = upper.get().number();
            return a.isPresent() && b.isPresent() && a.get().compareTo(b.get()) > 0;
        }
        // ISO dates order as text.
        return lower.get().text().compareTo(upper.get().text()) > 0;
    }
}

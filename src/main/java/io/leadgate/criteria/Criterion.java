package io.leadgate.criteria;

import io.leadgate.lead.field.FieldType;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SequencedSet;
import java.util.function.Function;

/**
 * A condition on a lead's fields: a single comparison, or an all / any / not group of conditions nested to any depth.
 *
 * <p>Criteria are immutable values, checked when they are built (a comparison with the wrong number of values or a bad
 * pattern cannot exist). Whether they fit the field types of a lead type is checked separately with
 * {@link #validate(Criterion, Function)}, because the same criterion may be placed on several lead types.
 */
public sealed interface Criterion permits Compare, AllOf, AnyOf, Not {

    /** Tests this criterion against the given fields, with the explanation and the fields that were missing. */
    default Outcome evaluate(FieldContext fields) {
        return CriterionEvaluator.evaluate(this, fields);
    }

    /** Tests this criterion against the given fields. */
    default Truth test(FieldContext fields) {
        return evaluate(fields).truth();
    }

    /** The criterion in words, without any lead's values ({@code fraud_score at least 85}). */
    default String describe() {
        return switch (this) {
            case Compare compare -> CriterionEvaluator.describe(compare);
            case AllOf all -> "all of (" + String.join("; ", all.criteria().stream().map(Criterion::describe).toList()) + ")";
            case AnyOf any -> "any of (" + String.join("; ", any.criteria().stream().map(Criterion::describe).toList()) + ")";
            case Not not -> "not (" + not.criterion().describe() + ")";
        };
    }

    /** The fields this criterion reads, in the order they first appear. */
    default SequencedSet<String> fields() {
        var fields = new LinkedHashSet<String>();
        collectFields(this, fields);
        return Collections.unmodifiableSequencedSet(fields);
    }

    private static void collectFields(Criterion criterion, SequencedSet<String> into) {
        switch (criterion) {
            case Compare compare -> into.add(compare.field());
            case AllOf all -> all.criteria().forEach(c -> collectFields(c, into));
            case AnyOf any -> any.criteria().forEach(c -> collectFields(c, into));
            case Not not -> collectFields(not.criterion(), into);
        }
    }

    /**
     * Checks a criterion against the types of the fields it may read: that every field exists, that every operator
     * applies to its field's type, and that every value an operator reads as a field value is valid for that type.
     *
     * @param fieldTypes the type of each field that exists (lead fields and mapped response fields)
     * @return one message per problem, naming the field and the operator; empty when the criterion fits
     */
    static List<String> validate(Criterion criterion, Function<String, Optional<FieldType>> fieldTypes) {
        return CriterionValidator.validate(criterion, fieldTypes);
    }

    /** A comparison of a field with the values the user wrote. */
    static Compare compare(String field, Operator operator, String... values) {
        return Compare.of(field, operator, values);
    }

    /** A group that holds when every criterion holds. */
    static AllOf all(Criterion... criteria) {
        return new AllOf(criteria == null ? null : Arrays.asList(criteria));
    }

    /** A group that holds when at least one criterion holds. */
    static AnyOf any(Criterion... criteria) {
        return new AnyOf(criteria == null ? null : Arrays.asList(criteria));
    }

    /** The negation of a criterion. */
    static Not not(Criterion criterion) {
        return new Not(criterion);
    }
}

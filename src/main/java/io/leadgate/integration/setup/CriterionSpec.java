package io.leadgate.integration.setup;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.leadgate.criteria.AllOf;
import io.leadgate.criteria.AnyOf;
import io.leadgate.criteria.Compare;
import io.leadgate.criteria.Criterion;
import io.leadgate.criteria.Not;
import java.util.ArrayList;
import java.util.List;

/**
 * A criterion as written in the API and configuration files: either a comparison
 * ({@code {"field": "fraud_score", "operator": "at_least", "value": "85"}}, {@code values} for lists and ranges) or a
 * group ({@code {"all": [...]}}, {@code {"any": [...]}}, {@code {"not": {...}}}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CriterionSpec(String field, String operator, String value, List<String> values, List<CriterionSpec> all,
        List<CriterionSpec> any, CriterionSpec not) {

    public static CriterionSpec compare(String field, String operator, String... values) {
        return values.length == 1
                ? new CriterionSpec(field, operator, values[0], null, null, null, null)
                : new CriterionSpec(field, operator, null, values.length == 0 ? null : List.of(values), null, null, null);
    }

    /** The criterion this describes; fails with a message naming what is wrong. */
    public Criterion toCriterion() {
        int kinds = (field != null || operator != null ? 1 : 0) + (all != null ? 1 : 0) + (any != null ? 1 : 0) + (not != null ? 1 : 0);
        if (kinds != 1) {
            throw new IllegalArgumentException("a criterion is either a comparison (field, operator, value) or one group (all, any, not)");
        }
        if (all != null) {
            return new AllOf(children(all, "all"));
        }
        if (any != null) {
            return new AnyOf(children(any, "any"));
        }
        if (not != null) {
            return new Not(not.toCriterion());
        }
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("a comparison needs a field");
        }
        if (operator == null || operator.isBlank()) {
            throw new IllegalArgumentException("the comparison on " + field + " needs an operator");
        }
        List<String> operands = new ArrayList<>();
        if (value != null) {
            operands.add(value);
        }
        if (values != null) {
            operands.addAll(values);
        }
        return Compare.of(field.trim(), operator.trim(), operands);
    }

    private static List<Criterion> children(List<CriterionSpec> specs, String group) {
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("'" + group + "' needs at least one criterion");
        }
        return specs.stream().map(CriterionSpec::toCriterion).toList();
    }
}

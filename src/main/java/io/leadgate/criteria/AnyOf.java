package io.leadgate.criteria;

import java.util.List;

/**
 * A group of criteria that holds when at least one of them holds.
 *
 * <p>With a missing value it is true as soon as one part is true, and unknown only when no part is true.
 *
 * @param criteria the parts, at least one
 */
public record AnyOf(List<Criterion> criteria) implements Criterion {

    public AnyOf {
        criteria = Groups.parts("any", criteria);
    }

    @Override
    public String toString() {
        return describe();
    }
}

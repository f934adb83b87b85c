package io.leadgate.criteria;

import java.util.List;

/**
 * A group of criteria that holds when every one of them holds.
 *
 * <p>With a missing value it is false as soon as one part is false, and unknown only when no part is false.
 *
 * @param criteria the parts, at least one
 */
public record AllOf(List<Criterion> criteria) implements Criterion {

    public AllOf {
        criteria = Groups.parts("all", criteria);
    }

    @Override
    public String toString() {
        return describe();
    }
}

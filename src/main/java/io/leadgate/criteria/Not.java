package io.leadgate.criteria;

/**
 * A criterion that holds when another one does not; unknown stays unknown.
 *
 * @param criterion the criterion negated
 */
public record Not(Criterion criterion) implements Criterion {

    public Not {
        if (criterion == null) {
            throw new IllegalArgumentException("not needs a criterion");
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}

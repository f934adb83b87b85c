package io.leadgate.criteria;

import java.util.List;

/** Checks shared by the all and any groups. */
final class Groups {

    private Groups() {
    }

    /**
     * The parts of a group, copied; refused when there are none, because an empty group would hold (or fail) for every
     * lead without saying why.
     */
    static List<Criterion> parts(String group, List<Criterion> criteria) {
        if (criteria == null || criteria.isEmpty()) {
            throw new IllegalArgumentException(group + " needs at least one criterion");
        }
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i) == null) {
                throw new IllegalArgumentException(group + ": criterion " + (i + 1) + " is missing");
            }
        }
        return List.copyOf(criteria);
    }
}

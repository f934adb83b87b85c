package io.leadgate.criteria;

import java.util.Locale;

/**
 * The outcome of testing a criterion: true, false, or unknown when a value it needs is missing or unreadable.
 *
 * <p>Groups combine outcomes with Kleene's three-valued logic, so an unknown part only decides a group when the known
 * parts cannot: {@code FALSE and UNKNOWN} is {@code FALSE}, {@code TRUE or UNKNOWN} is {@code TRUE}, and
 * {@code not UNKNOWN} stays {@code UNKNOWN}.
 */
public enum Truth {
    TRUE,
    FALSE,
    UNKNOWN;

    /** The truth of a plain boolean. */
    public static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** Kleene conjunction: false wins, then unknown. */
    public Truth and(Truth other) {
        Truth that = other == null ? UNKNOWN : other;
        if (this == FALSE || that == FALSE) {
            return FALSE;
        }
        return this == UNKNOWN || that == UNKNOWN ? UNKNOWN : TRUE;
    }

    /** Kleene disjunction: true wins, then unknown. */
    public Truth or(Truth other) {
        Truth that = other == null ? UNKNOWN : other;
        if (this == TRUE || that == TRUE) {
            return TRUE;
        }
        return this == UNKNOWN || that == UNKNOWN ? UNKNOWN : FALSE;
    }

    /** Kleene negation: true and false swap, unknown stays unknown. */
    public Truth not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** The lower-case name used in explanations. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

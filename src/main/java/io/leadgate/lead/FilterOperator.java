package io.leadgate.lead;

import java.util.List;

/** The operators of a lead filter such as {@code fraud_score<50}, as written in a query. */
public enum FilterOperator {
    NOT_EQUALS("!=", "<>"),
    AT_MOST("<="),
    AT_LEAST(">="),
    EQUALS("=", "=="),
    LESS_THAN("<"),
    GREATER_THAN(">"),
    IN(" in "),
    CONTAINS(" contains "),
    IS_NOT_BLANK(" is not blank"),
    IS_BLANK(" is blank");

    private final List<String> symbols;

    FilterOperator(String... symbols) {
        this.symbols = List.of(symbols);
    }

    /** How the operator is written; the first is the canonical form. */
    public List<String> symbols() {
        return symbols;
    }

    /** Whether the operator takes no value ({@code is blank}). */
    public boolean unary() {
        return this == IS_BLANK || this == IS_NOT_BLANK;
    }

    /** Whether the operator orders values ({@code <}, {@code >=}...). */
    public boolean ordering() {
        return this == LESS_THAN || this == AT_MOST || this == GREATER_THAN || this == AT_LEAST;
    }
}

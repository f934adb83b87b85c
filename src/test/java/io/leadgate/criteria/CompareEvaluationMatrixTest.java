package io.leadgate.criteria;

import static io.leadgate.criteria.CriteriaFixtures.emptyLead;
import static io.leadgate.criteria.CriteriaFixtures.lead;
import static io.leadgate.criteria.CriteriaFixtures.value;
import static io.leadgate.criteria.Operator.AT_LEAST;
import static io.leadgate.criteria.Operator.AT_MOST;
import static io.leadgate.criteria.Operator.BETWEEN;
import static io.leadgate.criteria.Operator.CONTAINS;
import static io.leadgate.criteria.Operator.EQUALS;
import static io.leadgate.criteria.Operator.GREATER_THAN;
import static io.leadgate.criteria.Operator.IN_LIST;
import static io.leadgate.criteria.Operator.IS_BLANK;
import static io.leadgate.criteria.Operator.IS_FALSE;
import static io.leadgate.criteria.Operator.IS_INVALID;
import static io.leadgate.criteria.Operator.IS_NOT_BLANK;
import static io.leadgate.criteria.Operator.IS_TRUE;
import static io.leadgate.criteria.Operator.IS_VALID;
import static io.leadgate.criteria.Operator.LESS_THAN;
import static io.leadgate.criteria.Operator.MATCHES_PATTERN;
import static io.leadgate.criteria.Operator.NOT_EQUALS;
import static io.leadgate.criteria.Operator.NOT_IN_LIST;
import static io.leadgate.criteria.Truth.FALSE;
import static io.leadgate.criteria.Truth.TRUE;
import static io.leadgate.criteria.Truth.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.lead.field.FieldType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operator on every field type it applies to, on a valid value, an invalid value and a missing one; a coverage
 * test keeps the table exhaustive when an operator or a field type is added.
 */
class CompareEvaluationMatrixTest {

    /**
     * A field type with a value a seller could send, the same value written another way, a different value, an invalid
     * value (null when the type has none), and a fragment and a pattern its canonical text holds (null when the type
     * cannot be searched).
     */
    private record Sample(FieldType type, String raw, String sameWrittenOtherwise, String different, String invalid,
            String fragment, String pattern) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample(FieldType.PHONE, "(212) 555-1212", "+1 212.555.1212", "(415) 555-2671", "12345",
                    "212555", "^\\+1212"),
            new Sample(FieldType.EMAIL, "John.Doe@Example.COM", "john.doe@EXAMPLE.com", "jane@example.com",
                    "not-an-email", "EXAMPLE.COM", "@example\\.com$"),
            new Sample(FieldType.IP, "2001:DB8:0:0:0:0:0:1", "2001:db8::1", "8.8.8.8", "999.1.1.1",
                    "DB8::", "^2001:"),
            new Sample(FieldType.STATE, "california", "CA", "New York", "Atlantis", "c", "^ca$"),
            new Sample(FieldType.POSTAL_CODE, "k1a 0b1", "K1A0B1", "10001", "ABC", "K1A", "^[a-z]\\d[a-z]"),
            new Sample(FieldType.TRUSTEDFORM_URL,
                    "https://cert.trustedform.com/2605ec3b2f8b7e8d2c4f3e1a9b8c7d6e5f4a3b2c",
                    "HTTPS://cert.trustedform.com/2605EC3B2F8B7E8D2C4F3E1A9B8C7D6E5F4A3B2C",
                    "https://cert.trustedform.com/0000ec3b2f8b7e8d2c4f3e1a9b8c7d6e5f4a3b2c", "http://example.com",
                    "cert.trustedform.com/2605", "/[0-9a-f]{40}$"),
            new Sample(FieldType.STRING, "  Hello World ", "hello WORLD", "Goodbye", null, "LO WO", "^hello"),
            new Sample(FieldType.NUMBER, "1,234.50", "1234.5", "1234.51", "lots", null, "^1234\\.5$"),
            new Sample(FieldType.BOOLEAN, "Yes", "TRUE", "no", "maybe", null, null),
            new Sample(FieldType.DATE, "01/05/2024", "2024-01-05", "2024-01-06", "02/30/2024", null, "^2024-01"),
            new Sample(FieldType.CHOICE, "owner", "OWNER", "Renter", "squatter", "WN", "^own"));

    /** One row of the table: a value (null when missing) tested with an operator and its values. */
    record Case(FieldType type, String raw, Operator operator, List<String> values, Truth expected) {
        @Override
        public String toString() {
            return type.id() + " " + (raw == null ? "(missing)" : "'" + raw + "'") + " " + operator.id() + " "
                    + values + " -> " + expected;
        }
    }

    private static Case row(FieldType type, String raw, Operator operator, Truth expected, String... values) {
        return new Case(type, raw, operator, List.of(values), expected);
    }

    static Stream<Case> cases() {
        var cases = new ArrayList<Case>();
        for (Sample s : SAMPLES) {
            cases.addAll(validValueCases(s));
            if (s.invalid() != null) {
                cases.addAll(invalidValueCases(s));
            }
            cases.addAll(missingValueCases(s.type()));
        }
        cases.addAll(orderingCases());
        cases.addAll(booleanCases());
        return cases.stream();
    }

    private static List<Case> validValueCases(Sample s) {
        FieldType t = s.type();
        var cases = new ArrayList<>(List.of(
                row(t, s.raw(), EQUALS, TRUE, s.sameWrittenOtherwise()),
                row(t, s.raw(), EQUALS, FALSE, s.different()),
                row(t, s.raw(), NOT_EQUALS, FALSE, s.sameWrittenOtherwise()),
                row(t, s.raw(), NOT_EQUALS, TRUE, s.different()),
                row(t, s.raw(), IN_LIST, TRUE, s.different(), s.sameWrittenOtherwise()),
                row(t, s.raw(), IN_LIST, FALSE, s.different()),
                row(t, s.raw(), NOT_IN_LIST, FALSE, s.different(), s.sameWrittenOtherwise()),
                row(t, s.raw(), NOT_IN_LIST, TRUE, s.different()),
                row(t, s.raw(), IS_BLANK, FALSE),
                row(t, s.raw(), IS_NOT_BLANK, TRUE),
                row(t, s.raw(), IS_VALID, TRUE),
                row(t, s.raw(), IS_INVALID, FALSE)));
        if (s.fragment() != null) {
            cases.add(row(t, s.raw(), CONTAINS, TRUE, s.fragment()));
            cases.add(row(t, s.raw(), CONTAINS, FALSE, "zzz"));
        }
        if (s.pattern() != null) {
            cases.add(row(t, s.raw(), MATCHES_PATTERN, TRUE, s.pattern()));
            cases.add(row(t, s.raw(), MATCHES_PATTERN, FALSE, "^zzz$"));
        }
        return cases;
    }

    private static List<Case> invalidValueCases(Sample s) {
        FieldType t = s.type();
        String invalid = s.invalid();
        // An invalid value cannot be read, so only its raw text can match, case-insensitively.
        var cases = new ArrayList<>(List.of(
                row(t, invalid, IS_VALID, FALSE),
                row(t, invalid, IS_INVALID, TRUE),
                row(t, invalid, IS_BLANK, FALSE),
                row(t, invalid, IS_NOT_BLANK, TRUE),
                row(t, invalid, EQUALS, TRUE, invalid.toUpperCase()),
                row(t, invalid, EQUALS, FALSE, s.sameWrittenOtherwise()),
                row(t, invalid, NOT_EQUALS, TRUE, s.sameWrittenOtherwise()),
                row(t, invalid, IN_LIST, TRUE, s.different(), invalid),
                row(t, invalid, NOT_IN_LIST, FALSE, invalid)));
        if (Operator.CONTAINS.appliesTo(t)) {
            cases.add(row(t, invalid, CONTAINS, TRUE, invalid.substring(1, 3).toUpperCase()));
        }
        if (Operator.MATCHES_PATTERN.appliesTo(t)) {
            cases.add(row(t, invalid, MATCHES_PATTERN, TRUE, "^" + Pattern.quote(invalid) + "$"));
        }
        return cases;
    }

    private static List<Case> missingValueCases(FieldType type) {
        var cases = new ArrayList<Case>();
        for (Operator operator : Operator.values()) {
            if (!operator.appliesTo(type)) {
                continue;
            }
            Truth expected = switch (operator) {
                case IS_BLANK -> TRUE;
                case IS_NOT_BLANK -> FALSE;
                default -> UNKNOWN;
            };
            String[] values = switch (operator.arity()) {
                case NONE -> new String[0];
                case ONE -> new String[] {"1"};
                case TWO -> new String[] {"1", "2"};
                case MANY -> new String[] {"1", "2", "3"};
            };
            cases.add(row(type, null, operator, expected, values));
        }
        return cases;
    }

    private static List<Case> orderingCases() {
        FieldType n = FieldType.NUMBER;
        FieldType d = FieldType.DATE;
        return List.of(
                // numbers as numbers, not text: "10" > "9"
                row(n, "10", GREATER_THAN, TRUE, "9"),
                row(n, "9", GREATER_THAN, FALSE, "10"),
                row(n, "10", GREATER_THAN, FALSE, "10.00"),
                row(n, "10", LESS_THAN, FALSE, "9"),
                row(n, "9", LESS_THAN, TRUE, "10"),
                row(n, "-3", LESS_THAN, TRUE, "0"),
                row(n, "10", LESS_THAN, FALSE, "10"),
                row(n, "10", AT_MOST, TRUE, "10.0"),
                row(n, "10.01", AT_MOST, FALSE, "10"),
                row(n, "85", AT_LEAST, TRUE, "85"),
                row(n, "84.99", AT_LEAST, FALSE, "85"),
                row(n, "$1,200", GREATER_THAN, TRUE, "999.99"),
                row(n, "1e3", EQUALS, TRUE, "1000"),
                row(n, "18", BETWEEN, TRUE, "18", "65"),
                row(n, "65", BETWEEN, TRUE, "18", "65"),
                row(n, "40", BETWEEN, TRUE, "18", "65"),
                row(n, "17", BETWEEN, FALSE, "18", "65"),
                row(n, "65.5", BETWEEN, FALSE, "18", "65"),
                row(n, "lots", GREATER_THAN, UNKNOWN, "1"),
                row(n, "lots", LESS_THAN, UNKNOWN, "1"),
                row(n, "lots", AT_MOST, UNKNOWN, "1"),
                row(n, "lots", AT_LEAST, UNKNOWN, "1"),
                row(n, "lots", BETWEEN, UNKNOWN, "1", "2"),
                // dates as dates, whichever way they are written
                row(d, "01/05/2024", LESS_THAN, TRUE, "2024-01-06"),
                row(d, "01/05/2024", LESS_THAN, FALSE, "2024-01-05"),
                row(d, "01/05/2024", GREATER_THAN, TRUE, "12/31/2023"),
                row(d, "01/05/2024", GREATER_THAN, FALSE, "2024-02-01"),
                row(d, "01/05/2024", AT_MOST, TRUE, "2024-01-05"),
                row(d, "01/05/2024", AT_MOST, FALSE, "2024-01-04"),
                row(d, "2024-01-05", AT_LEAST, TRUE, "01/05/2024"),
                row(d, "2024-01-05", AT_LEAST, FALSE, "2025-01-01"),
                row(d, "2024-01-15", BETWEEN, TRUE, "2024-01-01", "01/31/2024"),
                row(d, "2024-02-01", BETWEEN, FALSE, "2024-01-01", "2024-01-31"),
                row(d, "02/30/2024", LESS_THAN, UNKNOWN, "2024-12-31"),
                row(d, "02/30/2024", BETWEEN, UNKNOWN, "2024-01-01", "2024-12-31"));
    }

    private static List<Case> booleanCases() {
        FieldType b = FieldType.BOOLEAN;
        return List.of(
                row(b, "Yes", IS_TRUE, TRUE),
                row(b, "Yes", IS_FALSE, FALSE),
                row(b, "0", IS_TRUE, FALSE),
                row(b, "off", IS_FALSE, TRUE),
                row(b, "maybe", IS_TRUE, UNKNOWN),
                row(b, "maybe", IS_FALSE, UNKNOWN),
                row(b, "y", EQUALS, TRUE, "true"),
                row(b, "n", EQUALS, TRUE, "No"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void comparesByTheFieldType(Case c) {
        Compare compare = new Compare("field", c.operator(), c.values());
        FieldContext fields = c.raw() == null ? emptyLead() : lead("field", value(c.type(), c.raw()));

        Outcome outcome = compare.evaluate(fields);

        assertThat(outcome.truth()).as(outcome.explanation()).isEqualTo(c.expected());
        assertThat(outcome.missingFields()).isEqualTo(c.raw() == null && c.expected() == UNKNOWN
                ? Set.of("field") : Set.of());
    }

    @Test
    void coversEveryOperatorOnEveryTypeItAppliesTo() {
        List<Case> all = cases().toList();
        for (Operator operator : Operator.values()) {
            for (FieldType type : operator.fieldTypes()) {
                // is_blank can only hold on a missing value, so the missing rows count towards both outcomes
                Set<Truth> outcomes = all.stream()
                        .filter(c -> c.operator() == operator && c.type() == type)
                        .map(Case::expected)
                        .collect(Collectors.toSet());
                boolean alwaysValid = type == FieldType.STRING
                        && (operator == IS_VALID || operator == IS_INVALID); // free text is always valid
                assertThat(outcomes).as("%s on a %s value", operator.id(), type.id())
                        .contains(alwaysValid ? new Truth[] {operator == IS_VALID ? TRUE : FALSE} : new Truth[] {TRUE, FALSE});
                assertThat(all).as("%s on a missing %s value", operator.id(), type.id())
                        .anyMatch(c -> c.operator() == operator && c.type() == type && c.raw() == null);
            }
        }
        Set<FieldType> withInvalid = all.stream().filter(c -> c.operator() == IS_INVALID && c.expected() == TRUE)
                .map(Case::type).collect(Collectors.toSet());
        assertThat(withInvalid).isEqualTo(EnumSet.complementOf(EnumSet.of(FieldType.STRING)));
    }
}

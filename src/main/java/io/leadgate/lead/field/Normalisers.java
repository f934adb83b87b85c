package io.leadgate.lead.field;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The normaliser of each field type: a pure function from the raw text a seller sent to a {@link FieldValue}.
 *
 * <p>No normaliser throws: text that cannot be read is kept as an invalid value, because an invalid field is a reason
 * for criteria to reject a lead, never for the gateway to lose it.
 */
final class Normalisers {

    private Normalisers() {}

    static FieldValue normalise(FieldType type, String raw, FieldOptions options) {
        String text = clean(raw);
        return switch (type) {
            case PHONE -> Phones.normalise(raw, text, options.defaultRegion());
            case EMAIL -> Emails.normalise(raw, text);
            case IP -> IpAddresses.normalise(raw, text);
            case STATE -> States.normalise(raw, text);
            case POSTAL_CODE -> PostalCodes.normalise(raw, text);
            case TRUSTEDFORM_URL -> TrustedFormUrls.normalise(raw, text);
            case STRING -> new TextValue(raw, true, text);
            case NUMBER -> number(raw, text);
            case BOOLEAN -> bool(raw, text);
            case DATE -> date(raw, text);
            case CHOICE -> choice(raw, text, options.choices());
        };
    }

    /**
     * Trims the text, including the no-break and zero-width spaces that copy-paste from web pages and spreadsheets
     * leaves behind and that {@link String#strip()} does not treat as white space.
     */
    static String clean(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && isBlankChar(raw.charAt(start))) {
            start++;
        }
        while (end > start && isBlankChar(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    private static boolean isBlankChar(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    // ---- number

    /** Thousands separators must group by three, so "1,2" (a European decimal?) is not silently read as 12. */
    private static final Pattern GROUPED_NUMBER = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?");

    /** Larger exponents are not numbers a lead carries, and would make plain text of absurd length. */
    private static final int MAX_SCALE = 64;

    private static NumberValue number(String raw, String text) {
        String s = text;
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("+")) {
            negative = s.startsWith("-");
            s = s.substring(1).strip();
        }
        // currency symbols come before the digits ("$1,200", "-$5"), never between them
        if (!s.isEmpty() && "$€£¥".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1).strip();
        }
        if (GROUPED_NUMBER.matcher(s).matches()) {
            s = s.replace(",", "");
        } else if (!PLAIN_NUMBER.matcher(s).matches() || s.startsWith("+") || s.startsWith("-")) {
            return new NumberValue(raw, false, text, null);
        }
        BigDecimal value = new BigDecimal(s);
        if (negative) {
            value = value.negate();
        }
        value = value.stripTrailingZeros();
        if (Math.abs(value.scale()) > MAX_SCALE) {
            return new NumberValue(raw, false, text, null);
        }
        // a negative scale (1E+3) would print in scientific notation; a plain scale keeps JSON and text readable
        if (value.scale() < 0) {
            value = value.setScale(0, RoundingMode.UNNECESSARY);
        }
        return new NumberValue(raw, true, value.toPlainString(), value);
    }

    // ---- boolean

    private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(
            Map.entry("true", true), Map.entry("yes", true), Map.entry("y", true), Map.entry("1", true),
            Map.entry("on", true), Map.entry("t", true),
            Map.entry("false", false), Map.entry("no", false), Map.entry("n", false), Map.entry("0", false),
            Map.entry("off", false), Map.entry("f", false));

    private static BooleanValue bool(String raw, String text) {
        Boolean value = BOOLEANS.get(text.toLowerCase(Locale.ROOT));
        return value == null
                ? new BooleanValue(raw, false, text, null)
                : new BooleanValue(raw, true, value.toString(), value);
    }

    // ---- date

    /**
     * Two-digit years fall in the hundred years starting 80 years before now, as {@link java.text.SimpleDateFormat}
     * does: a birth date "1/5/85" is 1985, a recent "1/5/24" is 2024.
     */
    private static final LocalDate TWO_DIGIT_YEAR_BASE = LocalDate.of(Year.now().getValue() - 80, 1, 1);

    /** Month before day: the gateway serves US and Canadian lead buyers, whose sellers write 03/04/2024 for March 4. */
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            strict("uuuu-M-d"),
            strict("M/d/uuuu"),
            strict("M-d-uuuu"),
            strict("uuuu/M/d"),
            new DateTimeFormatterBuilder()
                    .appendPattern("M/d/")
                    .appendValueReduced(ChronoField.YEAR, 2, 2, TWO_DIGIT_YEAR_BASE)
                    .toFormatter(Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT),
            strict("MMM d uuuu"),
            strict("MMMM d uuuu"),
            strict("d MMM uuuu"),
            strict("d MMMM uuuu"));

    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}.*");

    /** Dots after abbreviations, commas and ordinal suffixes: "Jan. 5th, 2024" reads as "Jan 5 2024". */
    private static final Pattern DATE_NOISE = Pattern.compile("(?<=\\d)(st|nd|rd|th)\\b|[.,](?=\\s|$)|,", Pattern.CASE_INSENSITIVE);

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateValue date(String raw, String text) {
        LocalDate date = parseDate(text);
        return date == null ? new DateValue(raw, false, text, null) : new DateValue(raw, true, date.toString(), date);
    }

    private static LocalDate parseDate(String text) {
        if (ISO_DATE_TIME.matcher(text).matches()) {
            // the date as the seller wrote it, in their own offset: converting to UTC could move it by a day
            String iso = text.replace(' ', 'T');
            try {
                TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(
                        iso, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
                return LocalDate.from(parsed);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        String s = DATE_NOISE.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(s, format);
            } catch (DateTimeParseException e) {
                // not this spelling; try the next
            }
        }
        return null;
    }

    // ---- choice

    private static ChoiceValue choice(String raw, String text, List<String> choices) {
        String wanted = collapse(text);
        for (String choice : choices) {
            if (choice != null && collapse(choice).equalsIgnoreCase(wanted)) {
                return new ChoiceValue(raw, true, choice);
            }
        }
        return new ChoiceValue(raw, false, text);
    }

    private static String collapse(String s) {
        return clean(s).replaceAll("\\s+", " ");
    }
}

package io.leadgate.dnc;

import io.leadgate.lead.field.PhoneValue;
import java.util.OptionalLong;

/**
 * US (NANP) phone numbers as the suppression lists hold them: ten digits read as one {@code long}
 * ({@code 2015551234}), an area code of 200 to 999 and an exchange that does not start with 0 or 1.
 */
public final class DncNumbers {

    /** The lowest area code a number can have. */
    public static final int FIRST_AREA_CODE = 200;
    /** How many area codes there can be (200 to 999). */
    public static final int AREA_CODES = 800;

    private static final long REMAINDERS = 10_000_000L;

    private DncNumbers() {}

    /** The number's area code (201 for 2015551234). */
    public static int areaCode(long number) {
        return (int) (number / REMAINDERS);
    }

    /** The seven digits after the area code (5551234 for 2015551234): what a list's sets hold. */
    public static int remainder(long number) {
        return (int) (number % REMAINDERS);
    }

    public static long of(int areaCode, int remainder) {
        return areaCode * REMAINDERS + remainder;
    }

    /** The number in E.164 form ({@code +12015551234}). */
    public static String e164(long number) {
        return "+1" + number;
    }

    /**
     * Why ten digits are not a dialable US number, or null when they are: an area code or an exchange starting with 0
     * or 1 exists nowhere in the plan, so no list can hold it.
     */
    public static String problem(long number) {
        if (number < 0 || number > 9_999_999_999L) {
            return "not ten digits";
        }
        if (areaCode(number) < FIRST_AREA_CODE) {
            return String.format("area code %03d cannot start with 0 or 1", areaCode(number));
        }
        if (remainder(number) < 2_000_000) {
            return String.format("exchange %03d cannot start with 0 or 1", remainder(number) / 10_000);
        }
        return null;
    }

    public static boolean valid(long number) {
        return number >= 2_000_000_000L && number <= 9_999_999_999L && remainder(number) >= 2_000_000;
    }

    /**
     * Reads a number written in any common way: {@code (201) 555-1234}, {@code 201.555.1234}, {@code +1 201 555 1234},
     * {@code 12015551234}. Empty unless it is ten digits (after an optional leading 1) forming a valid number.
     */
    public static OptionalLong parse(String text) {
        long digits = digits(text);
        return digits >= 0 && valid(digits) ? OptionalLong.of(digits) : OptionalLong.empty();
    }

    /**
     * The ten digits of a phone written with the usual separators, or -1 when the text has letters, another count of
     * digits, or a leading digit other than the country code 1 before ten digits.
     */
    static long digits(String text) {
        if (text == null) {
            return -1;
        }
        long value = 0;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++count > 11) {
                    return -1;
                }
                value = value * 10 + (c - '0');
            } else if (!(c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+' || c == '/' || c == '"'
                    || c == '\'' || c == '\u00a0' || c == '\t')) {
                return -1;
            }
        }
        if (count == 11) {
            return value / 10_000_000_000L == 1 ? value - 10_000_000_000L : -1;
        }
        return count == 10 ? value : -1;
    }

    /** The ten digits of a US, Canadian or Caribbean (country code 1) phone value, or empty for any other. */
    public static OptionalLong of(PhoneValue phone) {
        if (phone == null || phone.countryCode() == null || phone.countryCode() != 1 || phone.nationalNumber() == null
                || phone.nationalNumber().length() != 10) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(phone.nationalNumber()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}

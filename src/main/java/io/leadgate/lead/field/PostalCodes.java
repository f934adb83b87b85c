package io.leadgate.lead.field;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The postal code normaliser: US ZIP and ZIP+4, and Canadian postal codes. */
final class PostalCodes {

    private static final Pattern US = Pattern.compile("(\\d{5})(?:\\s*[-\u2010-\u2015\u2212]?\\s*(\\d{4}))?");

    /**
     * Canada Post's alphabet: D, F, I, O, Q and U never appear (they read like digits or each other), and W and Z
     * never start a code.
     */
    private static final Pattern CA = Pattern.compile(
            "([ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z])\\s*-?\\s*(\\d[ABCEGHJ-NPRSTV-Z]\\d)");

    private PostalCodes() {}

    static PostalCodeValue normalise(String raw, String text) {
        Matcher us = US.matcher(text);
        // 00000 is never assigned; it is what a form sends when the consumer typed nothing
        if (us.matches() && !us.group(1).equals("00000")) {
            String zip5 = us.group(1);
            String plus4 = us.group(2);
            String canonical = plus4 == null ? zip5 : zip5 + "-" + plus4;
            return new PostalCodeValue(raw, true, canonical, "US", zip5, plus4, null);
        }
        Matcher ca = CA.matcher(text.toUpperCase(Locale.ROOT));
        if (ca.matches()) {
            String fsa = ca.group(1);
            return new PostalCodeValue(raw, true, fsa + " " + ca.group(2), "CA", null, null, fsa);
        }
        return new PostalCodeValue(raw, false, text, null, null, null, null);
    }
}

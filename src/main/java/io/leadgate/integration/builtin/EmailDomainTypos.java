package io.leadgate.integration.builtin;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Suggests the domain a consumer meant when an email domain looks like a typing mistake: one keystroke from a popular
 * mailbox provider ({@code gmial.com}, {@code yahooo.com}, {@code hotmail.con}), or a misspelt {@code .com},
 * {@code .net} or {@code .org} ({@code acme.con}).
 */
final class EmailDomainTypos {

    /** The mailbox providers that carry most US and Canadian consumer leads: the domains a slip is corrected to. */
    private static final Set<String> POPULAR = Set.of(
            "gmail.com", "googlemail.com", "yahoo.com", "yahoo.ca", "rocketmail.com", "hotmail.com", "hotmail.ca",
            "outlook.com", "live.com", "live.ca", "msn.com", "aol.com", "aim.com", "icloud.com", "me.com", "mac.com",
            "comcast.net", "verizon.net", "att.net", "sbcglobal.net", "bellsouth.net", "charter.net", "cox.net",
            "earthlink.net", "optonline.net", "frontier.com", "windstream.net", "juno.com", "netzero.net",
            "protonmail.com", "rogers.com", "telus.net", "shaw.ca", "sympatico.ca", "videotron.ca");

    /** Real mail domains one keystroke from a popular one: never "corrected", and never suggested for a slip. */
    private static final Set<String> LOOK_ALIKES = Set.of(
            "ymail.com", "y7mail.com", "mail.com", "email.com", "gmx.com", "proton.me", "cloud.com", "earthling.net");

    /**
     * Providers with a name this short are only corrected in their ending: "aol.con", never "all.com". A slip in
     * the ending is only corrected towards .com or .net, since "yahoo.cn" and "live.cl" are real national sites.
     */
    private static final int SHORT_NAME = 5;

    /** Endings that are no top-level domain at all, only a slip on the way to a common one. */
    private static final Map<String, String> ENDINGS = Map.ofEntries(
            Map.entry("con", "com"), Map.entry("cmo", "com"), Map.entry("ocm", "com"), Map.entry("cpm", "com"),
            Map.entry("vom", "com"), Map.entry("xom", "com"), Map.entry("comm", "com"), Map.entry("coom", "com"),
            Map.entry("cim", "com"), Map.entry("nte", "net"), Map.entry("ent", "net"), Map.entry("nett", "net"),
            Map.entry("ogr", "org"), Map.entry("orgg", "org"));

    private EmailDomainTypos() {}

    /** The domain meant, or empty when the domain looks right or the slip could have been towards two domains. */
    static Optional<String> suggest(String domain) {
        if (domain == null || POPULAR.contains(domain) || LOOK_ALIKES.contains(domain)) {
            return Optional.empty();
        }
        String meant = null;
        for (String popular : POPULAR) {
            if (oneKeystroke(domain, popular) && likelySlip(domain, popular)) {
                if (meant != null) {
                    return Optional.empty();
                }
                meant = popular;
            }
        }
        if (meant != null) {
            return Optional.of(meant);
        }
        int dot = domain.lastIndexOf('.');
        String ending = dot > 0 ? ENDINGS.get(domain.substring(dot + 1)) : null;
        return ending == null ? Optional.empty() : Optional.of(domain.substring(0, dot + 1) + ending);
    }

    private static boolean likelySlip(String domain, String popular) {
        return name(popular).equals(name(domain))
                ? popular.endsWith(".com") || popular.endsWith(".net")
                : name(popular).length() >= SHORT_NAME;
    }

    private static String name(String domain) {
        int dot = domain.indexOf('.');
        return dot < 0 ? domain : domain.substring(0, dot);
    }

    /** Whether one insertion, deletion, substitution or swap of neighbouring letters turns a into b (a != b). */
    static boolean oneKeystroke(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }
}

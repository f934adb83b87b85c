package io.leadgate.lead.field;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The email normaliser: a sane syntax check (no DNS, no SMTP) and the classification of the domain against the
 * free-mail, disposable and role lists shipped under {@code src/main/resources/field/}.
 */
final class Emails {

    /** RFC 5321 dot-atom local part; quoted local parts are legal but no consumer types one into a lead form. */
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    /** A top-level domain is letters, or an IDN A-label; a numeric one means an IP address was typed. */
    private static final Pattern TLD = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

    /** Second-level labels under which country registries sell names ("co.uk", "net.ua"), see {@link #lookUp}. */
    private static final Set<String> REGISTRY_LABELS = Set.of("ac", "co", "com", "edu", "go", "gob", "gov", "mil", "ne", "net", "or", "org");

    private Emails() {}

    static EmailValue normalise(String raw, String text) {
        String s = text.regionMatches(true, 0, "mailto:", 0, 7) ? text.substring(7).strip() : text;
        int at = s.lastIndexOf('@');
        if (at < 0) {
            return new EmailValue(raw, false, text, null, null, null, false, false, false);
        }
        String user = s.substring(0, at);
        String domain = s.substring(at + 1).toLowerCase(Locale.ROOT);
        String ascii = toAscii(domain);
        String tld = domain.contains(".") ? domain.substring(domain.lastIndexOf('.') + 1) : null;
        boolean disposable = ascii != null && lookUp(Lists.DISPOSABLE, ascii);
        // a disposable service is a free mailbox too: a "no free mail" rule should catch it without a second rule
        boolean free = disposable || (ascii != null && lookUp(Lists.FREE, ascii));
        boolean role = Lists.ROLE.contains(user.toLowerCase(Locale.ROOT));
        boolean valid = validUser(user) && ascii != null && validDomain(ascii);
        String canonical = valid ? user + "@" + domain : text;
        return new EmailValue(raw, valid, canonical, user.isEmpty() ? null : user, domain.isEmpty() ? null : domain,
                tld, free, disposable, role);
    }

    private static boolean validUser(String user) {
        return user.length() <= 64 && USER.matcher(user).matches();
    }

    private static boolean validDomain(String ascii) {
        if (ascii.length() > 253) {
            return false;
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TLD.matcher(labels[labels.length - 1]).matches();
    }

    /** The domain in ASCII (an internationalised "münchen.de" becomes "xn--mnchen-3ya.de"), or null if it has none. */
    private static String toAscii(String domain) {
        if (domain.isEmpty()) {
            return null;
        }
        try {
            return IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Whether the domain or one of its parent domains is on the list: a disposable service hands out
     * {@code anything.33mail.com}. A parent made of a registry label and a country code ({@code net.ua}) is not
     * followed, since every company registered under it would then match.
     */
    static boolean lookUp(Set<String> list, String domain) {
        if (list.contains(domain)) {
            return true;
        }
        String parent = domain;
        int dot;
        while ((dot = parent.indexOf('.')) >= 0) {
            parent = parent.substring(dot + 1);
            if (parent.indexOf('.') < 0 || isRegistrySuffix(parent)) {
                return false;
            }
            if (list.contains(parent)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRegistrySuffix(String domain) {
        int dot = domain.indexOf('.');
        return dot == domain.lastIndexOf('.')
                && REGISTRY_LABELS.contains(domain.substring(0, dot))
                && domain.length() - dot - 1 == 2;
    }

    /** The lists, read once on first use, so that a node that never sees an email field never holds them. */
    static final class Lists {
        static final Set<String> DISPOSABLE = load("disposable-email-domains.txt");
        static final Set<String> FREE = load("free-email-domains.txt");
        static final Set<String> ROLE = load("role-email-users.txt");

        private Lists() {}

        private static Set<String> load(String name) {
            String path = "/field/" + name;
            try (InputStream in = Emails.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + path + " on the class path");
                }
                Set<String> entries = new HashSet<>();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = reader.readLine()) != null; ) {
                    String entry = line.strip().toLowerCase(Locale.ROOT);
                    if (!entry.isEmpty() && !entry.startsWith("#")) {
                        entries.add(entry);
                    }
                }
                return Set.copyOf(entries);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
        }
    }
}

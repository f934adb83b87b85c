package io.leadgate.lead.field;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The IP normaliser: reads IPv4 and IPv6 literals with its own strict parser and classifies the address range.
 *
 * <p>{@link InetAddress#getByName} is never used on the seller's text: given a host name it would query DNS, letting
 * a posted lead make the gateway resolve names of the seller's choosing.
 */
final class IpAddresses {

    private IpAddresses() {}

    static IpValue normalise(String raw, String text) {
        byte[] bytes = parse(text);
        if (bytes == null) {
            return new IpValue(raw, false, text, null, false, false, false, null);
        }
        InetAddress address;
        try {
            // getByAddress never resolves; it turns an IPv4-mapped IPv6 address (::ffff:1.2.3.4) into its IPv4 form
            address = InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            return new IpValue(raw, false, text, null, false, false, false, null);
        }
        byte[] canonical = address.getAddress();
        boolean v4 = address instanceof Inet4Address;
        String category = v4 ? categoryV4(canonical) : categoryV6(canonical);
        return new IpValue(
                raw,
                true,
                v4 ? address.getHostAddress() : formatV6(canonical),
                v4 ? 4 : 6,
                category.equals("private"),
                category.equals("loopback"),
                !category.equals("public") && !category.equals("private") && !category.equals("loopback"),
                category);
    }

    /** The 4 or 16 bytes of an address literal, or null when the text is anything else. */
    static byte[] parse(String text) {
        String s = text;
        if (s.length() > 2 && s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.isEmpty() || s.length() > 45) {
            return null;
        }
        return s.indexOf(':') >= 0 ? parseV6(s) : parseV4(s);
    }

    /**
     * Dotted-quad only: no leading zeros (which some parsers read as octal, so "010.0.0.1" names two different
     * hosts), no shortened forms such as "127.1", no hex.
     */
    private static byte[] parseV4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
                return null;
            }
            int value = 0;
            for (int j = 0; j < part.length(); j++) {
                char c = part.charAt(j);
                if (c < '0' || c > '9') {
                    return null;
                }
                value = value * 10 + (c - '0');
            }
            if (value > 255) {
                return null;
            }
            bytes[i] = (byte) value;
        }
        return bytes;
    }

    /** RFC 4291 text forms: eight groups, one "::" at most, an optional trailing dotted quad; no zone id. */
    private static byte[] parseV6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap >= 0 ? s.substring(0, gap) : s;
        String tail = gap >= 0 ? s.substring(gap + 2) : "";
        int[] headGroups = groups(head, gap < 0);
        int[] tailGroups = gap >= 0 ? groups(tail, true) : new int[0];
        if (headGroups == null || tailGroups == null) {
            return null;
        }
        int total = headGroups.length + tailGroups.length;
        if (gap < 0 ? total != 8 : total > 7) {
            return null;
        }
        int[] all = new int[8];
        System.arraycopy(headGroups, 0, all, 0, headGroups.length);
        System.arraycopy(tailGroups, 0, all, 8 - tailGroups.length, tailGroups.length);
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[2 * i] = (byte) (all[i] >> 8);
            bytes[2 * i + 1] = (byte) all[i];
        }
        return bytes;
    }

    /**
     * The 16-bit groups of one side of "::"; an embedded IPv4 address counts as two groups and is allowed only at the
     * very end of the address.
     */
    private static int[] groups(String part, boolean last) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] texts = part.split(":", -1);
        int count = texts.length;
        byte[] v4 = null;
        if (last && texts[count - 1].indexOf('.') >= 0) {
            v4 = parseV4(texts[count - 1]);
            if (v4 == null) {
                return null;
            }
            count--;
        }
        int[] groups = new int[count + (v4 == null ? 0 : 2)];
        for (int i = 0; i < count; i++) {
            String group = texts[i];
            if (group.isEmpty() || group.length() > 4) {
                return null;
            }
            int value = 0;
            for (int j = 0; j < group.length(); j++) {
                int digit = Character.digit(group.charAt(j), 16);
                if (digit < 0) {
                    return null;
                }
                value = value * 16 + digit;
            }
            groups[i] = value;
        }
        if (v4 != null) {
            groups[count] = (v4[0] & 0xff) << 8 | (v4[1] & 0xff);
            groups[count + 1] = (v4[2] & 0xff) << 8 | (v4[3] & 0xff);
        }
        return groups;
    }

    /** RFC 5952 text: lower case, no leading zeros, the longest run of two or more zero groups (first on a tie) as "::". */
    static String formatV6(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (bytes[2 * i] & 0xff) << 8 | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && groups[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** IANA IPv4 special-purpose ranges (RFC 6890 and successors) that a consumer's browser cannot post from. */
    private static String categoryV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 0 && a1 == 0 && a2 == 0 && b[3] == 0) {
            return "unspecified";
        }
        if (a0 == 0) {
            return "reserved"; // "this network" 0/8
        }
        if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
            return "private";
        }
        if (a0 == 127) {
            return "loopback";
        }
        if (a0 == 100 && a1 >= 64 && a1 <= 127) {
            return "shared"; // carrier-grade NAT, RFC 6598: not the consumer's own address
        }
        if (a0 == 169 && a1 == 254) {
            return "link_local";
        }
        if ((a0 == 192 && a1 == 0 && a2 == 2) || (a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113)) {
            return "documentation";
        }
        if (a0 == 198 && (a1 == 18 || a1 == 19)) {
            return "benchmarking";
        }
        if ((a0 == 192 && a1 == 0 && a2 == 0) || (a0 == 192 && a1 == 88 && a2 == 99)) {
            return "reserved"; // IETF protocol assignments; the retired 6to4 relay anycast
        }
        if (a0 >= 224 && a0 <= 239) {
            return "multicast";
        }
        if (a0 == 255 && a1 == 255 && a2 == 255 && (b[3] & 0xff) == 255) {
            return "broadcast";
        }
        if (a0 >= 240) {
            return "reserved";
        }
        return "public";
    }

    /** IANA IPv6 special-purpose ranges; outside global unicast 2000::/3 nothing is assigned to a consumer. */
    private static String categoryV6(byte[] b) {
        int g0 = (b[0] & 0xff) << 8 | (b[1] & 0xff);
        int g1 = (b[2] & 0xff) << 8 | (b[3] & 0xff);
        int g2 = (b[4] & 0xff) << 8 | (b[5] & 0xff);
        boolean zeroUpTo15 = true;
        for (int i = 0; i < 15; i++) {
            zeroUpTo15 &= b[i] == 0;
        }
        if (zeroUpTo15 && b[15] == 0) {
            return "unspecified";
        }
        if (zeroUpTo15 && b[15] == 1) {
            return "loopback";
        }
        if ((g0 & 0xfe00) == 0xfc00) {
            return "private"; // unique local fc00::/7
        }
        if ((g0 & 0xffc0) == 0xfe80) {
            return "link_local";
        }
        if ((g0 & 0xff00) == 0xff00) {
            return "multicast";
        }
        if ((g0 == 0x2001 && g1 == 0x0db8) || (g0 & 0xfff0) == 0x3ff0) {
            return "documentation"; // 2001:db8::/32 and 3fff::/20 (RFC 9637)
        }
        if (g0 == 0x2001 && g1 == 0x0002 && g2 == 0) {
            return "benchmarking";
        }
        if (g0 == 0x2001 && g1 < 0x0200 && g1 != 0) {
            return "reserved"; // IETF protocol assignments 2001::/23, less Teredo 2001::/32 which real clients use
        }
        if ((g0 & 0xe000) != 0x2000) {
            return "reserved";
        }
        return "public";
    }
}

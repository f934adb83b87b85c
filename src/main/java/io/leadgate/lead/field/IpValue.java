package io.leadgate.lead.field;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An IPv4 or IPv6 address literal, classified as public, private, loopback or reserved.
 *
 * @param raw exactly what the seller sent
 * @param valid whether the text is an IPv4 or IPv6 literal (host names are never resolved)
 * @param text the canonical form: dotted quad for IPv4, RFC 5952 compressed lower-case form for IPv6 (an IPv4-mapped
 *     IPv6 address reads as its IPv4 form); the trimmed raw text when invalid
 * @param version 4 or 6, or null when invalid
 * @param isPrivate whether the address is in a private-use range (10/8, 172.16/12, 192.168/16, fc00::/7)
 * @param isLoopback whether the address is a loopback address (127/8, ::1)
 * @param isReserved whether the address is in any other range that a real consumer cannot post from: link-local,
 *     multicast, unspecified, documentation, benchmarking, CGNAT 100.64/10, 240/4, broadcast...
 * @param category the range the address falls in: {@code public}, {@code private}, {@code loopback},
 *     {@code link_local}, {@code multicast}, {@code unspecified}, {@code documentation}, {@code shared} (CGNAT),
 *     {@code benchmarking}, {@code broadcast} or {@code reserved}; null when invalid
 */
public record IpValue(
        String raw,
        boolean valid,
        String text,
        Integer version,
        @JsonProperty("is_private") boolean isPrivate,
        @JsonProperty("is_loopback") boolean isLoopback,
        @JsonProperty("is_reserved") boolean isReserved,
        String category)
        implements FieldValue {

    @Override
    public FieldType type() {
        return FieldType.IP;
    }
}

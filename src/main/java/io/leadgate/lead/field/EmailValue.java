package io.leadgate.lead.field;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An email address checked for sane syntax (no DNS), with its domain classified as free mail, disposable or not.
 *
 * @param raw exactly what the seller sent
 * @param valid whether the address has a sane syntax: one {@code @}, a plausible user part and a dotted domain
 * @param text {@code user@domain} with the domain lower-cased (the user part is kept as sent, since mail servers may
 *     treat it case-sensitively); the trimmed raw text when invalid
 * @param user the part before the {@code @}, as sent, or null when there is none
 * @param domain the lower-cased part after the {@code @}, or null when there is none
 * @param tld the domain's last label ({@code com}, {@code uk}), or null
 * @param isFree whether the domain (or a parent domain) is a free mail provider such as gmail.com
 * @param isDisposable whether the domain (or a parent domain) is a known disposable / throw-away mail service
 * @param isRole whether the user part names a role (info@, sales@, admin@...) rather than a person
 */
public record EmailValue(
        String raw,
        boolean valid,
        String text,
        String user,
        String domain,
        String tld,
        @JsonProperty("is_free") boolean isFree,
        @JsonProperty("is_disposable") boolean isDisposable,
        @JsonProperty("is_role") boolean isRole)
        implements FieldValue {

    @Override
    public FieldType type() {
        return FieldType.EMAIL;
    }
}

package io.leadgate.lead.field;

/**
 * A TrustedForm consent certificate URL, reduced to its certificate id and host.
 *
 * @param raw exactly what the seller sent
 * @param valid whether the text is a certificate URL on a TrustedForm certificate host with a well-formed id
 * @param text the canonical certificate URL ({@code https://cert.trustedform.com/<id>}, no query, no trailing slash);
 *     the trimmed raw text when invalid
 * @param certificateId the certificate id (40 or 80 characters of {@code [-_a-zA-Z0-9]}), or null when none was found
 * @param host the lower-cased host of the URL, or null when the text is not a URL
 * @param validHost whether the host is one TrustedForm issues certificates on
 */
public record TrustedFormValue(
        String raw, boolean valid, String text, String certificateId, String host, boolean validHost)
        implements FieldValue {

    @Override
    public FieldType type() {
        return FieldType.TRUSTEDFORM_URL;
    }
}

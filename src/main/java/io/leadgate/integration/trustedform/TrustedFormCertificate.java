package io.leadgate.integration.trustedform;

import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import io.leadgate.lead.field.TrustedFormValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * A TrustedForm consent certificate named by a lead: its id and the TrustedForm host that issued it, read from the
 * certificate URL the seller sent.
 *
 * <p>The lead field type {@code trustedform_url} does the reading (host, id of 40 or 80 characters); this class adds
 * why a URL is unusable, in words a buyer acts on, and accepts one more id form: TrustedForm's v4 description documents
 * Meta Lead Ads certificate ids, which contain dots and are longer (up to 255 characters), so such an id on a
 * certificate host is left for TrustedForm to judge rather than rejected here.
 *
 * <p>A URL is judged before any call for two reasons: a malformed one cannot be a certificate, so paying for a call
 * would not change the answer; and the API key must go only to TrustedForm, never to a host a seller chose.
 *
 * @param id the certificate id, the path of the certificate URL
 * @param host the lower-cased host that issued it ({@code cert.trustedform.com} or the staging host)
 */
record TrustedFormCertificate(String id, String host) {

    static final String PRODUCTION_HOST = "cert.trustedform.com";
    static final String STAGING_HOST = "cert.staging.trustedform.com";

    /** Serves ping URLs, which only tell whether a certificate exists: they cannot be matched or retained. */
    static final String PING_HOST = "ping.trustedform.com";

    /** Meta Lead Ads certificate ids ({@code 0.rpM2...OHOMo...1vnf...}): dotted parts, at most 255 characters. */
    private static final Pattern META_LEAD_ADS_ID = Pattern.compile("[-_A-Za-z0-9]+(\\.[-_A-Za-z0-9]+)+");
    private static final int MAX_ID_LENGTH = 255;

    /** What a certificate URL came to: a certificate to verify, or the reason it cannot be one. */
    sealed interface Reading {
    }

    record Usable(TrustedFormCertificate certificate) implements Reading {
    }

    /**
     * @param reason why, for the buyer and for rules ({@code malformed certificate URL: ...})
     * @param certificateId the id when one could be read, else null
     */
    record Unusable(String reason, String certificateId) implements Reading {
    }

    /** The canonical certificate URL. */
    String url() {
        return "https://" + host + "/" + id;
    }

    boolean staging() {
        return STAGING_HOST.equals(host);
    }

    /** Reads the certificate URL a lead gave (a {@code trustedform_url} value, or text read as one). */
    static Reading read(FieldValue value) {
        TrustedFormValue url = value instanceof TrustedFormValue t ? t
                : FieldType.TRUSTEDFORM_URL.normalise(value == null ? null : value.raw(), FieldOptions.NONE)
                        .map(TrustedFormValue.class::cast).orElse(null);
        if (url == null) {
            return new Unusable("malformed certificate URL: it is empty", null);
        }
        if (url.valid()) {
            return new Usable(new TrustedFormCertificate(url.certificateId(), url.host()));
        }
        String host = url.host();
        if (host == null) {
            return new Unusable("malformed certificate URL: it is not a web address", url.certificateId());
        }
        if (host.equals(PING_HOST)) {
            return new Unusable("a TrustedForm ping URL, not a certificate URL: a ping URL cannot be matched to a lead "
                    + "or retained; the seller must send the certificate URL (https://" + PRODUCTION_HOST + "/...)", null);
        }
        if (!url.validHost()) {
            if (host.equals(PRODUCTION_HOST) || host.equals(STAGING_HOST)) {
                return new Unusable("malformed certificate URL: a certificate URL has no port, user name or other scheme "
                        + "than https", url.certificateId());
            }
            return new Unusable("not a TrustedForm certificate URL: its host is " + host + ", not " + PRODUCTION_HOST,
                    url.certificateId());
        }
        String path = path(url.text());
        if (path.length() <= MAX_ID_LENGTH && META_LEAD_ADS_ID.matcher(path).matches()) {
            return new Usable(new TrustedFormCertificate(path, host));
        }
        return new Unusable("malformed certificate URL: the certificate id after " + host + "/ must be 40 or 80 letters, "
                + "digits, '-' or '_'" + (path.isEmpty() ? ", and there is none" : ""), null);
    }

    /** The path of a URL without its leading and trailing slash ({@code /abc/} gives {@code abc}); empty when none. */
    private static String path(String text) {
        String s = text.strip();
        if (!s.contains("://")) {
            s = "https://" + s;
        }
        try {
            String path = new URI(s).getRawPath();
            if (path == null) {
                return "";
            }
            String trimmed = path.startsWith("/") ? path.substring(1) : path;
            return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        } catch (URISyntaxException e) {
            return "";
        }
    }

    @Override
    public String toString() {
        return url();
    }
}

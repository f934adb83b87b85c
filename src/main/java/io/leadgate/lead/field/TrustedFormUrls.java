package io.leadgate.lead.field;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The TrustedForm certificate URL normaliser: finds the certificate id and checks the host is one TrustedForm issues
 * certificates on, so an integration can call the certificate API at the canonical URL.
 */
final class TrustedFormUrls {

    /**
     * Hosts that serve certificates: production and the documented staging host. {@code ping.trustedform.com} is
     * TrustedForm's but serves ping URLs, which the certificate API cannot claim, so it does not count.
     */
    static final Set<String> CERTIFICATE_HOSTS = Set.of("cert.trustedform.com", "cert.staging.trustedform.com");

    /** Certificate ids are 40 or 80 characters (providers/README.md); 40 hex digits is the classic form. */
    private static final Pattern CERTIFICATE_ID = Pattern.compile("[-_A-Za-z0-9]{40}|[-_A-Za-z0-9]{80}");

    private TrustedFormUrls() {}

    static TrustedFormValue normalise(String raw, String text) {
        String s = text;
        // sellers' forms sometimes drop the scheme; a bare host would otherwise parse as a path
        if (!s.contains("://") && s.toLowerCase(Locale.ROOT).matches("[a-z0-9.-]+\\.trustedform\\.com/.*")) {
            s = "https://" + s;
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            return invalid(raw, text, null, null);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        if (host == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return invalid(raw, text, null, host);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String id = path.startsWith("/") && path.indexOf('/', 1) < 0 ? path.substring(1) : "";
        String certificateId = CERTIFICATE_ID.matcher(id).matches() ? id : null;
        boolean validHost = CERTIFICATE_HOSTS.contains(host) && uri.getPort() == -1 && uri.getRawUserInfo() == null;
        if (certificateId == null || !validHost) {
            return invalid(raw, text, certificateId, host, validHost);
        }
        // the query ("?ref=..."), fragment and http scheme carry nothing the certificate API needs
        return new TrustedFormValue(raw, true, "https://" + host + "/" + certificateId, certificateId, host, true);
    }

    private static TrustedFormValue invalid(String raw, String text, String certificateId, String host) {
        return invalid(raw, text, certificateId, host, false);
    }

    private static TrustedFormValue invalid(
            String raw, String text, String certificateId, String host, boolean validHost) {
        return new TrustedFormValue(raw, false, text, certificateId, host, validHost);
    }
}

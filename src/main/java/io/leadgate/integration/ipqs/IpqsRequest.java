package io.leadgate.integration.ipqs;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.web.util.UriUtils;

/**
 * One GET request to IPQS, without the key: the path (with the looked-up value in place of {@code {value}}) and the
 * query parameters in the order they are sent. A parameter may repeat ({@code country[]}).
 *
 * @param lookup what is looked up ({@code phone}, {@code email}, {@code ip}, {@code account}), for messages
 */
record IpqsRequest(String lookup, String path, List<Parameter> parameters) {

    /** The header that carries the key; the only place the key ever goes. */
    static final String KEY_HEADER = "IPQS-KEY";

    /** One query parameter, its value as text. */
    record Parameter(String name, String value) {
    }

    IpqsRequest {
        parameters = List.copyOf(parameters);
    }

    /** A request for the path template with {@code {value}} replaced by the value, escaped as one path segment. */
    static IpqsRequest of(String lookup, String pathTemplate, String value, List<Parameter> parameters) {
        String path = value == null ? pathTemplate : pathTemplate.replace("{value}", segment(value));
        return new IpqsRequest(lookup, path, parameters);
    }

    /** Builds the parameter list in order, leaving out parameters without a value. */
    static final class Parameters {

        private final List<Parameter> list = new ArrayList<>();

        Parameters add(String name, String value) {
            if (value != null && !value.isBlank()) {
                list.add(new Parameter(name, value));
            }
            return this;
        }

        List<Parameter> list() {
            return list;
        }
    }

    /** The URI to call under the base URL (escaped, so the HTTP client sends it unchanged). */
    URI uri(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String query = parameters.stream()
                .map(p -> queryPart(p.name()) + "=" + queryPart(p.value()))
                .collect(Collectors.joining("&"));
        return URI.create(base + path + (query.isEmpty() ? "" : "?" + query));
    }

    /**
     * The request as sent, for the audit trail and the test console: the method, the path and the query (values
     * escaped as sent, names such as {@code country[]} shown unescaped), and the key header masked.
     */
    String asSent() {
        String query = parameters.stream()
                .map(p -> p.name() + "=" + queryPart(p.value()))
                .collect(Collectors.joining("&"));
        return "GET " + path + (query.isEmpty() ? "" : "?" + query) + "\n" + KEY_HEADER + ": ****";
    }

    /**
     * Escapes a value as one path segment. {@code @} and {@code :} stay (an email, an IPv6 address read as sent), a
     * {@code +} is escaped because some servers read it as a space, and {@code /} is escaped so a value cannot change
     * the path.
     */
    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8).replace("+", "%2B");
    }

    /** Escapes a query name or value; a space becomes {@code %20}, never an ambiguous {@code +}. */
    private static String queryPart(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

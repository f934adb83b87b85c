package io.leadgate.integration.trestle;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One GET request to Trestle, without the key: the path and the query parameters in the order they are sent.
 *
 * @param lookup what is looked up ({@code Real Contact}, {@code Phone Validation}), for messages
 * @param answerKeys the top-level keys of this lookup's answers: a JSON object with none of them is not Trestle's answer
 */
record TrestleRequest(String lookup, String path, List<Parameter> parameters, Set<String> answerKeys) {

    /** The header that carries the key; the only place the key ever goes (Real Contact 2.0 accepts no other). */
    static final String KEY_HEADER = "x-api-key";

    /** One query parameter, its value as text. */
    record Parameter(String name, String value) {
    }

    TrestleRequest {
        parameters = List.copyOf(parameters);
        answerKeys = Set.copyOf(answerKeys);
    }

    /** Builds the parameter list in order, leaving out parameters without a value. */
    static final class Parameters {

        private final List<Parameter> list = new ArrayList<>();

        Parameters add(String name, String value) {
            if (value != null && !value.isBlank()) {
                list.add(new Parameter(name, value.strip()));
            }
            return this;
        }

        List<Parameter> list() {
            return list;
        }
    }

    /** The value of a parameter, when it is sent. */
    String parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).map(Parameter::value).findFirst().orElse(null);
    }

    /** The URI to call under the base URL (escaped, so the HTTP client sends it unchanged). */
    URI uri(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return URI.create(base + path + query());
    }

    /**
     * The request as sent, for the audit trail and the test console: the method, the path and the escaped query, and
     * the key header masked.
     */
    String asSent() {
        return "GET " + path + query() + "\n" + KEY_HEADER + ": ****";
    }

    private String query() {
        String query = parameters.stream()
                .map(p -> queryPart(p.name()) + "=" + queryPart(p.value()))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    /**
     * Escapes a query name or value: a space becomes {@code %20} (as in Trestle's own examples, never an ambiguous
     * {@code +}), and the {@code +} of an international number becomes {@code %2B}. Dotted names such as
     * {@code address.city}, the commas of {@code add_ons} and the {@code @} of an email stay as Trestle's examples
     * write them (all three are allowed in a query).
     */
    private static String queryPart(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20")
                .replace("%2C", ",").replace("%40", "@").replace("%3A", ":");
    }
}

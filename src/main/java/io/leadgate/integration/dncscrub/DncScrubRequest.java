package io.leadgate.integration.dncscrub;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;

/**
 * One request to DNC.com, without the key: which API it goes to, the method, the path, the query parameters in the
 * order they are sent and, for a POST, the JSON body.
 *
 * @param what what is asked ({@code litigator scrub}, {@code full scrub}), for messages
 * @param numbers the 10-digit numbers asked about, in order; the answer must say something about each
 * @param body the JSON body of a POST, else null
 */
record DncScrubRequest(String what, Api api, HttpMethod method, String path, List<Parameter> parameters, String body,
        List<String> numbers) {

    /** The header that carries the key (DNC.com's {@code loginId}); the only place the key ever goes. */
    static final String KEY_HEADER = "loginId";

    /** The query parameter of the numbers to scrub, comma separated. */
    static final String PHONE_LIST = "phoneList";

    /** The two DNC.com APIs, on two hosts. */
    enum Api {
        LITIGATOR, SCRUB
    }

    /** One query parameter, its value as text. */
    record Parameter(String name, String value) {
    }

    DncScrubRequest {
        parameters = List.copyOf(parameters);
        numbers = List.copyOf(numbers);
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

    /**
     * The path and query as sent. The list of numbers (digits and commas only) keeps its commas, as DNC.com writes it;
     * any other value is escaped.
     */
    String pathAndQuery() {
        String query = parameters.stream()
                .map(p -> queryPart(p.name()) + "=" + (p.name().equals(PHONE_LIST) ? p.value() : queryPart(p.value())))
                .collect(Collectors.joining("&"));
        return path + (query.isEmpty() ? "" : "?" + query);
    }

    /** The request as sent, for the audit trail and the test console: the key header is masked. */
    String asSent() {
        StringBuilder sent = new StringBuilder(method.name()).append(' ').append(pathAndQuery())
                .append('\n').append(KEY_HEADER).append(": ****");
        if (body != null) {
            sent.append("\nContent-Type: application/json\n\n").append(body);
        }
        return sent.toString();
    }

    /** Escapes a query name or value; a space becomes {@code %20}, never an ambiguous {@code +}. */
    private static String queryPart(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

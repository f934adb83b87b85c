package io.leadgate.integration.purecallerid;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * One request to Pure CallerID, without the key.
 *
 * @param what what is asked ({@code lead load}, {@code spam check}), for messages
 * @param pathAndQuery the path after the base URL, with its query, escaped as sent
 * @param body the JSON body of a POST, else null
 * @param expected where the answer must hold a value (any one of them) to be read as an answer; none when any JSON does
 * @param readsRefusals whether a 4xx answer that holds an expected value is an answer (a lead load that rejects the lead
 *     may say so with a 4xx status) rather than a failure
 */
record PureCallerIdRequest(String what, HttpMethod method, String pathAndQuery, String body,
        List<PureCallerIdJsonPath> expected, boolean readsRefusals) {

    /** The header that carries the key; the only place the key ever goes. */
    static final String KEY_HEADER = "X-API-KEY";

    PureCallerIdRequest {
        expected = List.copyOf(expected);
    }

    /** The path without its query, for messages. */
    String path() {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }

    /** The request as sent, for the audit trail and the test console: the key header is masked. */
    String asSent() {
        StringBuilder sent = new StringBuilder(method.name()).append(' ').append(pathAndQuery)
                .append('\n').append(KEY_HEADER).append(": ****");
        if (body != null) {
            sent.append("\nContent-Type: application/json\n\n").append(body);
        }
        return sent.toString();
    }
}

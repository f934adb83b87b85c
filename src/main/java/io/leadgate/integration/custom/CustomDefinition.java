package io.leadgate.integration.custom;

import io.leadgate.integration.setup.RuleSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An HTTP integration an operator defines without code: the call (method, URL template, headers, body template), the
 * request fields the templates use, the response fields read from the JSON answer by path, an optional outcome mapping,
 * and the timeout. Its integration id is {@code http.<id>}; its connection (for a key used as {@code {secret}}) has the
 * same id.
 *
 * <p>Templates name request fields as {@code {phone}} and the connection's key as {@code {secret}}; values are escaped for
 * where they go (URL-encoded in the URL and form bodies, JSON-escaped inside a JSON body template's strings).
 *
 * @param bodyFormat {@code none}, {@code json} (then {@code body} is a JSON template) or {@code form} (then {@code form}
 *     holds the fields)
 * @param outcomeRules rules on the response fields whose strongest action becomes the response field {@code outcome}
 *     ({@code accept} when none fires), with its reason in {@code outcome_reason}
 * @param testUrl a URL (template) whose 2xx answer proves the key works, for the connection test; optional
 */
public record CustomDefinition(String id, String name, String description, String method, String url,
        Map<String, String> headers, String bodyFormat, String body, Map<String, String> form,
        List<RequestField> requestFields, List<ResponseField> responseFields, List<RuleSpec> outcomeRules,
        BigDecimal pricePerCall, Integer timeoutSeconds, String testUrl) {

    public CustomDefinition {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        form = form == null ? Map.of() : Map.copyOf(form);
        requestFields = requestFields == null ? List.of() : List.copyOf(requestFields);
        responseFields = responseFields == null ? List.of() : List.copyOf(responseFields);
        outcomeRules = outcomeRules == null ? List.of() : List.copyOf(outcomeRules);
        method = method == null ? "GET" : method.trim().toUpperCase(java.util.Locale.ROOT);
        bodyFormat = bodyFormat == null ? "none" : bodyFormat.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** The integration id (and connection id) of this definition. */
    public String integrationId() {
        return "http." + id;
    }

    /** A field the templates use, with its type ({@code phone}, {@code string}...). */
    public record RequestField(String name, String type, Boolean required, String description) {
    }

    /**
     * A value read from the JSON answer.
     *
     * @param path a JSON pointer ({@code /result/score}) or a simple JSON path ({@code $.result.score})
     */
    public record ResponseField(String name, String type, String path, String description) {
    }
}

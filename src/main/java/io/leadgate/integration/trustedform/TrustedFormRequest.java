package io.leadgate.integration.trustedform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One call of TrustedForm's Certificate API v4, without the key: the certificate, and the JSON body naming the
 * operations to run on it ({@code match_lead}, {@code retain}, {@code insights}).
 *
 * @param body the JSON body, as sent
 * @param operations the operations the body asks for, in the order TrustedForm's description lists them
 */
record TrustedFormRequest(TrustedFormCertificate certificate, String body, List<String> operations) {

    static final String MATCH_LEAD = "match_lead";
    static final String RETAIN = "retain";
    static final String INSIGHTS = "insights";

    /** Where TrustedForm's answer carries the result of each operation (a JSON pointer to an object). */
    static final Map<String, String> RESULTS = Map.of(
            MATCH_LEAD, "/match_lead/result",
            RETAIN, "/retain/results",
            INSIGHTS, "/insights/properties");

    /** The version header that makes TrustedForm answer in v4's shape whatever the account's default version. */
    static final String API_VERSION_HEADER = "Api-Version";
    static final String API_VERSION = "4.0";

    /** Basic auth with this user name and the key as password, as TrustedForm's description says. */
    static final String USER = "API";

    private static final JsonMapper JSON = JsonMapper.shared();

    TrustedFormRequest {
        operations = List.copyOf(operations);
    }

    /**
     * Where to retain a certificate: both parts are optional, and TrustedForm shows them on the buyer's copy.
     *
     * @param reference the lead's id in LeadGate, or null
     * @param vendor who sold the lead, or null
     */
    record Retain(String reference, String vendor) {
    }

    /**
     * The request for a certificate: {@code match_lead} with the email and phone given (TrustedForm requires it with
     * {@code retain}, so there is no {@code retain} without one of them), {@code retain} when asked, {@code insights}
     * with the properties asked for.
     *
     * @param retain null to not retain the certificate
     */
    static TrustedFormRequest of(TrustedFormCertificate certificate, String email, String phone, Retain retain,
            List<String> insights) {
        ObjectNode body = JSON.createObjectNode();
        List<String> operations = new ArrayList<>();
        if (email != null || phone != null) {
            ObjectNode match = body.putObject(MATCH_LEAD);
            Optional.ofNullable(email).ifPresent(e -> match.put("email", e));
            Optional.ofNullable(phone).ifPresent(p -> match.put("phone", p));
            operations.add(MATCH_LEAD);
            if (retain != null) {
                ObjectNode kept = body.putObject(RETAIN);
                Optional.ofNullable(retain.reference()).ifPresent(r -> kept.put("reference", r));
                Optional.ofNullable(retain.vendor()).ifPresent(v -> kept.put("vendor", v));
                operations.add(RETAIN);
            }
        }
        if (!insights.isEmpty()) {
            ArrayNode properties = body.putObject(INSIGHTS).putArray("properties");
            insights.forEach(properties::add);
            operations.add(INSIGHTS);
        }
        return new TrustedFormRequest(certificate, JSON.writeValueAsString(body), operations);
    }

    /** A request without operations, which only finds the certificate (the connection test's call). */
    static TrustedFormRequest lookup(TrustedFormCertificate certificate) {
        return new TrustedFormRequest(certificate, "{}", List.of());
    }

    boolean asks(String operation) {
        return operations.contains(operation);
    }

    /**
     * The URI to call: the certificate's path under the base URL. With TrustedForm's own base URL this is the
     * certificate URL itself; a staging host, proxy or test fake replaces scheme, host and port.
     */
    URI uri(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return URI.create(base + "/" + certificate.id());
    }

    /** The request as sent, for the audit trail and the test console: the key is masked. */
    String asSent(URI uri) {
        return "POST " + uri + "\n"
                + "Authorization: Basic ****\n"
                + API_VERSION_HEADER + ": " + API_VERSION + "\n"
                + "Content-Type: application/json\n\n"
                + body;
    }
}

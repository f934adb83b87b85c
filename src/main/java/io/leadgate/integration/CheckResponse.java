package io.leadgate.integration;

import io.leadgate.lead.field.FieldValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a check answered: typed response values, or a named error. Both keep the request as sent (secrets masked) and
 * the raw response, for the audit trail.
 */
public sealed interface CheckResponse {

    /** The request as sent to the provider, secrets masked; for built-in checks, the inputs. */
    String requestAsSent();

    /** The provider's answer as received (or the built-in check's values), for the audit trail. */
    String rawResponse();

    /**
     * A check that answered.
     *
     * @param values the response fields the answer had; a field left out is unknown to criteria
     * @param partial whether the provider flagged the answer as incomplete (some values may be missing)
     * @param billed whether the answer cost a call (false when the integration decided without calling its provider)
     */
    record Answered(Map<String, FieldValue> values, boolean partial, String requestAsSent, String rawResponse,
            boolean billed) implements CheckResponse {

        public Answered {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** An answer from a call, billed at the integration's price. */
        public Answered(Map<String, FieldValue> values, boolean partial, String requestAsSent, String rawResponse) {
            this(values, partial, requestAsSent, rawResponse, true);
        }

        /** An answer the integration gave without calling its provider (a malformed input judged locally): free. */
        public static Answered withoutCall(Map<String, FieldValue> values, String requestAsSent) {
            return new Answered(values, false, requestAsSent, null, false);
        }
    }

    /** A check that could not answer; the message names the cause in words a buyer understands. */
    record Failed(ErrorKind kind, String message, String requestAsSent, String rawResponse) implements CheckResponse {
    }
}

package io.leadgate.integration.trustedform;

import io.leadgate.integration.CheckResponse;
import tools.jackson.databind.JsonNode;

/**
 * What one TrustedForm call came to: TrustedForm's v4 answer, a certificate it will not work with, or a failure
 * already named.
 */
sealed interface TrustedFormReply {

    /** The request as sent, key masked. */
    String requestAsSent();

    /**
     * TrustedForm answered HTTP 200 with its v4 JSON ({@code outcome} and a result per operation).
     *
     * @param body the parsed answer, an object
     * @param rawResponse the body as received
     */
    record Answer(JsonNode body, String requestAsSent, String rawResponse) implements TrustedFormReply {
    }

    /**
     * The certificate cannot be used: TrustedForm said so (404 expired or unknown, 405 not claimable, 422 claimed too
     * many times), or LeadGate did without calling (a staging certificate against production).
     *
     * @param reason TrustedForm's own reason when it gave one, else LeadGate's
     * @param rawResponse TrustedForm's body, or null when nothing was called
     */
    record Unusable(TrustedFormOutcome outcome, String reason, String requestAsSent, String rawResponse)
            implements TrustedFormReply {
    }

    /**
     * The call failed: the check's answer (kind, a message for the buyer, the request and TrustedForm's body).
     *
     * @param providerReason TrustedForm's own reason when it gave one (for a connection test's detail), else null
     */
    record Failure(CheckResponse.Failed failed, String providerReason) implements TrustedFormReply {

        @Override
        public String requestAsSent() {
            return failed.requestAsSent();
        }
    }
}

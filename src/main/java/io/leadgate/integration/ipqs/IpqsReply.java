package io.leadgate.integration.ipqs;

import io.leadgate.integration.CheckResponse;
import tools.jackson.databind.JsonNode;

/** What one IPQS call came to: IPQS's JSON answer with {@code success: true}, or a failure already named. */
sealed interface IpqsReply {

    /** The request as sent, key masked. */
    String requestAsSent();

    /**
     * IPQS answered {@code success: true}.
     *
     * @param body the parsed answer, an object
     * @param rawResponse the body as received
     */
    record Answer(JsonNode body, String requestAsSent, String rawResponse) implements IpqsReply {
    }

    /**
     * The call failed, or IPQS answered {@code success: false}.
     *
     * @param failed the check's answer: kind, a message for the buyer, the request and IPQS's body
     * @param providerMessage IPQS's own message when it gave one (for a connection test's detail), else null
     */
    record Failure(CheckResponse.Failed failed, String providerMessage) implements IpqsReply {

        @Override
        public String requestAsSent() {
            return failed.requestAsSent();
        }
    }
}

package io.leadgate.integration.trestle;

import io.leadgate.integration.CheckResponse;
import tools.jackson.databind.JsonNode;

/** What one Trestle call came to: Trestle's JSON answer (HTTP 200), or a failure already named. */
sealed interface TrestleReply {

    /** The request as sent, key masked. */
    String requestAsSent();

    /**
     * Trestle answered HTTP 200 with a JSON object.
     *
     * @param body the parsed answer
     * @param rawResponse the body as received
     */
    record Answer(JsonNode body, String requestAsSent, String rawResponse) implements TrestleReply {
    }

    /**
     * The call failed, or Trestle refused it.
     *
     * @param failed the check's answer: kind, a message for the buyer, the request and Trestle's body
     * @param providerMessage Trestle's own words when it gave some (for a connection test's detail), else null
     */
    record Failure(CheckResponse.Failed failed, String providerMessage) implements TrestleReply {

        @Override
        public String requestAsSent() {
            return failed.requestAsSent();
        }
    }
}

package io.leadgate.integration.purecallerid;

import io.leadgate.integration.CheckResponse;
import tools.jackson.databind.JsonNode;

/** What one Pure CallerID call came to: its JSON answer, or a failure already named. */
sealed interface PureCallerIdReply {

    /** The request as sent, key masked. */
    String requestAsSent();

    /**
     * Pure CallerID answered.
     *
     * @param body the parsed answer
     * @param status the HTTP status (a lead load may reject a lead with a 4xx)
     * @param rawResponse the body as received (key scrubbed)
     */
    record Answer(JsonNode body, int status, String requestAsSent, String rawResponse) implements PureCallerIdReply {
    }

    /**
     * The call failed, or its answer could not be read.
     *
     * @param providerMessage Pure CallerID's own words when it gave some (for a connection test's detail), else null
     */
    record Failure(CheckResponse.Failed failed, String providerMessage) implements PureCallerIdReply {

        @Override
        public String requestAsSent() {
            return failed.requestAsSent();
        }
    }
}

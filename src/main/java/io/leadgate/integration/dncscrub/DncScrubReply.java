package io.leadgate.integration.dncscrub;

import io.leadgate.integration.CheckResponse;

/**
 * What one DNC.com call came to: an answer already read (one result per number asked about), or a failure already
 * named.
 *
 * @param <T> what an answer holds: litigator flags or full scrub records, by number
 */
sealed interface DncScrubReply<T> {

    /** The request as sent, key masked. */
    String requestAsSent();

    /**
     * DNC.com answered, with a result for every number asked about.
     *
     * @param rawResponse the body as received (key scrubbed)
     */
    record Answer<T>(T results, String requestAsSent, String rawResponse) implements DncScrubReply<T> {
    }

    /**
     * The call failed, or DNC.com's answer could not be read.
     *
     * @param failed the check's answer: kind, a message for the buyer, the request and DNC.com's body
     * @param providerMessage DNC.com's own words when it gave some (for a connection test's detail), else null
     */
    record Failure<T>(CheckResponse.Failed failed, String providerMessage) implements DncScrubReply<T> {

        @Override
        public String requestAsSent() {
            return failed.requestAsSent();
        }
    }
}

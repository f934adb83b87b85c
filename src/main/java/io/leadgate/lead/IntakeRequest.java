package io.leadgate.lead;

/**
 * One post to a campaign's intake endpoint, as read from HTTP.
 *
 * @param credential the posting key sent (bearer or {@code X-Api-Key}), or null
 * @param body the body, at most the configured limit
 * @param tooLarge whether the body was larger than the limit (then {@code body} holds only its beginning)
 * @param leadUrlBase the URL leads are found under ({@code https://host/api/v1/leads/}), for answers
 */
public record IntakeRequest(String campaignId, String credential, String contentType, byte[] body, boolean tooLarge,
        String remoteAddr, String idempotencyKey, boolean async, String leadUrlBase) {
}

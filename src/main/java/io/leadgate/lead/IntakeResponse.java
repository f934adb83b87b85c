package io.leadgate.lead;

import java.util.Map;

/**
 * The answer to a post: the status, the JSON body exactly as sent (so a repeated {@code Idempotency-Key} replays the
 * same bytes) and extra headers.
 */
public record IntakeResponse(int status, String contentType, String body, Map<String, String> headers) {
}

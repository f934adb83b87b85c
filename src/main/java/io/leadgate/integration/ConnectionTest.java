package io.leadgate.integration;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The result of testing a connection: an outcome and a sentence for the buyer.
 *
 * @param detail what the provider said, when it said something useful (never the key)
 */
public record ConnectionTest(Outcome outcome, String message, String detail) {

    /** What a connection test found. */
    public enum Outcome {
        CONNECTED, BAD_KEY, OUT_OF_CREDITS, QUOTA_EXCEEDED, RATE_LIMITED, UNREACHABLE, ERROR;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static ConnectionTest connected(String message) {
        return new ConnectionTest(Outcome.CONNECTED, message, null);
    }

    /** The test outcome for a failed call of the given kind. */
    public static ConnectionTest failed(ErrorKind kind, String detail) {
        return switch (kind) {
            case AUTH -> new ConnectionTest(Outcome.BAD_KEY, "The API key was refused: check it was copied whole and is still active.", detail);
            case QUOTA -> detail != null && detail.toLowerCase(Locale.ROOT).contains("credit")
                    ? new ConnectionTest(Outcome.OUT_OF_CREDITS, "The account is out of credits: add credits with the provider.", detail)
                    : new ConnectionTest(Outcome.QUOTA_EXCEEDED, "The account's request quota is used up for now: wait for it to reset or raise the plan.", detail);
            case RATE_LIMITED -> new ConnectionTest(Outcome.RATE_LIMITED, "Too many requests right now: the provider asks to slow down.", detail);
            case TIMEOUT, UNAVAILABLE -> new ConnectionTest(Outcome.UNREACHABLE, "The provider could not be reached: check the base URL and the network.", detail);
            case NOT_CONNECTED -> new ConnectionTest(Outcome.ERROR, "There is no key to test: save one first.", detail);
            case BAD_RESPONSE, BAD_REQUEST -> new ConnectionTest(Outcome.ERROR, "The provider answered something unexpected.", detail);
        };
    }
}

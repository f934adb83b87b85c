package io.leadgate.integration;

/**
 * What a vendor client needs to call its provider: the API key and the base URL. {@link #toString()} never shows the
 * key, so credentials cannot leak into logs by accident.
 */
public record Credentials(String apiKey, String baseUrl) {

    @Override
    public String toString() {
        return "Credentials[apiKey=****, baseUrl=" + baseUrl + "]";
    }
}

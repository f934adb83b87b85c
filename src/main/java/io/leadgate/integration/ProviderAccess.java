package io.leadgate.integration;

import java.util.Optional;

/**
 * How a vendor client gets its credentials and reports how its calls went. Implemented by the connections feature;
 * vendor packages depend only on this interface.
 */
public interface ProviderAccess {

    /** The credentials of the provider's connection, when it is enabled and has a key. */
    Optional<Credentials> credentials(String provider);

    /** Records a successful call (counts it in today's calls). */
    void recordSuccess(String provider);

    /** Records a failed call: its kind and message (the message must not contain the key). */
    void recordFailure(String provider, ErrorKind kind, String message);

    /** The answer of a check that could not call its provider because there is no usable connection. */
    static CheckResponse notConnected(String providerName, String requestAsSent) {
        return new CheckResponse.Failed(ErrorKind.NOT_CONNECTED, providerName + " is not connected: enable the connection and save an API key",
                requestAsSent, null);
    }
}

package io.leadgate.testing;

import io.leadgate.integration.Credentials;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.ProviderAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A connection held in memory for one provider, recording what the vendor client reports. */
public class FakeProviderAccess implements ProviderAccess {

    /** A failure the client reported. */
    public record Failure(String provider, ErrorKind kind, String message) {
    }

    private final String provider;
    private final Credentials credentials;
    public final List<String> successes = new ArrayList<>();
    public final List<Failure> failures = new ArrayList<>();

    /** @param credentials the connection's credentials, or null for "not connected" */
    protected FakeProviderAccess(String provider, Credentials credentials) {
        this.provider = provider;
        this.credentials = credentials;
    }

    @Override
    public Optional<Credentials> credentials(String asked) {
        return provider.equals(asked) ? Optional.ofNullable(credentials) : Optional.empty();
    }

    @Override
    public synchronized void recordSuccess(String asked) {
        successes.add(asked);
    }

    @Override
    public synchronized void recordFailure(String asked, ErrorKind kind, String message) {
        failures.add(new Failure(asked, kind, message));
    }
}

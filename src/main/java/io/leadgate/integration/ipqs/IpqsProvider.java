package io.leadgate.integration.ipqs;

import io.leadgate.integration.ConnectionTest;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.Provider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * IPQualityScore as a provider: its connection takes a private API key, and is tested with IPQS's credit usage
 * endpoint, which proves the key without spending a lookup.
 *
 * <p>The test does not record anything on the connection: the connections feature decides what a test changes.
 */
@Component
public class IpqsProvider implements Provider {

    public static final String ID = "ipqs";
    public static final String NAME = "IPQualityScore";

    private final IpqsClient client;

    public IpqsProvider(IpqsClient client) {
        this.client = client;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String defaultBaseUrl() {
        return client.properties().baseUrl();
    }

    @Override
    public String keyHelp() {
        return "Sign in to your IPQualityScore account and copy the private API key shown in the account settings "
                + "(any IPQS documentation page also shows it while you are signed in). LeadGate sends it only in "
                + "the IPQS-KEY header, never in a URL.";
    }

    @Override
    public ConnectionTest test(Credentials credentials) {
        if (credentials == null || credentials.apiKey() == null || credentials.apiKey().isBlank()) {
            return ConnectionTest.failed(ErrorKind.NOT_CONNECTED, null);
        }
        return switch (client.account(credentials)) {
            case IpqsReply.Answer answer -> connected(answer.body());
            case IpqsReply.Failure failure -> ConnectionTest.failed(failure.failed().kind(),
                    failure.providerMessage() != null ? failure.providerMessage() : failure.failed().message());
        };
    }

    /**
     * The answer of a key that works. IPQS documents {@code credits} as the credits available to the account; when it
     * says none are left, lookups would fail, so the test says so.
     */
    private static ConnectionTest connected(JsonNode account) {
        JsonNode credits = account.path("credits");
        JsonNode usage = account.path("usage");
        if (credits.isNumber() && credits.longValue() <= 0) {
            return ConnectionTest.failed(ErrorKind.QUOTA, "IPQualityScore reports no credits left on the account");
        }
        String detail = null;
        if (credits.isNumber()) {
            detail = credits.asString() + " credits available"
                    + (usage.isNumber() ? ", " + usage.asString() + " used this billing period" : "");
        }
        return new ConnectionTest(ConnectionTest.Outcome.CONNECTED, "Connected to IPQualityScore: the API key works.", detail);
    }
}

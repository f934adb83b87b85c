package io.leadgate.integration.dncscrub;

import io.leadgate.integration.ConnectionTest;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.Provider;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * DNC.com (Contact Center Compliance, whose API is "DNCScrub") as a provider: its connection takes the account's API
 * key (DNC.com's {@code loginId}), and is tested with a litigator scrub of one fixed number, DNC.com's cheapest call.
 *
 * <p>The connection's base URL is the litigator API's ({@code https://dataapi.dncscrub.com}); the full scrub's host is
 * set in configuration ({@code leadgate.providers.dncscrub.scrub-base-url}). The test does not record anything on the
 * connection: the connections feature decides what a test changes.
 */
@Component
public class DncScrubProvider implements Provider {

    public static final String ID = "dncscrub";
    public static final String NAME = "DNC.com";

    private final DncScrubClient client;

    public DncScrubProvider(DncScrubClient client) {
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
        return client.properties().litigatorBaseUrl();
    }

    @Override
    public String keyHelp() {
        return "Use the API key (loginId) of your DNC.com account (Contact Center Compliance, DNCScrub): DNC.com gives it "
                + "with API access, and its web portal shows it. LeadGate sends it only in the loginId header, never in "
                + "a URL. The base URL is the litigator API's; the full scrub's host is set in configuration.";
    }

    @Override
    public ConnectionTest test(Credentials credentials) {
        if (credentials == null || credentials.apiKey() == null || credentials.apiKey().isBlank()) {
            return ConnectionTest.failed(ErrorKind.NOT_CONNECTED, null);
        }
        String number = client.properties().testNumber();
        return switch (client.litigators(credentials, List.of(number))) {
            case DncScrubReply.Answer<Map<String, Boolean>> answer -> new ConnectionTest(ConnectionTest.Outcome.CONNECTED,
                    "Connected to DNC.com: the API key works.", "A litigator scrub of the test number answered.");
            case DncScrubReply.Failure<Map<String, Boolean>> failure -> ConnectionTest.failed(failure.failed().kind(),
                    failure.providerMessage() != null ? failure.providerMessage() : failure.failed().message());
        };
    }
}

package io.leadgate.integration.purecallerid;

import io.leadgate.integration.ConnectionTest;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.Provider;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Pure CallerID as a provider: its connection takes one of the workspace's API keys, and is tested with the spam check
 * of one fixed number, a lookup that loads nothing into any list.
 *
 * <p>The test does not record anything on the connection: the connections feature decides what a test changes.
 */
@Component
public class PureCallerIdProvider implements Provider {

    public static final String ID = "purecallerid";
    public static final String NAME = "Pure CallerID";

    private final PureCallerIdClient client;

    public PureCallerIdProvider(PureCallerIdClient client) {
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
        return "Create an API key in your Pure CallerID workspace (its API keys page) and paste it here. LeadGate sends it "
                + "only in the X-API-KEY header, never in a URL.";
    }

    @Override
    public ConnectionTest test(Credentials credentials) {
        if (credentials == null || credentials.apiKey() == null || credentials.apiKey().isBlank()) {
            return ConnectionTest.failed(ErrorKind.NOT_CONNECTED, null);
        }
        PureCallerIdRequest spamCheck = new PureCallerIdRequest("spam check", HttpMethod.GET,
                PureCallerIdComplianceCheck.DEFAULT_SPAM_CHECK_PATH.replace(PureCallerIdComplianceCheck.NUMBER_PLACEHOLDER,
                        client.properties().testNumber()), null,
                List.of(PureCallerIdJsonPath.parse("$.spamScore"), PureCallerIdJsonPath.parse("$.riskLevel")), false);
        return switch (client.send(credentials, spamCheck, false)) {
            case PureCallerIdReply.Answer answer -> new ConnectionTest(ConnectionTest.Outcome.CONNECTED,
                    "Connected to Pure CallerID: the API key works.", "The spam check of the test number answered.");
            case PureCallerIdReply.Failure failure -> ConnectionTest.failed(failure.failed().kind(),
                    failure.providerMessage() != null ? failure.providerMessage() : failure.failed().message());
        };
    }
}

package io.leadgate.integration.trustedform;

import io.leadgate.integration.ConnectionTest;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.Provider;
import org.springframework.stereotype.Component;

/**
 * TrustedForm (ActiveProspect) as a provider: its connection takes the account's API key, and is tested by asking for
 * a certificate that cannot exist.
 *
 * <p>TrustedForm has no account or ping endpoint in its v4 description: every call is a POST on a certificate. A POST
 * without operations on a well-formed id that no certificate has is the cheapest call that proves the key: with a
 * refused key TrustedForm answers 401 (403 in older material), with an inactive account 402, and with a working key
 * 404 "expired or could not be found". Nothing is matched, retained or looked into, so nothing is billed. This relies
 * on TrustedForm checking the key before looking the certificate up, as its description's list of answers implies.
 *
 * <p>The test does not record anything on the connection: the connections feature decides what a test changes.
 */
@Component
public class TrustedFormProvider implements Provider {

    public static final String ID = "trustedform";
    public static final String NAME = "TrustedForm";

    /** A well-formed web certificate id (40 hex digits) that no certificate has. */
    static final String PROBE_ID = "0".repeat(40);

    private final TrustedFormClient client;

    public TrustedFormProvider(TrustedFormClient client) {
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
        return "Sign in to TrustedForm (app.trustedform.com), open Settings → API Keys and copy an API key. LeadGate "
                + "sends it only as the password of Basic authentication (user API) to the TrustedForm base URL, "
                + "never to a host named in a seller's certificate URL. For staging certificates set the base URL to "
                + "https://cert.staging.trustedform.com.";
    }

    @Override
    public ConnectionTest test(Credentials credentials) {
        if (credentials == null || credentials.apiKey() == null || credentials.apiKey().isBlank()) {
            return ConnectionTest.failed(ErrorKind.NOT_CONNECTED, null);
        }
        TrustedFormRequest probe = TrustedFormRequest.lookup(
                new TrustedFormCertificate(PROBE_ID, TrustedFormCertificate.PRODUCTION_HOST));
        return switch (client.probe(credentials, probe)) {
            case TrustedFormReply.Unusable unusable -> new ConnectionTest(ConnectionTest.Outcome.CONNECTED,
                    "Connected to TrustedForm: the API key works.",
                    "TrustedForm accepted the key and answered, as expected for a certificate that does not exist: "
                            + unusable.reason());
            case TrustedFormReply.Answer answer -> ConnectionTest.connected("Connected to TrustedForm: the API key works.");
            case TrustedFormReply.Failure failure -> failed(failure);
        };
    }

    private static ConnectionTest failed(TrustedFormReply.Failure failure) {
        String detail = failure.providerReason() != null ? failure.providerReason() : failure.failed().message();
        if (failure.failed().kind() == ErrorKind.QUOTA) {
            // TrustedForm's 402 is about the account, not a quota that resets by itself
            return new ConnectionTest(ConnectionTest.Outcome.OUT_OF_CREDITS,
                    "The TrustedForm account is inactive or out of funds: reactivate it with ActiveProspect.", detail);
        }
        return ConnectionTest.failed(failure.failed().kind(), detail);
    }
}

package io.leadgate.integration.trestle;

import io.leadgate.integration.ConnectionTest;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.Provider;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Trestle as a provider: its connection takes an API key, sent in the {@code x-api-key} header.
 *
 * <p>Trestle has no free call that proves a key (no account or usage endpoint in its API material), so a connection
 * test makes one real lookup of Trestle's own sample (the identity of its documentation examples, never a lead's data),
 * without add-ons: by default Real Contact 2.0, because Trestle authorises a key per product and Real Contact is what
 * LeadGate's contact check calls; accounts with only Phone Validation set
 * {@code leadgate.providers.trestle.connection-test=phone-intel}. Trestle may bill the test as one query.
 *
 * <p>The test does not record anything on the connection: the connections feature decides what a test changes.
 */
@Component
public class TrestleProvider implements Provider {

    public static final String ID = "trestle";
    public static final String NAME = "Trestle";

    /** The name and number of Trestle's Real Contact examples. */
    static final String SAMPLE_NAME = "John Doe";
    static final String SAMPLE_REAL_CONTACT_PHONE = "4259853735";
    /** The number of Trestle's Phone Validation examples. */
    static final String SAMPLE_PHONE_INTEL_PHONE = "2069735100";

    private final TrestleClient client;

    public TrestleProvider(TrestleClient client) {
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
        return "Sign in to the Trestle portal (portal.trestleiq.com) and copy your API key; the key must be enabled for "
                + "the products you use (Real Contact, Phone Validation). LeadGate sends it only in the x-api-key "
                + "header, never in a URL. Testing the connection makes one real lookup of Trestle's sample number, "
                + "which Trestle may bill as one query.";
    }

    @Override
    public ConnectionTest test(Credentials credentials) {
        if (credentials == null || credentials.apiKey() == null || credentials.apiKey().isBlank()) {
            return ConnectionTest.failed(ErrorKind.NOT_CONNECTED, null);
        }
        TrestleRequest sample = sample();
        return switch (client.test(credentials, sample)) {
            case TrestleReply.Answer answer -> new ConnectionTest(ConnectionTest.Outcome.CONNECTED,
                    "Connected to Trestle: the API key works for " + sample.lookup() + ".",
                    "Tested with one " + sample.lookup() + " lookup of Trestle's sample number " + sample.parameter("phone")
                            + ", without add-ons.");
            case TrestleReply.Failure failure -> ConnectionTest.failed(failure.failed().kind(),
                    failure.providerMessage() != null ? failure.providerMessage() : failure.failed().message());
        };
    }

    /** The lookup a connection test makes. */
    private TrestleRequest sample() {
        TrestleProperties properties = client.properties();
        return switch (properties.connectionTest()) {
            case REAL_CONTACT -> new TrestleRequest("Real Contact",
                    properties.realContact().path().replace(TrestleProperties.VERSION, TrestleRealContactCheck.VERSION_2_0),
                    List.of(new TrestleRequest.Parameter("name", SAMPLE_NAME),
                            new TrestleRequest.Parameter("phone", SAMPLE_REAL_CONTACT_PHONE)),
                    TrestleInputs.answerKeys(TrestleRealContactCheck.RESPONSE));
            case PHONE_INTEL -> new TrestleRequest("Phone Validation", properties.phoneIntel().path(),
                    List.of(new TrestleRequest.Parameter("phone", SAMPLE_PHONE_INTEL_PHONE)),
                    TrestleInputs.answerKeys(TrestlePhoneIntelCheck.RESPONSE));
        };
    }
}

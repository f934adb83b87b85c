package io.leadgate.integration.trustedform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.KEY;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.TOKEN;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadgate.integration.ConnectionTest;
import io.leadgate.integration.ConnectionTest.Outcome;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.http.HttpSettings;
import io.leadgate.integration.trustedform.TrustedFormFixtures.FakeProviderAccess;
import io.leadgate.integration.trustedform.TrustedFormFixtures.Lead;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrustedFormProviderTest {

    @RegisterExtension
    static WireMockExtension trustedForm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** The certificate the test asks for: well formed, and no certificate has it. */
    private static final String PROBE = "/0000000000000000000000000000000000000000";

    private FakeProviderAccess access;
    private TrustedFormProvider provider;

    @BeforeEach
    void setUp() {
        access = FakeProviderAccess.notConnected();
        provider = new TrustedFormProvider(TrustedFormFixtures.client(TrustedFormFixtures.testProperties(), access));
    }

    private ConnectionTest test() {
        ConnectionTest result = provider.test(new Credentials(KEY, trustedForm.baseUrl()));
        assertThat(result.message() + " " + result.detail()).doesNotContain(KEY).doesNotContain(TOKEN);
        return result;
    }

    private static void answer(int status, String body) {
        trustedForm.stubFor(post(urlPathMatching(PROBE)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void isTrustedFormAtTheProductionCertificateHost() {
        assertThat(provider.id()).isEqualTo("trustedform");
        assertThat(provider.name()).isEqualTo("TrustedForm");
        assertThat(provider.defaultBaseUrl()).isEqualTo("https://cert.trustedform.com");
        assertThat(provider.keyHelp()).contains("Basic").contains("cert.staging.trustedform.com");
    }

    @Test
    void provesTheKeyByAskingForACertificateThatCannotExistWithoutAnyOperation() {
        answer(404, fixture("error-404.json"));

        ConnectionTest result = test();

        assertThat(result.outcome()).isEqualTo(Outcome.CONNECTED);
        assertThat(result.message()).isEqualTo("Connected to TrustedForm: the API key works.");
        assertThat(result.detail()).endsWith("TrustedForm certificate has expired or could not be found");
        trustedForm.verify(1, postRequestedFor(urlPathEqualTo(PROBE))
                .withHeader("Authorization", equalTo("Basic " + TOKEN))
                .withHeader("Api-Version", equalTo("4.0"))
                .withRequestBody(equalToJson("{}")));
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "401 | BAD_KEY        | Unauthorized",
        "403 | BAD_KEY        | Unavailable product requested",
        "402 | OUT_OF_CREDITS | Account is inactive"
    })
    void saysWhatIsWrongInTheBuyersWordsWithTrustedFormsReasonAsDetail(int status, Outcome outcome, String reason) {
        answer(status, fixture("error-" + status + ".json"));

        ConnectionTest result = test();

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.detail()).isEqualTo(reason);
    }

    @Test
    void saysTheAccountIsInactiveRatherThanOverAQuotaFor402() {
        answer(402, fixture("error-402.json"));

        assertThat(test().message()).isEqualTo("The TrustedForm account is inactive or out of funds: reactivate it with "
                + "ActiveProspect.");
    }

    @Test
    void saysTrustedFormIsUnreachableWhenItKeepsFailing() {
        trustedForm.stubFor(post(urlPathMatching(PROBE)).willReturn(aResponse().withStatus(502)));

        ConnectionTest result = test();

        assertThat(result.outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(result.detail()).startsWith("TrustedForm is unavailable: it answered HTTP 502");
    }

    @Test
    void saysSomethingUnexpectedCameBackForA404ThatIsNotTrustedForms() {
        trustedForm.stubFor(post(urlPathMatching(PROBE)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html").withBody("<html>Not Found</html>")));

        ConnectionTest result = test();

        assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(result.detail()).contains("check the TrustedForm base URL");
    }

    @Test
    void testsEvenWhileChecksArePausedByTheCircuitBreaker() {
        trustedForm.stubFor(post(urlPathMatching("/eb9.*")).willReturn(aResponse().withStatus(503)));
        answer(404, fixture("error-404.json"));
        access = FakeProviderAccess.connectedTo(trustedForm.baseUrl());
        TrustedFormClient client = TrustedFormFixtures.client(TrustedFormFixtures.properties(Duration.ofSeconds(10), 1,
                new HttpSettings.Breaker(1, 1, 50f, Duration.ofMinutes(1))), access);
        TrustedFormVerifyCheck check = new TrustedFormVerifyCheck(client, TrustedFormFixtures.CLOCK);
        check.check(Lead.matching().request());
        assertThat(check.check(Lead.matching().request()).toString()).contains("paused");
        provider = new TrustedFormProvider(client);

        assertThat(test().outcome()).isEqualTo(Outcome.CONNECTED);
    }

    @Test
    void saysThereIsNoKeyToTestWithoutCalling() {
        assertThat(provider.test(new Credentials("", trustedForm.baseUrl())).outcome()).isEqualTo(Outcome.ERROR);
        assertThat(trustedForm.getAllServeEvents()).isEmpty();
    }

    @Test
    void recordsNothingOnTheConnectionWhenTesting() {
        answer(401, fixture("error-401.json"));

        test();

        assertThat(access.failures).isEmpty();
        assertThat(access.successes).isEmpty();
    }
}

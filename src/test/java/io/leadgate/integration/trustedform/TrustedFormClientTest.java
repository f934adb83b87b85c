package io.leadgate.integration.trustedform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.CERT_ID;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.KEY;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.TOKEN;
import static io.leadgate.testing.CheckAnswers.answered;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.assertKeyNotIn;
import static io.leadgate.testing.CheckAnswers.failed;
import static io.leadgate.integration.trustedform.TrustedFormFixtures.fixture;
import static io.leadgate.testing.CheckAnswers.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.http.HttpSettings;
import io.leadgate.integration.trustedform.TrustedFormFixtures.FakeProviderAccess;
import io.leadgate.integration.trustedform.TrustedFormFixtures.Lead;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the client meets every answer TrustedForm documents besides success, and every way a call can go wrong. */
class TrustedFormClientTest {

    @RegisterExtension
    static WireMockExtension trustedForm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String CERTIFICATE = "/" + CERT_ID;

    private FakeProviderAccess access;

    @BeforeEach
    void connect() {
        access = FakeProviderAccess.connectedTo(trustedForm.baseUrl());
    }

    private CheckResponse verify(TrustedFormProperties properties) {
        CheckResponse response = TrustedFormFixtures.check(properties, access).check(Lead.matching().request());
        assertKeyNotIn(response);
        return response;
    }

    private CheckResponse verify() {
        return verify(TrustedFormFixtures.testProperties());
    }

    private static void answer(int status, String body) {
        trustedForm.stubFor(post(urlPathMatching(CERTIFICATE)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body)));
    }

    private static int requestsReceived() {
        return trustedForm.findAll(postRequestedFor(urlPathMatching(".*"))).size();
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "404 | not_found              | TrustedForm certificate has expired or could not be found",
        "405 | not_claimable          | Certificate is not claimable",
        "422 | claimed_too_many_times | Certificate has been claimed too many times"
    })
    void answersWhatTrustedFormSaysAboutTheCertificateSoARuleCanRejectIt(int status, String outcome, String reason) {
        String body = fixture("error-" + status + ".json");
        answer(status, body);

        CheckResponse.Answered answered = answered(verify());

        assertThat(texts(answered)).containsExactly(entry("outcome", outcome), entry("reason", reason),
                entry("certificate_id", CERT_ID));
        assertThat(answered.partial()).isFalse();
        assertThat(answered.rawResponse()).isEqualTo(body);
        assertThat(answered.requestAsSent()).startsWith("POST " + trustedForm.baseUrl() + CERTIFICATE + "\n");
        assertThat(requestsReceived()).isEqualTo(1);
        // the key worked: the certificate is the problem, not the connection
        assertThat(access.successes).containsExactly(TrustedFormProvider.ID);
        assertThat(access.failures).isEmpty();
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "400 | BAD_REQUEST | TrustedForm refused the request: Malformed certificate id (HTTP 400)",
        "401 | AUTH        | TrustedForm refused the API key: Unauthorized (HTTP 401)",
        "402 | QUOTA       | The TrustedForm account is inactive or out of funds: Account is inactive (HTTP 402)",
        "403 | AUTH        | The TrustedForm account's plan does not include an operation asked for: Unavailable product requested (HTTP 403)"
    })
    void namesEachRefusalTrustedFormDocumentsAndNeverRetriesIt(int status, ErrorKind kind, String message) {
        String body = fixture("error-" + status + ".json");
        answer(status, body);

        CheckResponse.Failed failed = failed(verify());

        assertThat(failed.kind()).isEqualTo(kind);
        assertThat(failed.message()).startsWith(message);
        assertThat(failed.rawResponse()).isEqualTo(body);
        assertThat(failed.requestAsSent()).contains("Authorization: Basic ****");
        assertThat(requestsReceived()).isEqualTo(1);
        assertThat(access.failures).containsExactly(new FakeProviderAccess.Failure(TrustedFormProvider.ID, kind, failed.message()));
        assertThat(access.successes).isEmpty();
    }

    @Test
    void tellsWhichPlanEachOperationNeedsWhenTheProductIsUnavailable() {
        answer(403, fixture("error-403.json"));

        assertThat(failed(verify()).message()).contains("Insights needs TrustedForm's Professional plan and retain a "
                + "Self-Service plan: clear the insights setting, turn retain off, or upgrade the plan");
    }

    @Test
    void readsA403WithoutProductAsARefusedKeyAsOlderMaterialDescribes() {
        answer(403, "{\"outcome\":\"error\",\"reason\":\"Forbidden\"}");

        CheckResponse.Failed failed = failed(verify());

        assertThat(failed.kind()).isEqualTo(ErrorKind.AUTH);
        assertThat(failed.message()).isEqualTo("TrustedForm refused the API key: Forbidden (HTTP 403)");
    }

    @Test
    void readsAnother422AsARequestTrustedFormCouldNotProcess() {
        answer(422, "{\"outcome\":\"error\",\"reason\":\"Invalid insights properties\"}");

        CheckResponse.Failed failed = failed(verify());

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(failed.message()).isEqualTo("TrustedForm could not process the request: Invalid insights properties (HTTP 422)");
    }

    @Test
    void answersRateLimitedForHttp429WithoutRetrying() {
        trustedForm.stubFor(post(urlPathMatching(CERTIFICATE)).willReturn(aResponse().withStatus(429)));

        assertThat(failed(verify()).kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(requestsReceived()).isEqualTo(1);
    }

    @Test
    void doesNotTakeA404FromSomethingElseForAnUnknownCertificate() {
        trustedForm.stubFor(post(urlPathMatching(CERTIFICATE)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html").withBody("<html><h1>Not Found</h1></html>")));

        CheckResponse.Failed failed = failed(verify());

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(failed.message()).isEqualTo("TrustedForm answered something that is not its JSON (HTTP 404, text/html): "
                + "check the TrustedForm base URL");
    }

    @Test
    void retriesAServerErrorAndAnswersWhenTrustedFormRecovers() {
        trustedForm.stubFor(post(urlPathMatching(CERTIFICATE)).inScenario("recovery").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serverError().withBody("<html>502 Bad Gateway</html>")).willSetStateTo("up"));
        trustedForm.stubFor(post(urlPathMatching(CERTIFICATE)).inScenario("recovery").whenScenarioStateIs("up")
                .willReturn(okJson(fixture("verify-success.json"))));

        CheckResponse response = verify();

        assertThat(texts(response)).containsEntry("outcome", "success");
        assertThat(requestsReceived()).isEqualTo(2);
        assertThat(access.successes).containsExactly(TrustedFormProvider.ID);
        assertThat(access.failures).isEmpty();
    }

    @Test
    void answersUnavailableAfterEveryAttemptMetAServerError() {
        trustedForm.stubFor(post(urlPathMatching(CERTIFICATE)).willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));

        CheckResponse.Failed failed = failed(verify());

        assertThat(failed.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(failed.message()).isEqualTo("TrustedForm is unavailable: it answered HTTP 503 (3 attempts)");
        assertThat(failed.rawResponse()).isEqualTo("Service Unavailable");
        assertThat(requestsReceived()).isEqualTo(3);
        assertThat(access.failures).extracting(FakeProviderAccess.Failure::kind).containsExactly(ErrorKind.UNAVAILABLE);
    }

    @Test
    void answersTimeoutWhenTrustedFormAnswersAfterTheReadTimeout() {
        trustedForm.stubFor(post(urlPathMatching(CERTIFICATE)).willReturn(okJson(fixture("verify-success.json")).withFixedDelay(1500)));
        TrustedFormProperties impatient = TrustedFormFixtures.properties(Duration.ofMillis(300), 2,
                TrustedFormFixtures.testProperties().circuitBreaker());

        CheckResponse.Failed failed = failed(verify(impatient));

        assertThat(failed.kind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(failed.message()).isEqualTo("TrustedForm did not answer within 300ms (2 attempts)");
        assertThat(requestsReceived()).isEqualTo(2);
    }

    @Test
    void answersUnavailableWhenTheConnectionIsRefused() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        access = FakeProviderAccess.connectedTo("http://localhost:" + closedPort);

        CheckResponse.Failed failed = failed(verify());

        assertThat(failed.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(failed.message()).isEqualTo("TrustedForm could not be reached: connection refused (3 attempts)");
    }

    @Test
    void answersUnavailableWhenTrustedFormDropsTheConnection() {
        trustedForm.stubFor(post(urlPathMatching(CERTIFICATE)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(failed(verify()).kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(requestsReceived()).isEqualTo(3);
    }

    @Test
    void answersBadResponseForABodyThatIsNotJson() {
        answer(200, "{\"outcome\": succ");

        CheckResponse.Failed failed = failed(verify());

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(failed.rawResponse()).isEqualTo("{\"outcome\": succ");
        assertThat(requestsReceived()).isEqualTo(1);
    }

    @Test
    void answersBadResponseForJsonWithoutAnOutcome() {
        answer(200, "{\"match_lead\": {}}");

        assertThat(failed(verify()).kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
    }

    @Test
    void answersBadResponseForAnHtmlPage() {
        trustedForm.stubFor(post(urlPathMatching(CERTIFICATE)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=UTF-8").withBody("<html><body>Maintenance</body></html>")));

        CheckResponse.Failed failed = failed(verify());

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(failed.message()).isEqualTo("TrustedForm answered something that is not its JSON (HTTP 200, "
                + "text/html;charset=UTF-8)");
    }

    @Test
    void stopsCallingWhileTheCircuitIsOpenAfterRepeatedServerErrors() {
        trustedForm.stubFor(post(urlPathMatching(CERTIFICATE)).willReturn(serverError()));
        TrustedFormProperties properties = TrustedFormFixtures.properties(Duration.ofSeconds(10), 1,
                new HttpSettings.Breaker(2, 2, 50f, Duration.ofMinutes(1)));
        TrustedFormVerifyCheck check = TrustedFormFixtures.check(properties, access);

        for (int i = 0; i < 2; i++) {
            assertThat(failed(check.check(Lead.matching().request())).kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        }
        CheckResponse.Failed paused = failed(check.check(Lead.matching().request()));

        assertThat(paused.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(paused.message()).contains("paused");
        assertThat(requestsReceived()).isEqualTo(2);
    }

    @Test
    void doesNotCountCertificateAnswersAgainstTheCircuit() {
        answer(404, fixture("error-404.json"));
        TrustedFormProperties properties = TrustedFormFixtures.properties(Duration.ofSeconds(10), 1,
                new HttpSettings.Breaker(2, 2, 50f, Duration.ofMinutes(1)));
        TrustedFormVerifyCheck check = TrustedFormFixtures.check(properties, access);

        for (int i = 0; i < 4; i++) {
            check.check(Lead.matching().request());
        }

        assertThat(requestsReceived()).isEqualTo(4);
    }

    @Test
    void masksTheKeyAndItsTokenIfTrustedFormEverEchoesThem() {
        answer(401, "{\"outcome\":\"error\",\"reason\":\"Unauthorized: API:" + KEY + " (" + TOKEN + ")\"}");

        CheckResponse.Failed failed = failed(verify());

        assertThat(failed.message()).isEqualTo("TrustedForm refused the API key: Unauthorized: API:**** (****) (HTTP 401)");
        assertThat(access.failures.getFirst().message()).doesNotContain(KEY);
    }

    @Test
    void usesTheConfiguredBaseUrlWhenTheConnectionNamesNone() {
        trustedForm.stubFor(post(urlPathMatching(CERTIFICATE)).willReturn(okJson(fixture("verify-success.json"))));
        access = FakeProviderAccess.connectedTo(null);
        TrustedFormProperties properties = new TrustedFormProperties(trustedForm.baseUrl(), Duration.ofSeconds(2),
                Duration.ofSeconds(10), 1, null, null, null, null);

        assertThat(texts(verify(properties))).containsEntry("outcome", "success");
    }

    @Test
    void keepsAPathPrefixOfTheBaseUrlBeforeTheCertificateId() {
        trustedForm.stubFor(post(urlPathMatching("/proxy/trustedform" + CERTIFICATE)).willReturn(okJson(fixture("verify-success.json"))));
        access = FakeProviderAccess.connectedTo(trustedForm.baseUrl() + "/proxy/trustedform/");

        assertThat(texts(verify())).containsEntry("outcome", "success");
    }

    @Test
    void answersUnavailableForABaseUrlThatIsNotHttp() {
        access = FakeProviderAccess.connectedTo("ftp://trustedform.example");

        CheckResponse.Failed failed = failed(verify());

        assertThat(failed.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(failed.message()).contains("is not an http or https URL");
    }
}

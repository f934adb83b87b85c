package io.leadgate.integration.ipqs;

import io.leadgate.integration.http.HttpSettings;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.integration.ipqs.IpqsFixtures.API;
import static io.leadgate.integration.ipqs.IpqsFixtures.KEY;
import static io.leadgate.testing.CheckAnswers.answered;
import static io.leadgate.integration.ipqs.IpqsFixtures.assertKeyNotIn;
import static io.leadgate.testing.CheckAnswers.failed;
import static io.leadgate.integration.ipqs.IpqsFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.ipqs.IpqsFixtures.FakeProviderAccess;
import io.leadgate.lead.field.FieldType;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the client meets every way an IPQS call can go wrong, seen through the phone check. */
class IpqsClientTest {

    @RegisterExtension
    static WireMockExtension ipqs = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String LOOKUP = API + "/json/phone/.*";

    private FakeProviderAccess access;

    @BeforeEach
    void connect() {
        access = FakeProviderAccess.connectedTo(ipqs.baseUrl() + API);
    }

    private CheckResponse lookUp(IpqsProperties properties) {
        IpqsPhoneCheck check = new IpqsPhoneCheck(IpqsFixtures.client(properties, access));
        CheckResponse response = check.check(IpqsFixtures.request("phone", FieldType.PHONE, "+18007132618"));
        assertKeyNotIn(response);
        return response;
    }

    private CheckResponse lookUp() {
        return lookUp(IpqsFixtures.testProperties());
    }

    private static int requestsReceived() {
        return ipqs.findAll(getRequestedFor(urlPathMatching(".*"))).size();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "error-invalid-key.json, AUTH, IPQualityScore refused the API key: Invalid or unauthorized key.",
        "error-insufficient-credits.json, QUOTA, The IPQualityScore account is out of credits: You have insufficient credits",
        "error-quota-exceeded.json, QUOTA, The IPQualityScore request quota is used up: You have exceeded your request quota",
        "error-invalid-phone.json, BAD_REQUEST, IPQualityScore refused the phone lookup: Invalid phone number."
    })
    void namesEachRefusalIpqsSignalsWithSuccessFalseAndNeverRetriesIt(String body, ErrorKind kind, String message) {
        ipqs.stubFor(get(urlPathMatching(LOOKUP)).willReturn(okJson(fixture(body))));

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(kind);
        assertThat(failed.message()).startsWith(message);
        assertThat(failed.rawResponse()).isEqualTo(fixture(body));
        assertThat(failed.requestAsSent()).endsWith("\nIPQS-KEY: ****");
        assertThat(requestsReceived()).isEqualTo(1);
        assertThat(access.failures).containsExactly(new FakeProviderAccess.Failure(IpqsProvider.ID, kind, failed.message()));
        assertThat(access.successes).isEmpty();
    }

    @Test
    void readsIpqsMessagesWhateverTheirCase() {
        ipqs.stubFor(get(urlPathMatching(LOOKUP)).willReturn(okJson(
                "{\"success\":false,\"message\":\"INVALID OR UNAUTHORIZED KEY\",\"request_id\":\"x\"}")));

        assertThat(failed(lookUp()).kind()).isEqualTo(ErrorKind.AUTH);
    }

    @Test
    void refusesASuccessFalseWithoutMessageAsABadRequest() {
        ipqs.stubFor(get(urlPathMatching(LOOKUP)).willReturn(okJson("{\"success\":false}")));

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(failed.message()).isEqualTo("IPQualityScore refused the phone lookup: no reason given");
    }

    @Test
    void retriesAServerErrorAndAnswersWhenIpqsRecovers() {
        ipqs.stubFor(get(urlPathMatching(LOOKUP)).inScenario("recovery").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serverError().withBody("<html>502 Bad Gateway</html>")).willSetStateTo("up"));
        ipqs.stubFor(get(urlPathMatching(LOOKUP)).inScenario("recovery").whenScenarioStateIs("up")
                .willReturn(okJson(fixture("phone.json"))));

        CheckResponse response = lookUp();

        assertThat(answered(response).values()).containsKey("fraud_score");
        assertThat(requestsReceived()).isEqualTo(2);
        assertThat(access.successes).containsExactly(IpqsProvider.ID);
        assertThat(access.failures).isEmpty();
    }

    @Test
    void answersUnavailableAfterEveryAttemptMetAServerError() {
        ipqs.stubFor(get(urlPathMatching(LOOKUP)).willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(failed.message()).isEqualTo("IPQualityScore is unavailable: it answered HTTP 503 (3 attempts)");
        assertThat(failed.rawResponse()).isEqualTo("Service Unavailable");
        assertThat(requestsReceived()).isEqualTo(3);
        assertThat(access.failures).extracting(FakeProviderAccess.Failure::kind).containsExactly(ErrorKind.UNAVAILABLE);
    }

    @Test
    void answersTimeoutWhenIpqsAnswersAfterTheReadTimeout() {
        ipqs.stubFor(get(urlPathMatching(LOOKUP)).willReturn(okJson(fixture("phone.json")).withFixedDelay(1500)));

        IpqsProperties impatient = IpqsFixtures.properties(Duration.ofMillis(300), 2, IpqsFixtures.testProperties().circuitBreaker());

        CheckResponse.Failed failed = failed(lookUp(impatient));

        assertThat(failed.kind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(failed.message()).isEqualTo("IPQualityScore did not answer within 300ms (2 attempts)");
        assertThat(failed.rawResponse()).isNull();
        assertThat(requestsReceived()).isEqualTo(2);
        assertThat(access.failures).extracting(FakeProviderAccess.Failure::kind).containsExactly(ErrorKind.TIMEOUT);
    }

    @Test
    void answersUnavailableWhenTheConnectionIsRefused() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        access = FakeProviderAccess.connectedTo("http://localhost:" + closedPort + API);

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(failed.message()).isEqualTo("IPQualityScore could not be reached: connection refused (3 attempts)");
    }

    @Test
    void answersUnavailableWhenIpqsDropsTheConnection() {
        ipqs.stubFor(get(urlPathMatching(LOOKUP)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(requestsReceived()).isEqualTo(3);
    }

    @Test
    void answersBadResponseForABodyThatIsNotJson() {
        ipqs.stubFor(get(urlPathMatching(LOOKUP)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"success\": tru")));

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(failed.rawResponse()).isEqualTo("{\"success\": tru");
        assertThat(requestsReceived()).isEqualTo(1);
        assertThat(access.failures).extracting(FakeProviderAccess.Failure::kind).containsExactly(ErrorKind.BAD_RESPONSE);
    }

    @Test
    void answersBadResponseForAnHtmlPage() {
        ipqs.stubFor(get(urlPathMatching(LOOKUP)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=UTF-8").withBody("<html><body>Maintenance</body></html>")));

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(failed.message()).isEqualTo("IPQualityScore answered something that is not its JSON (HTTP 200, "
                + "text/html;charset=UTF-8)");
    }

    @Test
    void answersBadResponseForJsonWithoutTheSuccessFlag() {
        ipqs.stubFor(get(urlPathMatching(LOOKUP)).willReturn(okJson("{\"fraud_score\": 0}")));

        assertThat(failed(lookUp()).kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
    }

    @Test
    void answersBadResponseForAnEmptyBody() {
        ipqs.stubFor(get(urlPathMatching(LOOKUP)).willReturn(aResponse().withStatus(200)));

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(failed.message()).contains("empty body");
    }

    @Test
    void answersRateLimitedForHttp429WithoutRetrying() {
        ipqs.stubFor(get(urlPathMatching(LOOKUP)).willReturn(aResponse().withStatus(429)));

        assertThat(failed(lookUp()).kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(requestsReceived()).isEqualTo(1);
    }

    @Test
    void answersAuthForHttp403() {
        ipqs.stubFor(get(urlPathMatching(LOOKUP)).willReturn(aResponse().withStatus(403)));

        assertThat(failed(lookUp()).kind()).isEqualTo(ErrorKind.AUTH);
    }

    @Test
    void readsTheMessageOfASuccessFalseWhateverTheStatus() {
        ipqs.stubFor(get(urlPathMatching(LOOKUP)).willReturn(aResponse().withStatus(402)
                .withHeader("Content-Type", "application/json").withBody(fixture("error-insufficient-credits.json"))));

        assertThat(failed(lookUp()).kind()).isEqualTo(ErrorKind.QUOTA);
    }

    @Test
    void stopsCallingWhileTheCircuitIsOpenAfterRepeatedServerErrors() {
        ipqs.stubFor(get(urlPathMatching(LOOKUP)).willReturn(serverError()));
        IpqsProperties properties = IpqsFixtures.properties(1, new HttpSettings.Breaker(2, 2, 50f, Duration.ofMinutes(1)));
        IpqsPhoneCheck check = new IpqsPhoneCheck(IpqsFixtures.client(properties, access));

        for (int i = 0; i < 2; i++) {
            assertThat(failed(check.check(IpqsFixtures.request("phone", FieldType.PHONE, "+18007132618"))).kind())
                    .isEqualTo(ErrorKind.UNAVAILABLE);
        }
        CheckResponse.Failed paused = failed(check.check(IpqsFixtures.request("phone", FieldType.PHONE, "+18007132618")));

        assertThat(paused.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(paused.message()).contains("paused");
        assertThat(requestsReceived()).isEqualTo(2);
        assertThat(access.failures).hasSize(3);
    }

    @Test
    void doesNotCountRefusalsAgainstTheCircuit() {
        ipqs.stubFor(get(urlPathMatching(LOOKUP)).willReturn(okJson(fixture("error-invalid-key.json"))));
        IpqsProperties properties = IpqsFixtures.properties(1, new HttpSettings.Breaker(2, 2, 50f, Duration.ofMinutes(1)));
        IpqsPhoneCheck check = new IpqsPhoneCheck(IpqsFixtures.client(properties, access));

        for (int i = 0; i < 4; i++) {
            check.check(IpqsFixtures.request("phone", FieldType.PHONE, "+18007132618"));
        }

        assertThat(requestsReceived()).isEqualTo(4);
    }

    @Test
    void masksTheKeyIfIpqsEverEchoesIt() {
        ipqs.stubFor(get(urlPathMatching(LOOKUP)).willReturn(okJson(
                "{\"success\":false,\"message\":\"Key " + KEY + " is not allowed from this IP.\"}")));

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.message()).isEqualTo("IPQualityScore refused the phone lookup: Key **** is not allowed from this IP.");
        assertThat(failed.rawResponse()).contains("Key ****").doesNotContain(KEY);
        assertThat(access.failures.getFirst().message()).doesNotContain(KEY);
    }

    @Test
    void usesTheConfiguredBaseUrlWhenTheConnectionNamesNone() {
        ipqs.stubFor(get(urlPathMatching(LOOKUP)).willReturn(okJson(fixture("phone.json"))));
        access = FakeProviderAccess.connectedTo(null);
        IpqsProperties properties = new IpqsProperties(ipqs.baseUrl() + API, Duration.ofSeconds(2), Duration.ofSeconds(10),
                1, null, null, null, null, null, null);

        assertThat(answered(lookUp(properties)).values()).containsKey("fraud_score");
    }

    @Test
    void answersUnavailableForABaseUrlThatIsNotHttp() {
        access = FakeProviderAccess.connectedTo("ftp://ipqs.example");

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(failed.message()).contains("is not an http or https URL");
    }
}

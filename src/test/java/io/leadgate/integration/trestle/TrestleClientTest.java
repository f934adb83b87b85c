package io.leadgate.integration.trestle;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.integration.trestle.TrestleFixtures.KEY;
import static io.leadgate.integration.trestle.TrestleFixtures.REAL_CONTACT_2_0;
import static io.leadgate.testing.CheckAnswers.answered;
import static io.leadgate.integration.trestle.TrestleFixtures.assertKeyNotIn;
import static io.leadgate.testing.CheckAnswers.failed;
import static io.leadgate.integration.trestle.TrestleFixtures.fixture;
import static io.leadgate.integration.trestle.TrestleFixtures.johnDoe;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.http.HttpSettings;
import io.leadgate.integration.trestle.TrestleFixtures.FakeProviderAccess;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the client meets every way a Trestle call can go wrong, seen through the Real Contact check. */
class TrestleClientTest {

    @RegisterExtension
    static WireMockExtension trestle = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** A 500 body in the shape of Trestle's OpenAPI {@code ErrorResponse}; Trestle's fixtures have no 500 example. */
    private static final String SERVER_ERROR = "{\"error\":\"internal_server_error\",\"message\":\"An unexpected "
            + "server-side error occurred.\"}";

    private FakeProviderAccess access;

    @BeforeEach
    void connect() {
        access = FakeProviderAccess.connectedTo(trestle.baseUrl());
    }

    private CheckResponse lookUp(TrestleProperties properties) {
        TrestleRealContactCheck check = new TrestleRealContactCheck(TrestleFixtures.client(properties, access));
        CheckResponse response = check.check(TrestleFixtures.request(johnDoe(), Map.of()));
        assertKeyNotIn(response);
        return response;
    }

    private CheckResponse lookUp() {
        return lookUp(TrestleFixtures.testProperties());
    }

    private static void answer(int status, String body) {
        trestle.stubFor(get(urlPathEqualTo(REAL_CONTACT_2_0)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static int requestsReceived() {
        return trestle.findAll(getRequestedFor(urlPathMatching(".*"))).size();
    }

    @ParameterizedTest(name = "{1} {0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "response.error.403.json                 | 403 | AUTH         | Trestle refused the API key (INVALID_API_KEY): The API key provided is invalid or has been revoked.",
        "response.error.403.forbidden.json       | 403 | AUTH         | Trestle denied access to the Real Contact API with this key (FORBIDDEN): Access denied. Your API key may be disabled, expired, or not authorized for this product.",
        "response.error.403.missing_api_key.json | 403 | AUTH         | Trestle received no API key (MISSING_API_KEY): No API key was provided in the request.",
        "response.error.429.json                 | 429 | RATE_LIMITED | Trestle asks to slow down (RATE_LIMIT_EXCEEDED): You are sending requests too quickly.",
        "response.error.429.quota.json           | 429 | QUOTA        | The Trestle quota is used up (QUOTA_EXCEEDED): Your API quota for this billing period has been exhausted.",
        "response.error.400.json                 | 400 | BAD_REQUEST  | Trestle refused the Real Contact lookup (bad_request): Missing required parameter: phone"
    })
    void namesEachRefusalOfTrestlesFixturesAndNeverRetriesIt(String fixture, int status, ErrorKind kind, String message) {
        String body = fixture("real-contact/" + fixture);
        answer(status, body);

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(kind);
        assertThat(failed.message()).isEqualTo(message);
        assertThat(failed.rawResponse()).isEqualTo(body);
        assertThat(failed.requestAsSent()).startsWith("GET " + REAL_CONTACT_2_0 + "?name=John%20Doe").endsWith("\nx-api-key: ****");
        assertThat(requestsReceived()).isEqualTo(1);
        assertThat(access.failures).containsExactly(new FakeProviderAccess.Failure(TrestleProvider.ID, kind, message));
        assertThat(access.successes).isEmpty();
    }

    @Test
    void readsTrestlesErrorCodesWhateverTheirCase() {
        answer(429, "{\"errorCode\":\"quota_exceeded\",\"message\":\"Monthly limit reached.\"}");

        assertThat(failed(lookUp()).kind()).isEqualTo(ErrorKind.QUOTA);
    }

    @Test
    void takesA429WithoutBodyForTheRateLimit() {
        trestle.stubFor(get(urlPathEqualTo(REAL_CONTACT_2_0)).willReturn(aResponse().withStatus(429)));

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(failed.message()).isEqualTo("Trestle asks to slow down: it answered HTTP 429");
        assertThat(requestsReceived()).isEqualTo(1);
    }

    @Test
    void answersAuthForA401WithoutBody() {
        trestle.stubFor(get(urlPathEqualTo(REAL_CONTACT_2_0)).willReturn(aResponse().withStatus(401)));

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(ErrorKind.AUTH);
        assertThat(failed.message()).isEqualTo("Trestle refused the API key: it answered HTTP 401");
    }

    @Test
    void saysWhichPathTrestleDoesNotKnowOnA404() {
        trestle.stubFor(get(urlPathEqualTo(REAL_CONTACT_2_0)).willReturn(aResponse().withStatus(404)));

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(failed.message()).isEqualTo("Trestle has no Real Contact endpoint at /2.0/real_contact (HTTP 404): "
                + "check the connection's base URL and the configured path");
    }

    @Test
    void retriesAServerErrorAndAnswersWhenTrestleRecovers() {
        trestle.stubFor(get(urlPathEqualTo(REAL_CONTACT_2_0)).inScenario("recovery").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json").withBody(SERVER_ERROR))
                .willSetStateTo("up"));
        trestle.stubFor(get(urlPathEqualTo(REAL_CONTACT_2_0)).inScenario("recovery").whenScenarioStateIs("up")
                .willReturn(okJson(fixture("real-contact/response.success.json"))));

        CheckResponse response = lookUp();

        assertThat(answered(response).values()).containsKey("phone_activity_score");
        assertThat(requestsReceived()).isEqualTo(2);
        assertThat(access.successes).containsExactly(TrestleProvider.ID);
        assertThat(access.failures).isEmpty();
    }

    @Test
    void answersUnavailableAfterEveryAttemptMetAServerError() {
        answer(500, SERVER_ERROR);

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(failed.message()).isEqualTo("Trestle is unavailable: it answered HTTP 500 (3 attempts)");
        assertThat(failed.rawResponse()).isEqualTo(SERVER_ERROR);
        assertThat(requestsReceived()).isEqualTo(3);
        assertThat(access.failures).extracting(FakeProviderAccess.Failure::kind).containsExactly(ErrorKind.UNAVAILABLE);
    }

    @Test
    void answersTimeoutWhenTrestleAnswersAfterTheReadTimeout() {
        trestle.stubFor(get(urlPathEqualTo(REAL_CONTACT_2_0)).willReturn(okJson(fixture("real-contact/response.success.json"))
                .withFixedDelay(1500)));
        TrestleProperties impatient = TrestleFixtures.properties(Duration.ofMillis(300), 2,
                TrestleFixtures.testProperties().circuitBreaker());

        CheckResponse.Failed failed = failed(lookUp(impatient));

        assertThat(failed.kind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(failed.message()).isEqualTo("Trestle did not answer within 300ms (2 attempts)");
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
        access = FakeProviderAccess.connectedTo("http://localhost:" + closedPort);

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(failed.message()).isEqualTo("Trestle could not be reached: connection refused (3 attempts)");
    }

    @Test
    void answersUnavailableWhenTrestleDropsTheConnection() {
        trestle.stubFor(get(urlPathEqualTo(REAL_CONTACT_2_0)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(failed(lookUp()).kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(requestsReceived()).isEqualTo(3);
    }

    @Test
    void answersBadResponseForABodyThatIsNotJson() {
        answer(200, "{\"phone\": {\"is_valid\": tru");

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(failed.message()).isEqualTo("Trestle answered something that is not its JSON (HTTP 200, application/json)");
        assertThat(failed.rawResponse()).isEqualTo("{\"phone\": {\"is_valid\": tru");
        assertThat(requestsReceived()).isEqualTo(1);
        assertThat(access.failures).extracting(FakeProviderAccess.Failure::kind).containsExactly(ErrorKind.BAD_RESPONSE);
    }

    @Test
    void answersBadResponseForAnHtmlPage() {
        trestle.stubFor(get(urlPathEqualTo(REAL_CONTACT_2_0)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=UTF-8").withBody("<html><body>Maintenance</body></html>")));

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(failed.message()).isEqualTo("Trestle answered something that is not its JSON (HTTP 200, text/html;charset=UTF-8)");
    }

    @Test
    void answersBadResponseForJsonWithoutAnyRealContactField() {
        // the 200 "example" of Trestle's OpenAPI files is a placeholder, not an answer
        answer(200, "{\"status\": \"success\"}");

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(failed.message()).isEqualTo("Trestle answered JSON without any of the Real Contact fields (HTTP 200)");
    }

    @Test
    void answersBadResponseForAJsonArray() {
        answer(200, "[]");

        assertThat(failed(lookUp()).kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
    }

    @Test
    void answersBadResponseForAnEmptyBody() {
        trestle.stubFor(get(urlPathEqualTo(REAL_CONTACT_2_0)).willReturn(aResponse().withStatus(200)));

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(failed.message()).contains("empty body");
    }

    @Test
    void stopsCallingWhileTheCircuitIsOpenAfterRepeatedServerErrors() {
        answer(503, SERVER_ERROR);
        TrestleProperties properties = TrestleFixtures.properties(1, new HttpSettings.Breaker(2, 2, 50f, Duration.ofMinutes(1)));
        TrestleRealContactCheck check = new TrestleRealContactCheck(TrestleFixtures.client(properties, access));

        for (int i = 0; i < 2; i++) {
            assertThat(failed(check.check(TrestleFixtures.request(johnDoe()))).kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        }
        CheckResponse.Failed paused = failed(check.check(TrestleFixtures.request(johnDoe())));

        assertThat(paused.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(paused.message()).startsWith("Trestle calls are paused after repeated failures");
        assertThat(requestsReceived()).isEqualTo(2);
        assertThat(access.failures).hasSize(3);
    }

    @Test
    void doesNotCountRefusalsAgainstTheCircuit() {
        answer(403, fixture("real-contact/response.error.403.json"));
        TrestleProperties properties = TrestleFixtures.properties(1, new HttpSettings.Breaker(2, 2, 50f, Duration.ofMinutes(1)));
        TrestleRealContactCheck check = new TrestleRealContactCheck(TrestleFixtures.client(properties, access));

        for (int i = 0; i < 4; i++) {
            check.check(TrestleFixtures.request(johnDoe()));
        }

        assertThat(requestsReceived()).isEqualTo(4);
    }

    @Test
    void masksTheKeyIfTrestleEverEchoesIt() {
        answer(403, "{\"errorCode\":\"INVALID_API_KEY\",\"message\":\"Key " + KEY + " was revoked.\"}");

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.message()).isEqualTo("Trestle refused the API key (INVALID_API_KEY): Key **** was revoked.");
        assertThat(failed.rawResponse()).contains("Key ****").doesNotContain(KEY);
        assertThat(access.failures.getFirst().message()).doesNotContain(KEY);
    }

    @Test
    void usesTheConfiguredBaseUrlWhenTheConnectionNamesNone() {
        trestle.stubFor(get(urlPathEqualTo(REAL_CONTACT_2_0)).willReturn(okJson(fixture("real-contact/response.success.json"))));
        access = FakeProviderAccess.connectedTo(null);
        TrestleProperties properties = new TrestleProperties(trestle.baseUrl(), Duration.ofSeconds(2), Duration.ofSeconds(10),
                1, null, null, null, null, null);

        assertThat(answered(lookUp(properties)).values()).containsKey("phone_activity_score");
    }

    @Test
    void answersUnavailableForABaseUrlThatIsNotHttp() {
        access = FakeProviderAccess.connectedTo("ftp://api.trestleiq.example");

        CheckResponse.Failed failed = failed(lookUp());

        assertThat(failed.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(failed.message()).isEqualTo("the Trestle base URL 'ftp://api.trestleiq.example' is not an http or https URL");
        assertThat(requestsReceived()).isZero();
    }
}

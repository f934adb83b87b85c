package io.leadgate.integration.dncscrub;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.integration.dncscrub.DncScrubFixtures.KEY;
import static io.leadgate.integration.dncscrub.DncScrubFixtures.LITIGATOR_PATH;
import static io.leadgate.integration.dncscrub.DncScrubFixtures.SCRUB_PATH;
import static io.leadgate.testing.CheckAnswers.answered;
import static io.leadgate.integration.dncscrub.DncScrubFixtures.assertKeyNotIn;
import static io.leadgate.testing.CheckAnswers.failed;
import static io.leadgate.integration.dncscrub.DncScrubFixtures.fixture;
import static io.leadgate.integration.dncscrub.DncScrubFixtures.phoneRequest;
import static io.leadgate.testing.CheckAnswers.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.dncscrub.DncScrubFixtures.FakeProviderAccess;
import io.leadgate.integration.http.HttpSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the client meets every way a DNC.com call can go, seen mostly through the litigator check. */
class DncScrubClientTest {

    @RegisterExtension
    static WireMockExtension dnc = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** A second fake, standing for the full scrub's own host. */
    @RegisterExtension
    static WireMockExtension www = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private FakeProviderAccess access;

    @BeforeEach
    void connect() {
        access = FakeProviderAccess.connectedTo(dnc.baseUrl());
    }

    private CheckResponse scrubLitigator(DncScrubProperties properties) {
        CheckResponse response = new DncScrubLitigatorCheck(DncScrubFixtures.client(properties, access))
                .check(phoneRequest("+12675466417"));
        assertKeyNotIn(response);
        return response;
    }

    private CheckResponse scrubLitigator() {
        return scrubLitigator(DncScrubFixtures.testProperties(dnc.baseUrl()));
    }

    private static int requestsReceived() {
        return dnc.findAll(anyRequestedFor(anyUrl())).size();
    }

    private static List<String> numbers(int count) {
        return IntStream.range(0, count).mapToObj(i -> String.valueOf(2125550000L + i)).toList();
    }

    private static String cleanAnswer(List<String> numbers) {
        return numbers.stream().map(n -> "{\"Phone\": " + n + ", \"IsLitigator\": false}")
                .reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]").orElse("[]");
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({
        "400, BAD_REQUEST, 'DNC.com refused the litigator scrub (HTTP 400): a number is not in 10-digit form or a parameter is missing'",
        "401, AUTH, 'DNC.com refused the API key (loginId): it answered HTTP 401'",
        "403, AUTH, 'DNC.com refused the API key (loginId): it answered HTTP 403'",
        "402, QUOTA, 'DNC.com refused the litigator scrub for the account''s plan or credits: it answered HTTP 402'",
        "429, RATE_LIMITED, 'DNC.com asks to slow down: it answered HTTP 429'",
        "409, BAD_REQUEST, 'DNC.com refused the litigator scrub: it answered HTTP 409'"
    })
    void namesEachRefusalByItsStatusAndNeverRetriesIt(int status, ErrorKind kind, String message) {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(aResponse().withStatus(status)));

        CheckResponse.Failed failed = failed(scrubLitigator());

        assertThat(failed.kind()).isEqualTo(kind);
        assertThat(failed.message()).isEqualTo(message);
        assertThat(failed.requestAsSent()).endsWith("\nloginId: ****");
        assertThat(requestsReceived()).isEqualTo(1);
        assertThat(access.failures).containsExactly(new FakeProviderAccess.Failure(DncScrubProvider.ID, kind, failed.message()));
        assertThat(access.successes).isEmpty();
    }

    @Test
    void readsAnEndpointDncComDoesNotHaveAsARefusedRequestNamingTheUrlToFix() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Not Found</body></html>")));

        CheckResponse.Failed failed = failed(scrubLitigator());

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(failed.message()).isEqualTo("DNC.com has no litigator scrub endpoint at " + dnc.baseUrl() + LITIGATOR_PATH
                + " (HTTP 404, endpoint not found or invalid URL): check the base URL and the path");
        assertThat(failed.rawResponse()).contains("Not Found");
        assertThat(requestsReceived()).isEqualTo(1);
    }

    @Test
    void quotesDncComsOwnWordsInARefusal() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "text/plain").withBody("Invalid loginId")));

        assertThat(failed(scrubLitigator()).message()).isEqualTo("DNC.com refused the API key (loginId): it answered HTTP 401: "
                + "Invalid loginId");
    }

    @Test
    void quotesTheMessageOfAJsonRefusal() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"Message\": \"phoneList is required\"}")));

        assertThat(failed(scrubLitigator()).message()).isEqualTo("DNC.com refused the litigator scrub (HTTP 400): "
                + "phoneList is required");
    }

    @Test
    void retriesAServerErrorAndAnswersWhenDncComRecovers() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).inScenario("recovery").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serverError().withBody("<html>502 Bad Gateway</html>")).willSetStateTo("up"));
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).inScenario("recovery").whenScenarioStateIs("up")
                .willReturn(okJson(fixture("litigator-litigator.json"))));

        CheckResponse response = scrubLitigator();

        assertThat(texts(response)).contains(entry("is_litigator", "true"));
        assertThat(requestsReceived()).isEqualTo(2);
        assertThat(access.successes).containsExactly(DncScrubProvider.ID);
        assertThat(access.failures).isEmpty();
    }

    @Test
    void answersUnavailableAfterEveryAttemptMetAServerError() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));

        CheckResponse.Failed failed = failed(scrubLitigator());

        assertThat(failed.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(failed.message()).isEqualTo("DNC.com is unavailable: it answered HTTP 503 (3 attempts)");
        assertThat(failed.rawResponse()).isEqualTo("Service Unavailable");
        assertThat(requestsReceived()).isEqualTo(3);
        assertThat(access.failures).extracting(FakeProviderAccess.Failure::kind).containsExactly(ErrorKind.UNAVAILABLE);
    }

    @Test
    void answersTimeoutWhenDncComAnswersAfterTheReadTimeout() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(okJson(fixture("litigator-litigator.json"))
                .withFixedDelay(1500)));
        DncScrubProperties impatient = DncScrubFixtures.properties(dnc.baseUrl(), Duration.ofMillis(300), 2,
                new HttpSettings.Breaker(100, 100, 50f, Duration.ofMinutes(1)));

        CheckResponse.Failed failed = failed(scrubLitigator(impatient));

        assertThat(failed.kind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(failed.message()).isEqualTo("DNC.com did not answer within 300ms (2 attempts)");
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

        CheckResponse.Failed failed = failed(scrubLitigator());

        assertThat(failed.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(failed.message()).isEqualTo("DNC.com could not be reached: connection refused (3 attempts)");
    }

    @Test
    void answersUnavailableWhenDncComDropsTheConnection() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(failed(scrubLitigator()).kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(requestsReceived()).isEqualTo(3);
    }

    @Test
    void answersBadResponseForABodyThatIsNotJson() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[{\"Phone\": 2675466417, \"IsLitig")));

        CheckResponse.Failed failed = failed(scrubLitigator());

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(failed.message()).isEqualTo("DNC.com answered something that is not its JSON list of results (HTTP 200, "
                + "application/json)");
        assertThat(failed.rawResponse()).isEqualTo("[{\"Phone\": 2675466417, \"IsLitig");
        assertThat(requestsReceived()).isEqualTo(1);
        assertThat(access.failures).extracting(FakeProviderAccess.Failure::kind).containsExactly(ErrorKind.BAD_RESPONSE);
    }

    @Test
    void answersBadResponseForAnHtmlPage() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=UTF-8").withBody("<html><body>Maintenance</body></html>")));

        assertThat(failed(scrubLitigator()).kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
    }

    @Test
    void answersBadResponseForAJsonObjectWhereDncComSendsAList() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(okJson("{\"Phone\": 2675466417, \"IsLitigator\": true}")));

        assertThat(failed(scrubLitigator()).kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
    }

    @Test
    void answersBadResponseForAnEmptyBody() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(aResponse().withStatus(200)));

        assertThat(failed(scrubLitigator()).message()).contains("empty body");
    }

    @Test
    void masksTheKeyIfDncComEverEchoesIt() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(aResponse().withStatus(401)
                .withBody("loginId " + KEY + " is not valid")));

        CheckResponse.Failed failed = failed(scrubLitigator());

        assertThat(failed.message()).endsWith(": loginId **** is not valid");
        assertThat(failed.rawResponse()).doesNotContain(KEY);
        assertThat(access.failures.getFirst().message()).doesNotContain(KEY);
    }

    @Test
    void sendsUpToAHundredNumbersInOneGet() {
        List<String> hundred = numbers(100);
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(okJson(cleanAnswer(hundred))));
        DncScrubClient client = DncScrubFixtures.client(DncScrubFixtures.testProperties(dnc.baseUrl()), access);

        DncScrubReply<Map<String, Boolean>> reply = client.litigators(hundred);

        assertThat(reply).isInstanceOf(DncScrubReply.Answer.class);
        assertThat(((DncScrubReply.Answer<Map<String, Boolean>>) reply).results()).hasSize(100).containsValue(false)
                .doesNotContainValue(true);
        dnc.verify(1, getRequestedFor(urlPathEqualTo(LITIGATOR_PATH))
                .withQueryParam("phoneList", equalTo(String.join(",", hundred))).withHeader("loginId", equalTo(KEY)));
        dnc.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void postsMoreThanAHundredNumbersAsJson() {
        List<String> many = numbers(101);
        dnc.stubFor(post(urlPathEqualTo(LITIGATOR_PATH)).willReturn(okJson(cleanAnswer(many)
                .replace("{\"Phone\": 2125550100, \"IsLitigator\": false}", "{\"Phone\": 2125550100, \"IsLitigator\": true}"))));
        DncScrubClient client = DncScrubFixtures.client(DncScrubFixtures.testProperties(dnc.baseUrl()), access);

        DncScrubReply<Map<String, Boolean>> reply = client.litigators(many);

        Map<String, Boolean> results = ((DncScrubReply.Answer<Map<String, Boolean>>) reply).results();
        assertThat(results).hasSize(101).containsEntry("2125550100", true).containsEntry("2125550099", false);
        assertThat(results.keySet()).containsExactlyElementsOf(many);
        dnc.verify(1, postRequestedFor(urlPathEqualTo(LITIGATOR_PATH))
                .withHeader("loginId", equalTo(KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"PhoneList\": \"" + String.join(",", many) + "\"}")));
        dnc.verify(0, getRequestedFor(anyUrl()));
        assertThat(reply.requestAsSent()).startsWith("POST " + LITIGATOR_PATH + "\nloginId: ****\nContent-Type: application/json\n\n"
                + "{\"PhoneList\":\"2125550000,");
        assertThat(dnc.getAllServeEvents()).allSatisfy(e -> assertThat(e.getRequest().getUrl()).isEqualTo(LITIGATOR_PATH));
    }

    @Test
    void refusesAListLongerThanDncComTakesBeforeCalling() {
        DncScrubClient client = DncScrubFixtures.client(DncScrubFixtures.testProperties(dnc.baseUrl()), access);

        assertThatThrownBy(() -> client.litigators(numbers(10_001))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 10000 numbers");
        assertThatThrownBy(() -> client.litigators(List.of("267546641"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(requestsReceived()).isZero();
    }

    @Test
    void neverPassesANumberOfABatchTheAnswerLeavesOut() {
        List<String> three = numbers(3);
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(okJson(cleanAnswer(three.subList(0, 2)))));
        DncScrubClient client = DncScrubFixtures.client(DncScrubFixtures.testProperties(dnc.baseUrl()), access);

        DncScrubReply<Map<String, Boolean>> reply = client.litigators(three);

        assertThat(reply).isInstanceOf(DncScrubReply.Failure.class);
        assertThat(((DncScrubReply.Failure<Map<String, Boolean>>) reply).failed().kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
    }

    @Test
    void callsTheLitigatorApiAtTheConnectionsBaseUrlAndTheFullScrubAtItsOwnHost() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(okJson(fixture("litigator-litigator.json"))));
        www.stubFor(get(urlPathEqualTo(SCRUB_PATH)).willReturn(okJson(fixture("scrub-dnc.json"))));
        DncScrubProperties properties = new DncScrubProperties("http://127.0.0.1:9/not-used", www.baseUrl(),
                Duration.ofSeconds(2), Duration.ofSeconds(5), 1, null, null, null, null, null);
        DncScrubClient client = DncScrubFixtures.client(properties, access);

        assertThat(texts(new DncScrubLitigatorCheck(client).check(phoneRequest("+12675466417"))))
                .contains(entry("is_litigator", "true"));
        assertThat(texts(new DncScrubFullScrubCheck(client).check(phoneRequest("+17075276405"))))
                .contains(entry("result_code", "D"));

        dnc.verify(1, getRequestedFor(urlPathEqualTo(LITIGATOR_PATH)));
        dnc.verify(0, getRequestedFor(urlPathEqualTo(SCRUB_PATH)));
        www.verify(1, getRequestedFor(urlPathEqualTo(SCRUB_PATH)).withHeader("loginId", equalTo(KEY)));
    }

    @Test
    void usesTheConfiguredLitigatorBaseUrlWhenTheConnectionNamesNone() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(okJson(fixture("litigator-litigator.json"))));
        access = FakeProviderAccess.connectedTo(null);

        assertThat(texts(scrubLitigator())).contains(entry("is_litigator", "true"));
    }

    @Test
    void answersUnavailableForABaseUrlThatIsNotHttp() {
        access = FakeProviderAccess.connectedTo("ftp://dataapi.dncscrub.example");

        CheckResponse.Failed failed = failed(scrubLitigator());

        assertThat(failed.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(failed.message()).contains("is not an http or https URL");
        assertThat(requestsReceived()).isZero();
    }

    @Test
    void pausesTheLitigatorApiAfterRepeatedServerErrorsWithoutPausingTheFullScrub() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(serverError()));
        dnc.stubFor(get(urlPathEqualTo(SCRUB_PATH)).willReturn(okJson(fixture("scrub-dnc.json"))));
        DncScrubProperties properties = DncScrubFixtures.properties(dnc.baseUrl(), Duration.ofSeconds(5), 1,
                new HttpSettings.Breaker(2, 2, 50f, Duration.ofMinutes(1)));
        DncScrubClient client = DncScrubFixtures.client(properties, access);
        DncScrubLitigatorCheck litigator = new DncScrubLitigatorCheck(client);

        for (int i = 0; i < 2; i++) {
            assertThat(failed(litigator.check(phoneRequest("+12675466417"))).kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        }
        CheckResponse.Failed paused = failed(litigator.check(phoneRequest("+12675466417")));
        CheckResponse scrubbed = new DncScrubFullScrubCheck(client).check(phoneRequest("+17075276405"));

        assertThat(paused.message()).contains("paused");
        assertThat(answered(scrubbed).values()).containsKey("result_code");
        dnc.verify(2, getRequestedFor(urlPathEqualTo(LITIGATOR_PATH)));
    }
}

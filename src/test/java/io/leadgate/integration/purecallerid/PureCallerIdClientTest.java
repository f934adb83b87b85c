package io.leadgate.integration.purecallerid;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.integration.purecallerid.PureCallerIdFixtures.KEY;
import static io.leadgate.integration.purecallerid.PureCallerIdFixtures.LEAD_LOAD_PATH;
import static io.leadgate.integration.purecallerid.PureCallerIdFixtures.SPAM_PATH;
import static io.leadgate.integration.purecallerid.PureCallerIdFixtures.assertKeyNotIn;
import static io.leadgate.testing.CheckAnswers.failed;
import static io.leadgate.integration.purecallerid.PureCallerIdFixtures.fixture;
import static io.leadgate.integration.purecallerid.PureCallerIdFixtures.phoneRequest;
import static io.leadgate.testing.CheckAnswers.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.http.HttpSettings;
import io.leadgate.integration.purecallerid.PureCallerIdFixtures.FakeProviderAccess;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the client meets every way a Pure CallerID call can go, through the compliance check. */
class PureCallerIdClientTest {

    @RegisterExtension
    static WireMockExtension pci = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private FakeProviderAccess access;

    @BeforeEach
    void connect() {
        access = FakeProviderAccess.connectedTo(pci.baseUrl());
    }

    private CheckResponse screen(PureCallerIdProperties properties, String... settings) {
        CheckResponse response = new PureCallerIdComplianceCheck(PureCallerIdFixtures.client(properties, access))
                .check(phoneRequest("+12125551234", settings));
        assertKeyNotIn(response);
        return response;
    }

    private CheckResponse spamCheck() {
        return screen(PureCallerIdFixtures.testProperties(), "mode", "spam_check");
    }

    private CheckResponse leadLoad() {
        return screen(PureCallerIdFixtures.testProperties(), PureCallerIdFixtures.leadLoad());
    }

    private static int requestsReceived() {
        return pci.findAll(anyRequestedFor(anyUrl())).size();
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({
        "401, AUTH, 'Pure CallerID refused the API key (X-API-KEY): it answered HTTP 401'",
        "403, AUTH, 'Pure CallerID refused the API key (X-API-KEY): it answered HTTP 403'",
        "402, QUOTA, 'Pure CallerID refused the spam check for the account''s plan or credits: it answered HTTP 402'",
        "429, RATE_LIMITED, 'Pure CallerID asks to slow down: it answered HTTP 429'",
        "400, BAD_REQUEST, 'Pure CallerID refused the spam check: it answered HTTP 400'",
        "404, BAD_REQUEST, 'Pure CallerID has no spam check endpoint at /api/public/services/spam (HTTP 404): check the spam check path setting and the base URL'"
    })
    void namesEachRefusalByItsStatusAndNeverRetriesIt(int status, ErrorKind kind, String message) {
        pci.stubFor(get(urlPathEqualTo(SPAM_PATH)).willReturn(aResponse().withStatus(status)));

        CheckResponse.Failed failed = failed(spamCheck());

        assertThat(failed.kind()).isEqualTo(kind);
        assertThat(failed.message()).isEqualTo(message);
        assertThat(failed.requestAsSent()).endsWith("\nX-API-KEY: ****");
        assertThat(requestsReceived()).isEqualTo(1);
        assertThat(access.failures).containsExactly(new FakeProviderAccess.Failure(PureCallerIdProvider.ID, kind, failed.message()));
    }

    @Test
    void quotesPureCallerIdsOwnMessage() {
        pci.stubFor(post(urlPathEqualTo(LEAD_LOAD_PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"message\": \"campaignId not found\"}")));

        CheckResponse.Failed failed = failed(leadLoad());

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(failed.message()).isEqualTo("Pure CallerID refused the lead load: it answered HTTP 400: campaignId not found");
    }

    @Test
    void retriesASpamCheckAfterAServerErrorAndAnswersWhenPureCallerIdRecovers() {
        pci.stubFor(get(urlPathEqualTo(SPAM_PATH)).inScenario("recovery").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serverError()).willSetStateTo("up"));
        pci.stubFor(get(urlPathEqualTo(SPAM_PATH)).inScenario("recovery").whenScenarioStateIs("up")
                .willReturn(okJson(fixture("spam-low.json"))));

        CheckResponse response = spamCheck();

        assertThat(texts(response)).contains(entry("risk_level", "LOW"));
        assertThat(requestsReceived()).isEqualTo(2);
        assertThat(access.successes).containsExactly(PureCallerIdProvider.ID);
        assertThat(access.failures).isEmpty();
    }

    @Test
    void neverRetriesALeadLoadByDefaultSinceItMayHaveLoadedTheLead() {
        pci.stubFor(post(urlPathEqualTo(LEAD_LOAD_PATH)).willReturn(aResponse().withStatus(502)));

        CheckResponse.Failed failed = failed(leadLoad());

        assertThat(failed.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(failed.message()).isEqualTo("Pure CallerID is unavailable: it answered HTTP 502");
        assertThat(requestsReceived()).isEqualTo(1);
    }

    @Test
    void retriesALeadLoadWhenConfiguredTo() {
        pci.stubFor(post(urlPathEqualTo(LEAD_LOAD_PATH)).inScenario("recovery").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serverError()).willSetStateTo("up"));
        pci.stubFor(post(urlPathEqualTo(LEAD_LOAD_PATH)).inScenario("recovery").whenScenarioStateIs("up")
                .willReturn(okJson(fixture("lead-load-accepted.json"))));
        PureCallerIdProperties retrying = PureCallerIdFixtures.properties(Duration.ofSeconds(5), 3, 2,
                new HttpSettings.Breaker(100, 100, 50f, Duration.ofMinutes(1)));

        assertThat(texts(screen(retrying, PureCallerIdFixtures.leadLoad()))).contains(entry("accepted", "true"));
        assertThat(requestsReceived()).isEqualTo(2);
    }

    @Test
    void answersUnavailableAfterEverySpamCheckAttemptMetAServerError() {
        pci.stubFor(get(urlPathEqualTo(SPAM_PATH)).willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));

        CheckResponse.Failed failed = failed(spamCheck());

        assertThat(failed.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(failed.message()).isEqualTo("Pure CallerID is unavailable: it answered HTTP 503 (3 attempts)");
        assertThat(failed.rawResponse()).isEqualTo("Service Unavailable");
    }

    @Test
    void answersTimeoutWhenPureCallerIdAnswersAfterTheReadTimeout() {
        pci.stubFor(get(urlPathEqualTo(SPAM_PATH)).willReturn(okJson(fixture("spam-low.json")).withFixedDelay(1500)));
        PureCallerIdProperties impatient = PureCallerIdFixtures.properties(Duration.ofMillis(300), 2, 1,
                new HttpSettings.Breaker(100, 100, 50f, Duration.ofMinutes(1)));

        CheckResponse.Failed failed = failed(screen(impatient, "mode", "spam_check"));

        assertThat(failed.kind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(failed.message()).isEqualTo("Pure CallerID did not answer within 300ms (2 attempts)");
        assertThat(requestsReceived()).isEqualTo(2);
    }

    @Test
    void answersBadResponseForABodyThatIsNotJson() {
        pci.stubFor(get(urlPathEqualTo(SPAM_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"spamScore\": 1")));

        CheckResponse.Failed failed = failed(spamCheck());

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(failed.message()).isEqualTo("Pure CallerID answered the spam check with something that is not JSON "
                + "(HTTP 200, application/json)");
        assertThat(failed.rawResponse()).isEqualTo("{\"spamScore\": 1");
        assertThat(requestsReceived()).isEqualTo(1);
    }

    @Test
    void answersBadResponseForAnHtmlPageOrAnEmptyBody() {
        pci.stubFor(post(urlPathEqualTo(LEAD_LOAD_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Sign in</body></html>")));
        assertThat(failed(leadLoad()).kind()).isEqualTo(ErrorKind.BAD_RESPONSE);

        pci.stubFor(post(urlPathEqualTo(LEAD_LOAD_PATH)).willReturn(aResponse().withStatus(200)));
        assertThat(failed(leadLoad()).message()).contains("empty body");
    }

    @Test
    void readsAClientErrorWithoutAStatusAsARefusalNotARejection() {
        pci.stubFor(post(urlPathEqualTo(LEAD_LOAD_PATH)).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json").withBody("{\"error\": \"fields[0].value is required\"}")));

        CheckResponse.Failed failed = failed(leadLoad());

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(failed.message()).endsWith("HTTP 422: fields[0].value is required");
    }

    @Test
    void masksTheKeyIfPureCallerIdEverEchoesIt() {
        pci.stubFor(get(urlPathEqualTo(SPAM_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"message\": \"key " + KEY + " revoked\"}")));

        CheckResponse.Failed failed = failed(spamCheck());

        assertThat(failed.message()).endsWith(": key **** revoked");
        assertThat(access.failures.getFirst().message()).doesNotContain(KEY);
    }

    @Test
    void usesTheConfiguredBaseUrlWhenTheConnectionNamesNone() {
        pci.stubFor(get(urlPathEqualTo(SPAM_PATH)).willReturn(okJson(fixture("spam-low.json"))));
        access = FakeProviderAccess.connectedTo(null);
        PureCallerIdProperties properties = new PureCallerIdProperties(pci.baseUrl(), null, null, 1, null, null, null,
                null, null, null);

        assertThat(texts(screen(properties, "mode", "spam_check"))).contains(entry("spam_score", "12"));
    }

    @Test
    void answersUnavailableForABaseUrlThatIsNotHttp() {
        access = FakeProviderAccess.connectedTo("ftp://core.purecallerid.example");

        CheckResponse.Failed failed = failed(spamCheck());

        assertThat(failed.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(failed.message()).contains("do not make an http or https URL");
        assertThat(requestsReceived()).isZero();
    }
}

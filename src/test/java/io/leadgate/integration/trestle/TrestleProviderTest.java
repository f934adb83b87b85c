package io.leadgate.integration.trestle;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.integration.trestle.TrestleFixtures.KEY;
import static io.leadgate.integration.trestle.TrestleFixtures.PHONE_INTEL;
import static io.leadgate.integration.trestle.TrestleFixtures.REAL_CONTACT_2_0;
import static io.leadgate.integration.trestle.TrestleFixtures.fixture;
import static io.leadgate.integration.trestle.TrestleFixtures.johnDoe;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadgate.integration.ConnectionTest;
import io.leadgate.integration.ConnectionTest.Outcome;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.http.HttpSettings;
import io.leadgate.integration.trestle.TrestleFixtures.FakeProviderAccess;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrestleProviderTest {

    @RegisterExtension
    static WireMockExtension trestle = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private FakeProviderAccess access;
    private TrestleProvider provider;

    @BeforeEach
    void setUp() {
        access = FakeProviderAccess.notConnected();
        provider = new TrestleProvider(TrestleFixtures.client(TrestleFixtures.testProperties(), access));
    }

    private ConnectionTest test() {
        ConnectionTest result = provider.test(new Credentials(KEY, trestle.baseUrl()));
        assertThat(result.message() + " " + result.detail()).doesNotContain(KEY);
        return result;
    }

    private static void answerRealContact(int status, String body) {
        trestle.stubFor(get(urlPathEqualTo(REAL_CONTACT_2_0)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void isTrestleAtTheBaseUrlOfItsOpenApiFiles() {
        assertThat(provider.id()).isEqualTo("trestle");
        assertThat(provider.name()).isEqualTo("Trestle");
        assertThat(provider.defaultBaseUrl()).isEqualTo("https://api.trestleiq.com");
        assertThat(provider.keyHelp()).contains("x-api-key").contains("one query");
    }

    @Test
    void testsAKeyWithOneRealContactLookupOfTrestlesSampleWithoutAddOns() {
        answerRealContact(200, fixture("real-contact/response.success.json"));

        ConnectionTest result = test();

        assertThat(result.outcome()).isEqualTo(Outcome.CONNECTED);
        assertThat(result.message()).isEqualTo("Connected to Trestle: the API key works for Real Contact.");
        assertThat(result.detail()).isEqualTo("Tested with one Real Contact lookup of Trestle's sample number 4259853735, "
                + "without add-ons.");
        trestle.verify(1, getRequestedFor(urlEqualTo(REAL_CONTACT_2_0 + "?name=John%20Doe&phone=4259853735"))
                .withHeader("x-api-key", equalTo(KEY)));
    }

    @Test
    void testsWithPhoneValidationWhenConfiguredForAccountsWithOnlyThatProduct() {
        trestle.stubFor(get(urlPathEqualTo(PHONE_INTEL)).willReturn(okJson(fixture("phone-validation/response.success.json"))));
        TrestleProperties properties = new TrestleProperties(null, null, null, 1, null, null, null, null,
                TrestleProperties.TestLookup.PHONE_INTEL);
        provider = new TrestleProvider(TrestleFixtures.client(properties, access));

        ConnectionTest result = test();

        assertThat(result.outcome()).isEqualTo(Outcome.CONNECTED);
        assertThat(result.message()).isEqualTo("Connected to Trestle: the API key works for Phone Validation.");
        trestle.verify(1, getRequestedFor(urlEqualTo(PHONE_INTEL + "?phone=2069735100")).withHeader("x-api-key", equalTo(KEY)));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "response.error.403.json                 | 403 | BAD_KEY        | The API key provided is invalid or has been revoked.",
        "response.error.403.forbidden.json       | 403 | BAD_KEY        | Access denied. Your API key may be disabled, expired, or not authorized for this product.",
        "response.error.403.missing_api_key.json | 403 | BAD_KEY        | No API key was provided in the request.",
        "response.error.429.json                 | 429 | RATE_LIMITED   | You are sending requests too quickly.",
        "response.error.429.quota.json           | 429 | QUOTA_EXCEEDED | Your API quota for this billing period has been exhausted."
    })
    void saysWhatIsWrongInTheBuyersWordsWithTrestlesMessageAsDetail(String fixture, int status, Outcome outcome, String detail) {
        answerRealContact(status, fixture("real-contact/" + fixture));

        ConnectionTest result = test();

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.detail()).isEqualTo(detail);
    }

    @Test
    void saysTrestleIsUnreachableWhenItKeepsFailing() {
        answerRealContact(502, "<html>Bad Gateway</html>");

        ConnectionTest result = test();

        assertThat(result.outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(result.detail()).isEqualTo("Trestle is unavailable: it answered HTTP 502 (3 attempts)");
    }

    @Test
    void saysSomethingUnexpectedCameBackForAnHtmlPage() {
        trestle.stubFor(get(urlPathEqualTo(REAL_CONTACT_2_0)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>Login</html>")));

        assertThat(test().outcome()).isEqualTo(Outcome.ERROR);
    }

    @Test
    void testsEvenWhileLookupsArePausedByTheCircuitBreaker() {
        access = FakeProviderAccess.connectedTo(trestle.baseUrl());
        TrestleClient client = TrestleFixtures.client(
                TrestleFixtures.properties(1, new HttpSettings.Breaker(1, 1, 50f, Duration.ofMinutes(1))), access);
        TrestleRealContactCheck check = new TrestleRealContactCheck(client);
        answerRealContact(503, "");
        check.check(TrestleFixtures.request(johnDoe()));
        assertThat(check.check(TrestleFixtures.request(johnDoe())).toString()).contains("paused");
        answerRealContact(200, fixture("real-contact/response.success.json"));
        provider = new TrestleProvider(client);

        assertThat(test().outcome()).isEqualTo(Outcome.CONNECTED);
    }

    @Test
    void saysThereIsNoKeyToTestWithoutCalling() {
        assertThat(provider.test(new Credentials("", trestle.baseUrl())).outcome()).isEqualTo(Outcome.ERROR);
        assertThat(trestle.getAllServeEvents()).isEmpty();
    }

    @Test
    void recordsNothingOnTheConnectionWhenTesting() {
        answerRealContact(403, fixture("real-contact/response.error.403.json"));

        test();

        assertThat(access.failures).isEmpty();
        assertThat(access.successes).isEmpty();
    }
}

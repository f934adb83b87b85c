package io.leadgate.integration.ipqs;

import io.leadgate.integration.http.HttpSettings;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.integration.ipqs.IpqsFixtures.API;
import static io.leadgate.integration.ipqs.IpqsFixtures.KEY;
import static io.leadgate.integration.ipqs.IpqsFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadgate.integration.ConnectionTest;
import io.leadgate.integration.ConnectionTest.Outcome;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.ipqs.IpqsFixtures.FakeProviderAccess;
import io.leadgate.lead.field.FieldType;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpqsProviderTest {

    @RegisterExtension
    static WireMockExtension ipqs = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String ACCOUNT = API + "/json/account";

    private FakeProviderAccess access;
    private IpqsProvider provider;

    @BeforeEach
    void setUp() {
        access = FakeProviderAccess.notConnected();
        provider = new IpqsProvider(IpqsFixtures.client(IpqsFixtures.testProperties(), access));
    }

    private ConnectionTest test() {
        ConnectionTest result = provider.test(new Credentials(KEY, ipqs.baseUrl() + API));
        assertThat(result.message() + " " + result.detail()).doesNotContain(KEY);
        return result;
    }

    @Test
    void isIpqualityscoreAtTheBaseUrlOfItsOpenApiDescription() {
        assertThat(provider.id()).isEqualTo("ipqs");
        assertThat(provider.name()).isEqualTo("IPQualityScore");
        assertThat(provider.defaultBaseUrl()).isEqualTo("https://ipqualityscore.com/api");
        assertThat(provider.keyHelp()).contains("IPQS-KEY");
    }

    @Test
    void testsAKeyWithTheFreeCreditUsageCallSendingTheKeyOnlyInTheHeader() {
        ipqs.stubFor(get(urlPathMatching(ACCOUNT)).willReturn(okJson(fixture("account.json"))));

        ConnectionTest result = test();

        assertThat(result.outcome()).isEqualTo(Outcome.CONNECTED);
        assertThat(result.detail()).isEqualTo("4999762 credits available, 92 used this billing period");
        ipqs.verify(1, getRequestedFor(urlEqualTo(ACCOUNT)).withHeader("IPQS-KEY", equalTo(KEY)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "error-invalid-key.json, BAD_KEY, Invalid or unauthorized key.",
        "error-insufficient-credits.json, OUT_OF_CREDITS, You have insufficient credits to make this query.",
        "error-quota-exceeded.json, QUOTA_EXCEEDED, You have exceeded your request quota of 200 per day."
    })
    void saysWhatIsWrongInTheBuyersWordsWithIpqsMessageAsDetail(String body, Outcome outcome, String ipqsMessage) {
        ipqs.stubFor(get(urlPathMatching(ACCOUNT)).willReturn(okJson(fixture(body))));

        ConnectionTest result = test();

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.detail()).startsWith(ipqsMessage);
    }

    @Test
    void saysTheAccountIsOutOfCreditsWhenIpqsReportsNone() {
        ipqs.stubFor(get(urlPathMatching(ACCOUNT)).willReturn(okJson(fixture("account.json", json -> json.put("credits", 0)))));

        assertThat(test().outcome()).isEqualTo(Outcome.OUT_OF_CREDITS);
    }

    @Test
    void saysIpqsIsUnreachableWhenItKeepsFailing() {
        ipqs.stubFor(get(urlPathMatching(ACCOUNT)).willReturn(aResponse().withStatus(502)));

        ConnectionTest result = test();

        assertThat(result.outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(result.detail()).startsWith("IPQualityScore is unavailable: it answered HTTP 502");
    }

    @Test
    void saysSomethingUnexpectedCameBackForAnHtmlPage() {
        ipqs.stubFor(get(urlPathMatching(ACCOUNT)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>Login</html>")));

        assertThat(test().outcome()).isEqualTo(Outcome.ERROR);
    }

    @Test
    void testsEvenWhileLookupsArePausedByTheCircuitBreaker() {
        ipqs.stubFor(get(urlPathMatching(API + "/json/phone/.*")).willReturn(aResponse().withStatus(503)));
        ipqs.stubFor(get(urlPathMatching(ACCOUNT)).willReturn(okJson(fixture("account.json"))));
        access = FakeProviderAccess.connectedTo(ipqs.baseUrl() + API);
        IpqsClient client = IpqsFixtures.client(
                IpqsFixtures.properties(1, new HttpSettings.Breaker(1, 1, 50f, Duration.ofMinutes(1))), access);
        IpqsPhoneCheck phone = new IpqsPhoneCheck(client);
        phone.check(IpqsFixtures.request("phone", FieldType.PHONE, "+18007132618"));
        assertThat(phone.check(IpqsFixtures.request("phone", FieldType.PHONE, "+18007132618")).toString()).contains("paused");
        provider = new IpqsProvider(client);

        assertThat(test().outcome()).isEqualTo(Outcome.CONNECTED);
    }

    @Test
    void saysThereIsNoKeyToTestWithoutCalling() {
        assertThat(provider.test(new Credentials("", ipqs.baseUrl())).outcome()).isEqualTo(Outcome.ERROR);
        assertThat(ipqs.getAllServeEvents()).isEmpty();
    }

    @Test
    void recordsNothingOnTheConnectionWhenTesting() {
        ipqs.stubFor(get(urlPathMatching(ACCOUNT)).willReturn(okJson(fixture("error-invalid-key.json"))));

        test();

        assertThat(access.failures).isEmpty();
        assertThat(access.successes).isEmpty();
    }
}

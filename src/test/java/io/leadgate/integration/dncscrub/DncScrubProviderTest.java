package io.leadgate.integration.dncscrub;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.integration.dncscrub.DncScrubFixtures.KEY;
import static io.leadgate.integration.dncscrub.DncScrubFixtures.LITIGATOR_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadgate.integration.ConnectionTest;
import io.leadgate.integration.ConnectionTest.Outcome;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.dncscrub.DncScrubFixtures.FakeProviderAccess;
import io.leadgate.integration.http.HttpSettings;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DncScrubProviderTest {

    @RegisterExtension
    static WireMockExtension dnc = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private FakeProviderAccess access;
    private DncScrubProvider provider;

    @BeforeEach
    void setUp() {
        access = FakeProviderAccess.notConnected();
        provider = new DncScrubProvider(DncScrubFixtures.client(DncScrubFixtures.testProperties(dnc.baseUrl()), access));
    }

    private ConnectionTest test() {
        ConnectionTest result = provider.test(new Credentials(KEY, dnc.baseUrl()));
        assertThat(result.message() + " " + result.detail()).doesNotContain(KEY);
        return result;
    }

    @Test
    void isDncComAtTheLitigatorApisHost() {
        provider = new DncScrubProvider(DncScrubFixtures.client(DncScrubProperties.defaults(), access));

        assertThat(provider.id()).isEqualTo("dncscrub");
        assertThat(provider.name()).isEqualTo("DNC.com");
        assertThat(provider.defaultBaseUrl()).isEqualTo("https://dataapi.dncscrub.com");
        assertThat(provider.keyHelp()).contains("loginId");
    }

    @Test
    void testsAKeyWithALitigatorScrubOfTheFixedTestNumberSendingTheKeyOnlyInTheHeader() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(okJson("[{\"Phone\": 7075276405, \"IsLitigator\": false}]")));

        ConnectionTest result = test();

        assertThat(result.outcome()).isEqualTo(Outcome.CONNECTED);
        assertThat(result.message()).isEqualTo("Connected to DNC.com: the API key works.");
        dnc.verify(1, getRequestedFor(urlPathEqualTo(LITIGATOR_PATH))
                .withQueryParam("phoneList", equalTo(DncScrubProperties.DEFAULT_TEST_NUMBER))
                .withHeader("loginId", equalTo(KEY)));
        assertThat(access.successes).as("a test records nothing itself").isEmpty();
    }

    @Test
    void saysTheKeyIsBadWhenDncComAnswers401() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(aResponse().withStatus(401).withBody("Invalid loginId")));

        ConnectionTest result = test();

        assertThat(result.outcome()).isEqualTo(Outcome.BAD_KEY);
        assertThat(result.detail()).isEqualTo("Invalid loginId");
    }

    @Test
    void saysSomethingUnexpectedCameBackWhenTheBaseUrlHasNoLitigatorApi() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(aResponse().withStatus(404)));

        ConnectionTest result = test();

        assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(result.detail()).contains("check the base URL");
    }

    @Test
    void saysDncComIsUnreachableWhenItKeepsFailing() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(aResponse().withStatus(502)));

        ConnectionTest result = test();

        assertThat(result.outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(result.detail()).startsWith("DNC.com is unavailable: it answered HTTP 502");
    }

    @Test
    void saysThereIsNoKeyToTestWithoutCallingDncCom() {
        assertThat(provider.test(new Credentials(" ", dnc.baseUrl())).outcome()).isEqualTo(Outcome.ERROR);
        dnc.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void testsTheConnectionEvenWhileScrubsArePaused() {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(serverError()));
        DncScrubProperties properties = DncScrubFixtures.properties(dnc.baseUrl(), Duration.ofSeconds(5), 1,
                new HttpSettings.Breaker(2, 2, 50f, Duration.ofMinutes(1)));
        DncScrubClient client = DncScrubFixtures.client(properties, FakeProviderAccess.connectedTo(dnc.baseUrl()));
        DncScrubLitigatorCheck check = new DncScrubLitigatorCheck(client);
        for (int i = 0; i < 3; i++) {
            check.check(DncScrubFixtures.phoneRequest("+12675466417"));
        }
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(okJson("[{\"Phone\": 7075276405, \"IsLitigator\": false}]")));

        ConnectionTest result = new DncScrubProvider(client).test(new Credentials(KEY, dnc.baseUrl()));

        assertThat(result.outcome()).isEqualTo(Outcome.CONNECTED);
    }
}

package io.leadgate.integration.purecallerid;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.integration.purecallerid.PureCallerIdFixtures.KEY;
import static io.leadgate.integration.purecallerid.PureCallerIdFixtures.SPAM_PATH;
import static io.leadgate.integration.purecallerid.PureCallerIdFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadgate.integration.ConnectionTest;
import io.leadgate.integration.ConnectionTest.Outcome;
import io.leadgate.integration.Credentials;
import io.leadgate.integration.purecallerid.PureCallerIdFixtures.FakeProviderAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PureCallerIdProviderTest {

    @RegisterExtension
    static WireMockExtension pci = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private FakeProviderAccess access;
    private PureCallerIdProvider provider;

    @BeforeEach
    void setUp() {
        access = FakeProviderAccess.notConnected();
        provider = new PureCallerIdProvider(PureCallerIdFixtures.client(PureCallerIdFixtures.testProperties(), access));
    }

    private ConnectionTest test() {
        ConnectionTest result = provider.test(new Credentials(KEY, pci.baseUrl()));
        assertThat(result.message() + " " + result.detail()).doesNotContain(KEY);
        return result;
    }

    @Test
    void isPureCallerIdAtItsDocumentedHost() {
        assertThat(provider.id()).isEqualTo("purecallerid");
        assertThat(provider.name()).isEqualTo("Pure CallerID");
        assertThat(provider.defaultBaseUrl()).isEqualTo("https://core.purecallerid.app");
        assertThat(provider.keyHelp()).contains("X-API-KEY");
    }

    @Test
    void testsAKeyWithTheSpamCheckOfTheFixedTestNumberAndLoadsNoLead() {
        pci.stubFor(get(urlPathEqualTo(SPAM_PATH)).willReturn(okJson(fixture("spam-low.json"))));

        ConnectionTest result = test();

        assertThat(result.outcome()).isEqualTo(Outcome.CONNECTED);
        assertThat(result.message()).isEqualTo("Connected to Pure CallerID: the API key works.");
        pci.verify(1, getRequestedFor(urlPathEqualTo(SPAM_PATH))
                .withQueryParam("number", equalTo(PureCallerIdProperties.DEFAULT_TEST_NUMBER))
                .withHeader("X-API-KEY", equalTo(KEY)));
        pci.verify(0, postRequestedFor(anyUrl()));
        assertThat(access.successes).as("a test records nothing itself").isEmpty();
    }

    @Test
    void saysTheKeyIsBadWithPureCallerIdsWordsAsDetail() {
        pci.stubFor(get(urlPathEqualTo(SPAM_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"message\": \"Invalid API key\"}")));

        ConnectionTest result = test();

        assertThat(result.outcome()).isEqualTo(Outcome.BAD_KEY);
        assertThat(result.detail()).isEqualTo("Invalid API key");
    }

    @Test
    void saysPureCallerIdIsUnreachableWhenItKeepsFailing() {
        pci.stubFor(get(urlPathEqualTo(SPAM_PATH)).willReturn(aResponse().withStatus(502)));

        assertThat(test().outcome()).isEqualTo(Outcome.UNREACHABLE);
    }

    @Test
    void saysSomethingUnexpectedCameBackForAnAnswerWithoutScoreOrRiskLevel() {
        pci.stubFor(get(urlPathEqualTo(SPAM_PATH)).willReturn(okJson("{\"ok\": true}")));

        ConnectionTest result = test();

        assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(result.detail()).contains("nothing at $.spamScore or $.riskLevel");
    }

    @Test
    void saysThereIsNoKeyToTestWithoutCallingPureCallerId() {
        assertThat(provider.test(new Credentials("", pci.baseUrl())).outcome()).isEqualTo(Outcome.ERROR);
        pci.verify(0, anyRequestedFor(anyUrl()));
    }
}

package io.leadgate.integration.dncscrub;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.integration.dncscrub.DncScrubFixtures.KEY;
import static io.leadgate.integration.dncscrub.DncScrubFixtures.LITIGATOR;
import static io.leadgate.integration.dncscrub.DncScrubFixtures.LITIGATOR_PATH;
import static io.leadgate.testing.CheckAnswers.answered;
import static io.leadgate.testing.CheckAnswers.assertFitsDescriptor;
import static io.leadgate.integration.dncscrub.DncScrubFixtures.assertKeyNotIn;
import static io.leadgate.testing.CheckAnswers.failed;
import static io.leadgate.integration.dncscrub.DncScrubFixtures.fixture;
import static io.leadgate.integration.dncscrub.DncScrubFixtures.phoneRequest;
import static io.leadgate.testing.CheckAnswers.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.dncscrub.DncScrubFixtures.FakeProviderAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The litigator scrub of one lead's phone, against a fake answering as DNC.com documents. */
class DncScrubLitigatorCheckTest {

    @RegisterExtension
    static WireMockExtension dnc = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private FakeProviderAccess access;
    private DncScrubLitigatorCheck check;

    @BeforeEach
    void connect() {
        access = FakeProviderAccess.connectedTo(dnc.baseUrl());
        check = new DncScrubLitigatorCheck(DncScrubFixtures.client(DncScrubFixtures.testProperties(dnc.baseUrl()), access));
    }

    private CheckResponse scrub(String phone) {
        CheckResponse response = check.check(phoneRequest(phone));
        assertKeyNotIn(response);
        return response;
    }

    private static void answer(String body) {
        dnc.stubFor(get(urlPathEqualTo(LITIGATOR_PATH)).willReturn(okJson(body)));
    }

    @Test
    void answersThatTheReadmesExampleNumberIsALitigator() {
        answer(fixture("litigator-litigator.json"));

        CheckResponse response = scrub("+1 (267) 546-6417");

        assertThat(texts(response)).containsExactly(entry("is_litigator", "true"), entry("phone", "+12675466417"));
        assertThat(answered(response).partial()).isFalse();
        assertThat(answered(response).rawResponse()).isEqualTo(fixture("litigator-litigator.json"));
        assertFitsDescriptor(check, response);
        assertThat(access.successes).containsExactly(DncScrubProvider.ID);
    }

    @Test
    void answersThatACleanNumberIsNotALitigator() {
        answer(fixture("litigator-clean.json"));

        assertThat(texts(scrub("(212) 555-1234"))).contains(entry("is_litigator", "false"));
    }

    @Test
    void sendsTheTenDigitNumberInPhoneListAndTheKeyOnlyInTheLoginIdHeader() {
        answer(fixture("litigator-litigator.json"));

        CheckResponse response = scrub("267.546.6417");

        dnc.verify(1, getRequestedFor(urlPathEqualTo(LITIGATOR_PATH))
                .withQueryParam("phoneList", equalTo(LITIGATOR))
                .withHeader("loginId", equalTo(KEY)));
        assertThat(dnc.getAllServeEvents()).allSatisfy(e -> assertThat(e.getRequest().getUrl())
                .isEqualTo(LITIGATOR_PATH + "?phoneList=" + LITIGATOR).doesNotContain(KEY));
        assertThat(response.requestAsSent()).isEqualTo("GET " + LITIGATOR_PATH + "?phoneList=" + LITIGATOR + "\nloginId: ****");
    }

    @Test
    void refusesANumberOutsideNorthAmericaWithoutCallingDncCom() {
        CheckResponse.Failed failed = failed(scrub("+44 20 7946 0958"));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(failed.message()).contains("10-digit US and Canadian numbers").doesNotContain("7946");
        dnc.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void callsNothingWithoutAConnection() {
        check = new DncScrubLitigatorCheck(DncScrubFixtures.client(DncScrubFixtures.testProperties(dnc.baseUrl()),
                FakeProviderAccess.notConnected()));

        CheckResponse.Failed failed = failed(scrub("+12675466417"));

        assertThat(failed.kind()).isEqualTo(ErrorKind.NOT_CONNECTED);
        assertThat(failed.message()).startsWith("DNC.com is not connected");
        assertThat(failed.requestAsSent()).contains("phoneList=" + LITIGATOR);
        dnc.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void neverPassesANumberTheAnswerLeavesOut() {
        answer("[{\"Phone\": 2125551234, \"IsLitigator\": false}]");

        CheckResponse.Failed failed = failed(scrub("+12675466417"));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(failed.message()).contains("says nothing about a number asked about").contains("cannot be taken as clean");
        assertThat(access.failures).extracting(FakeProviderAccess.Failure::kind).containsExactly(ErrorKind.BAD_RESPONSE);
    }

    @Test
    void neverPassesAnEmptyAnswer() {
        answer("[]");

        assertThat(failed(scrub("+12675466417")).kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"Phone\": 2675466417}", "{\"Phone\": 2675466417, \"IsLitigator\": null}",
            "{\"Phone\": 2675466417, \"IsLitigator\": \"maybe\"}", "{\"Phone\": 2675466417, \"IsLitigator\": 1}"})
    void neverPassesAResultWithoutAReadableLitigatorFlag(String result) {
        answer("[" + result + "]");

        CheckResponse.Failed failed = failed(scrub("+12675466417"));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(failed.message()).contains("no readable IsLitigator");
    }

    @Test
    void answersBadResponseForAResultWithoutAPhone() {
        answer("[{\"IsLitigator\": true}]");

        assertThat(failed(scrub("+12675466417")).kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
    }

    @Test
    void readsThePhoneWrittenAsTextOrWithTheCountryCode() {
        answer("[{\"Phone\": \"2675466417\", \"IsLitigator\": true}]");
        assertThat(texts(scrub("+12675466417"))).contains(entry("is_litigator", "true"));

        answer("[{\"Phone\": 12675466417, \"IsLitigator\": \"true\"}]");
        assertThat(texts(scrub("+12675466417"))).contains(entry("is_litigator", "true"));
    }

    @Test
    void takesTheNumberAsALitigatorWhenAnyOfItsResultsSaysSo() {
        answer("[{\"Phone\": 2675466417, \"IsLitigator\": true}, {\"Phone\": 2675466417, \"IsLitigator\": false}]");

        assertThat(texts(scrub("+12675466417"))).contains(entry("is_litigator", "true"));
    }

    @Test
    void takesALitigatorFlagOverAnUnreadableDuplicate() {
        answer("[{\"Phone\": 2675466417, \"IsLitigator\": \"?\"}, {\"Phone\": 2675466417, \"IsLitigator\": true}]");

        assertThat(texts(scrub("+12675466417"))).contains(entry("is_litigator", "true"));
    }

    @Test
    void doesNotTakeACleanFlagBesideAnUnreadableDuplicate() {
        answer("[{\"Phone\": 2675466417, \"IsLitigator\": \"?\"}, {\"Phone\": 2675466417, \"IsLitigator\": false}]");

        assertThat(failed(scrub("+12675466417")).kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
    }
}

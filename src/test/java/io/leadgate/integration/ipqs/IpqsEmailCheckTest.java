package io.leadgate.integration.ipqs;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.integration.ipqs.IpqsFixtures.API;
import static io.leadgate.integration.ipqs.IpqsFixtures.KEY;
import static io.leadgate.testing.CheckAnswers.answered;
import static io.leadgate.integration.ipqs.IpqsFixtures.assertFitsDescriptor;
import static io.leadgate.integration.ipqs.IpqsFixtures.assertKeyNotIn;
import static io.leadgate.testing.CheckAnswers.failed;
import static io.leadgate.integration.ipqs.IpqsFixtures.field;
import static io.leadgate.integration.ipqs.IpqsFixtures.fixture;
import static io.leadgate.testing.CheckAnswers.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.ipqs.IpqsFixtures.FakeProviderAccess;
import io.leadgate.lead.field.FieldType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IpqsEmailCheckTest {

    @RegisterExtension
    static WireMockExtension ipqs = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** The day of the Date header in IPQS's examples. */
    private static final Clock SEPTEMBER_8_2025 = Clock.fixed(Instant.parse("2025-09-08T19:41:22Z"), ZoneOffset.UTC);

    private FakeProviderAccess access;
    private IpqsEmailCheck check;

    @BeforeEach
    void connect() {
        access = FakeProviderAccess.connectedTo(ipqs.baseUrl() + API);
        check = new IpqsEmailCheck(IpqsFixtures.client(IpqsFixtures.testProperties(), access), SEPTEMBER_8_2025);
    }

    private CheckResponse check(String email, String... settings) {
        CheckResponse response = check.check(IpqsFixtures.request(IpqsEmailCheck.EMAIL, FieldType.EMAIL, email, settings));
        assertKeyNotIn(response);
        if (response instanceof CheckResponse.Answered) {
            assertFitsDescriptor(check, response);
        }
        return response;
    }

    private static void answerEmailLookupsWith(String body) {
        ipqs.stubFor(get(urlPathMatching(API + "/json/email/.*")).willReturn(okJson(body)));
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = ipqs.findAll(getRequestedFor(urlPathMatching(".*")));
        assertThat(requests).hasSize(1);
        return requests.getFirst();
    }

    @Test
    void answersEveryFieldOfIpqsOwnExampleTyped() {
        answerEmailLookupsWith(fixture("email.json"));

        CheckResponse response = check("noreply@ipqualityscore.com");

        assertThat(texts(response)).containsExactly(
                entry("valid", "true"),
                entry("disposable", "false"),
                entry("fraud_score", "100"),
                entry("risk_level", "risky"),
                entry("smtp_score", "2"),
                entry("overall_score", "3"),
                entry("deliverability", "low"),
                entry("catch_all", "true"),
                entry("honeypot", "true"),
                entry("frequent_complainer", "false"),
                entry("suspect", "true"),
                entry("recent_abuse", "true"),
                entry("leaked", "false"),
                entry("first_seen", "2019-05-06"),
                entry("domain_age", "5260"),
                entry("sanitized_email", "noreply@ipqualityscore.com"),
                entry("generic", "false"),
                entry("common", "false"),
                entry("dns_valid", "true"),
                entry("timed_out", "false"),
                entry("spam_trap_score", "medium"),
                entry("risky_tld", "false"),
                entry("spf_record", "false"),
                entry("dmarc_record", "true"),
                entry("domain_trust", "trusted"),
                entry("domain_velocity", "high"),
                entry("user_activity", "Disabled for performance. Contact support for further assistance."),
                entry("request_id", "ZytW9JsDtX"));
        assertThat(answered(response).partial()).isFalse();
        assertThat(response.rawResponse()).isEqualTo(fixture("email.json"));
        assertThat(access.successes).containsExactly(IpqsProvider.ID);
    }

    @Test
    void leavesOutTheSuggestedDomainAndFirstNameWhenIpqsHasNone() {
        answerEmailLookupsWith(fixture("email.json"));

        assertThat(answered(check("noreply@ipqualityscore.com")).values()).doesNotContainKeys("suggested_domain", "first_name");
    }

    @Test
    void readsTheSuggestedDomainAndFirstNameWhenIpqsHasThem() {
        answerEmailLookupsWith(fixture("email.json", json -> {
            json.put("suggested_domain", "gmail.com");
            json.put("first_name", "Jane");
        }));

        assertThat(texts(check("jane@gmial.com"))).contains(entry("suggested_domain", "gmail.com"), entry("first_name", "Jane"));
    }

    @Test
    void marksTheAnswerPartialWhenTheMailServerDidNotAnswerInTime() {
        answerEmailLookupsWith(fixture("email.json", json -> json.put("timed_out", true)));

        assertThat(answered(check("noreply@ipqualityscore.com")).partial()).isTrue();
    }

    @Test
    void sendsTheAddressInThePathTheKeyInTheHeaderAndEveryParameter() {
        answerEmailLookupsWith(fixture("email.json"));

        CheckResponse response = check("jane+leads@Example.COM", "strictness", "1", "abuse_strictness", "2", "fast", "true",
                "timeout", "5", "suggest_domain", "true");

        LoggedRequest sent = onlyRequest();
        assertThat(sent.getHeader("IPQS-KEY")).isEqualTo(KEY);
        assertThat(sent.getUrl()).doesNotContain(KEY).isEqualTo(API + "/json/email/jane%2Bleads@example.com?strictness=1"
                + "&abuse_strictness=2&fast=true&timeout=5&suggest_domain=true");
        ipqs.verify(getRequestedFor(urlPathEqualTo(API + "/json/email/jane%2Bleads@example.com"))
                .withQueryParam("strictness", equalTo("1"))
                .withQueryParam("abuse_strictness", equalTo("2"))
                .withQueryParam("fast", equalTo("true"))
                .withQueryParam("timeout", equalTo("5"))
                .withQueryParam("suggest_domain", equalTo("true")));
        assertThat(response.requestAsSent()).isEqualTo("GET /json/email/jane%2Bleads@example.com?strictness=1"
                + "&abuse_strictness=2&fast=true&timeout=5&suggest_domain=true\nIPQS-KEY: ****");
    }

    @Test
    void sendsIpqsOwnDefaultsWhenTheSetupSetsNothing() {
        answerEmailLookupsWith(fixture("email.json"));

        check("noreply@ipqualityscore.com");

        assertThat(onlyRequest().getUrl()).isEqualTo(API + "/json/email/noreply@ipqualityscore.com?strictness=0"
                + "&abuse_strictness=0&fast=false&timeout=7&suggest_domain=false");
    }

    @Test
    void letsAMappedRequestFieldOverrideTheSettingForOneLead() {
        answerEmailLookupsWith(fixture("email.json"));
        CheckRequest request = IpqsFixtures.request(List.of(
                field("email", FieldType.EMAIL, "jane@example.com"),
                field("fast", FieldType.BOOLEAN, "yes")), "fast", "false");

        check.check(request);

        assertThat(onlyRequest().getUrl()).contains("&fast=true&");
    }

    @Test
    void cutsAMailServerTimeoutToWhatLeadGateWaitsForIpqs() {
        answerEmailLookupsWith(fixture("email.json"));
        IpqsProperties impatient = IpqsFixtures.properties(Duration.ofSeconds(5), 1, IpqsFixtures.testProperties().circuitBreaker());
        check = new IpqsEmailCheck(IpqsFixtures.client(impatient, access), SEPTEMBER_8_2025);

        check("jane@example.com", "timeout", "30");

        assertThat(onlyRequest().getUrl()).contains("&timeout=4&");
    }

    @Test
    void defaultsTheMailServerTimeoutToIpqsSevenSecondsWhenLeadGateWaitsLongEnough() {
        IpqsProperties impatient = IpqsFixtures.properties(Duration.ofSeconds(5), 1, IpqsFixtures.testProperties().circuitBreaker());

        assertThat(check.descriptor().setting("timeout").orElseThrow().defaultValue()).isEqualTo("7");
        assertThat(new IpqsEmailCheck(IpqsFixtures.client(impatient, access), SEPTEMBER_8_2025).descriptor()
                .setting("timeout").orElseThrow().defaultValue()).isEqualTo("4");
    }

    @Test
    void refusesATimeoutIpqsDoesNotTakeBeforeCalling() {
        CheckResponse.Failed failed = failed(check("jane@example.com", "timeout", "61"));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(failed.message()).isEqualTo("timeout: '61' is not a whole number from 1 to 60");
        assertThat(ipqs.getAllServeEvents()).isEmpty();
    }

    @Test
    void refusesWhenTheSetupIsSavedATimeoutLongerThanLeadGateWaitsForIpqs() {
        // the test client waits 10 seconds for IPQS
        assertThat(check.settingProblems(Map.of("timeout", "7"))).isEmpty();
        assertThat(check.settingProblems(Map.of("timeout", "9"))).isEmpty();
        assertThat(check.settingProblems(Map.of("timeout", "10"))).containsEntry("timeout", "10 seconds leaves "
                + "IPQualityScore no time to answer before LeadGate stops waiting (leadgate.providers.ipqs.read-timeout is "
                + "10s); use at most 9, or raise the read timeout");
        assertThat(check.settingProblems(Map.of("timeout", "0"))).containsEntry("timeout",
                "'0' is not a whole number from 1 to 60");
        assertThat(check.settingProblems(Map.of("timeout", "2.5"))).containsOnlyKeys("timeout");
    }

    @Test
    void answersNotConnectedWithoutCallingWhenThereIsNoKey() {
        check = new IpqsEmailCheck(IpqsFixtures.client(IpqsFixtures.testProperties(), FakeProviderAccess.notConnected()),
                SEPTEMBER_8_2025);

        assertThat(failed(check("jane@example.com")).kind()).isEqualTo(ErrorKind.NOT_CONNECTED);
        assertThat(ipqs.getAllServeEvents()).isEmpty();
    }

    @Test
    void failsRatherThanPassingTheLeadWhenTheAccountIsOutOfCredits() {
        answerEmailLookupsWith(fixture("error-insufficient-credits.json"));

        CheckResponse.Failed failed = failed(check("jane@example.com"));

        assertThat(failed.kind()).isEqualTo(ErrorKind.QUOTA);
        assertThat(access.failures).extracting(FakeProviderAccess.Failure::kind).containsExactly(ErrorKind.QUOTA);
    }
}

package io.leadgate.integration.dncscrub;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.integration.dncscrub.DncScrubFixtures.KEY;
import static io.leadgate.integration.dncscrub.DncScrubFixtures.SCRUB_PATH;
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
import org.junit.jupiter.params.provider.CsvSource;

/** DNC.com's full scrub (version 5, JSON) of one lead's phone, against a fake answering in the documented shape. */
class DncScrubFullScrubCheckTest {

    @RegisterExtension
    static WireMockExtension dnc = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private FakeProviderAccess access;
    private DncScrubFullScrubCheck check;

    @BeforeEach
    void connect() {
        access = FakeProviderAccess.connectedTo(dnc.baseUrl());
        check = new DncScrubFullScrubCheck(DncScrubFixtures.client(DncScrubFixtures.testProperties(dnc.baseUrl()), access));
    }

    private CheckResponse scrub(String phone, String... settings) {
        CheckResponse response = check.check(phoneRequest(phone, settings));
        assertKeyNotIn(response);
        return response;
    }

    private static void answer(String body) {
        dnc.stubFor(get(urlPathEqualTo(SCRUB_PATH)).willReturn(okJson(body)));
    }

    /** A one-record answer for 7075276405 with the given code and reason, in the documented all-string shape. */
    private static String record(String code, String reason) {
        return fixture("scrub-dnc.json").replace("\"ResultCode\": \"D\"", "\"ResultCode\": \"" + code + "\"")
                .replace("\"Reason\": \"National (USA) 2003-06-01;;;\"", "\"Reason\": \"" + reason + "\"");
    }

    @Test
    void readsANumberOnTheNationalRegistryWithEveryValueAsItsDeclaredType() {
        answer(fixture("scrub-dnc.json"));

        CheckResponse response = scrub("(707) 527-6405");

        assertThat(texts(response)).containsExactly(
                entry("result_code", "D"),
                entry("result_meaning", "do_not_call"),
                entry("result_description", "on a Do Not Call list: national, state, the account's internal list, or a "
                        + "litigator list (the reason says which)"),
                entry("is_litigator", "false"),
                entry("reason", "National (USA) 2003-06-01;;;"),
                entry("line_type", "AllOther"),
                entry("wireless_or_voip", "false"),
                entry("carrier_info", "9740;RBOC;\"AT&T California:AT&T California\""),
                entry("carrier", "AT&T California"),
                entry("carrier_type", "RBOC"),
                entry("region", "CA"),
                entry("country", "US"),
                entry("locale", "Santa Rosa"),
                entry("time_zone_code", "4"),
                entry("utc_offset_minutes", "-420"),
                entry("phone", "+17075276405"));
        assertThat(answered(response).partial()).isFalse();
        assertThat(answered(response).values().get("utc_offset_minutes").number()).hasValueSatisfying(n ->
                assertThat(n).isEqualByComparingTo("-420"));
        assertFitsDescriptor(check, response);
        assertThat(access.successes).containsExactly(DncScrubProvider.ID);
    }

    @Test
    void readsAWirelessNumberAndItsCarrier() {
        answer(fixture("scrub-wireless.json"));

        assertThat(texts(scrub("+15039367181"))).contains(entry("result_code", "W"), entry("result_meaning", "wireless"),
                entry("wireless_or_voip", "true"), entry("line_type", "Wireless"), entry("carrier", "Verizon Wireless"),
                entry("carrier_type", "WIRELESS"), entry("is_litigator", "false"));
    }

    @Test
    void tellsALitigatorFromTheReason() {
        answer(fixture("scrub-litigator.json"));

        assertThat(texts(scrub("+15039367187"))).contains(entry("result_code", "D"), entry("reason", "Litigator"),
                entry("is_litigator", "true"));
    }

    @Test
    void sendsVersionFiveAndJsonOutputWithTheKeyOnlyInTheLoginIdHeader() {
        answer(fixture("scrub-dnc.json"));

        CheckResponse response = scrub("+17075276405");

        dnc.verify(1, getRequestedFor(urlPathEqualTo(SCRUB_PATH))
                .withQueryParam("phoneList", equalTo("7075276405"))
                .withQueryParam("version", equalTo("5"))
                .withQueryParam("output", equalTo("json"))
                .withQueryParam("projId", absent())
                .withQueryParam("campaignId", absent())
                .withHeader("loginId", equalTo(KEY)));
        assertThat(response.requestAsSent()).isEqualTo("GET " + SCRUB_PATH + "?phoneList=7075276405&version=5&output=json"
                + "\nloginId: ****");
        assertThat(dnc.getAllServeEvents()).allSatisfy(e -> assertThat(e.getRequest().getUrl()).doesNotContain(KEY));
    }

    @Test
    void sendsTheProjectAndCampaignWhenTheSetupNamesThem() {
        answer(fixture("scrub-dnc.json"));

        scrub("+17075276405", "project_id", "Insurance Leads", "campaign_id", "42");

        dnc.verify(1, getRequestedFor(urlPathEqualTo(SCRUB_PATH))
                .withQueryParam("projId", equalTo("Insurance Leads"))
                .withQueryParam("campaignId", equalTo("42")));
        assertThat(dnc.getAllServeEvents().getFirst().getRequest().getUrl()).contains("projId=Insurance%20Leads");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "C, clean", "D, do_not_call", "W, wireless", "Y, voip", "I, invalid", "M, malformed", "B, blocked",
        "P, project_dnc", "S, disconnected", "E, ebr_valid", "O, ebr_override", "R, ebr", "X, exempt",
        "L, wireless_restricted", "F, ebr_wireless_restricted", "G, ebr_wireless_or_voip",
        "H, ebr_override_wireless_or_voip", "V, ebr_override_wireless_restricted"
    })
    void givesEveryResultCodeItsMeaning(String code, String meaning) {
        answer(record(code, ""));

        CheckResponse response = scrub("+17075276405");

        assertThat(texts(response)).contains(entry("result_code", code), entry("result_meaning", meaning));
        assertThat(texts(response)).doesNotContainKey("reason");
        assertThat(answered(response).partial()).isFalse();
    }

    @Test
    void keepsAnUnknownResultCodeWithoutAMeaningAndSaysTheAnswerIsPartial() {
        answer(record("Q", "Something new"));

        CheckResponse response = scrub("+17075276405");

        assertThat(texts(response)).contains(entry("result_code", "Q")).doesNotContainKeys("result_meaning", "result_description");
        assertThat(answered(response).partial()).isTrue();
    }

    @Test
    void ignoresTheKeysLeadGateDoesNotRead() {
        answer(fixture("scrub-dnc.json").replace("\"LineType\": \"AllOther\"", "\"LineType\": \"AllOther\", "
                + "\"Reserved\": \"\", \"NewReassignedAreaCode\": \"\", \"CallingWindow\": \"\", \"DoNotCallToday\": \"\", "
                + "\"CallingTimeRestrictions\": \"4\", \"EBRType\": \"\""));

        CheckResponse response = scrub("+17075276405");

        assertThat(texts(response)).contains(entry("result_code", "D"), entry("line_type", "AllOther"));
        assertFitsDescriptor(check, response);
    }

    @Test
    void leavesOutEmptyValuesAndMarksAValueOfTheWrongTypeAsPartial() {
        answer(fixture("scrub-dnc.json").replace("\"Locale\": \"Santa Rosa\"", "\"Locale\": \"\"")
                .replace("\"UTCOffset\": \"-420\"", "\"UTCOffset\": \"PDT\""));

        CheckResponse response = scrub("+17075276405");

        assertThat(texts(response)).doesNotContainKeys("locale", "utc_offset_minutes").containsKey("region");
        assertThat(answered(response).partial()).isTrue();
    }

    @Test
    void neverAnswersWithoutAResultCode() {
        answer(fixture("scrub-dnc.json").replace("\"ResultCode\": \"D\"", "\"ResultCode\": \"\""));

        CheckResponse.Failed failed = failed(scrub("+17075276405"));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(failed.message()).isEqualTo("DNC.com's scrub record has no ResultCode");
    }

    @Test
    void neverAnswersForAnotherNumbersRecord() {
        answer(fixture("scrub-wireless.json"));

        CheckResponse.Failed failed = failed(scrub("+17075276405"));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(failed.message()).contains("no record for the number asked about");
    }

    @Test
    void namesAMissingKeyAsARefusedKey() {
        dnc.stubFor(get(urlPathEqualTo(SCRUB_PATH)).willReturn(aResponse().withStatus(401)));

        CheckResponse.Failed failed = failed(scrub("+17075276405"));

        assertThat(failed.kind()).isEqualTo(ErrorKind.AUTH);
        assertThat(failed.requestAsSent()).startsWith("GET " + SCRUB_PATH);
    }

    @Test
    void namesAWrongPathAsARefusedRequest() {
        dnc.stubFor(get(urlPathEqualTo(SCRUB_PATH)).willReturn(aResponse().withStatus(404)));

        CheckResponse.Failed failed = failed(scrub("+17075276405"));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(failed.message()).startsWith("DNC.com has no full scrub endpoint at " + dnc.baseUrl() + SCRUB_PATH);
    }

    @Test
    void refusesANumberOutsideNorthAmericaWithoutCallingDncCom() {
        assertThat(failed(scrub("+33 1 42 68 53 00")).kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        dnc.verify(0, anyRequestedFor(anyUrl()));
    }
}

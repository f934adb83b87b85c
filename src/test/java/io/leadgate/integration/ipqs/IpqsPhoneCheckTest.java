package io.leadgate.integration.ipqs;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

class IpqsPhoneCheckTest {

    @RegisterExtension
    static WireMockExtension ipqs = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private FakeProviderAccess access;
    private IpqsPhoneCheck check;

    @BeforeEach
    void connect() {
        access = FakeProviderAccess.connectedTo(ipqs.baseUrl() + API);
        check = new IpqsPhoneCheck(IpqsFixtures.client(IpqsFixtures.testProperties(), access));
    }

    private CheckResponse check(String phone, String... settings) {
        CheckResponse response = check.check(IpqsFixtures.request(IpqsPhoneCheck.PHONE, FieldType.PHONE, phone, settings));
        assertKeyNotIn(response);
        if (response instanceof CheckResponse.Answered) {
            assertFitsDescriptor(check, response);
        }
        return response;
    }

    private static void answerPhoneLookupsWith(String body) {
        ipqs.stubFor(get(urlPathMatching(API + "/json/phone/.*")).willReturn(okJson(body)));
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = ipqs.findAll(getRequestedFor(urlPathMatching(".*")));
        assertThat(requests).hasSize(1);
        return requests.getFirst();
    }

    @Test
    void answersEveryFieldOfIpqsOwnExampleTyped() {
        answerPhoneLookupsWith(fixture("phone.json"));

        CheckResponse response = check("+1 800-713-2618");

        assertThat(texts(response)).containsExactly(
                entry("valid", "true"),
                entry("fraud_score", "100"),
                entry("risk_level", "high"),
                entry("recent_abuse", "true"),
                entry("voip", "false"),
                entry("risky", "true"),
                entry("active", "true"),
                entry("line_type", "Toll Free"),
                entry("carrier", "SomosGov"),
                entry("country", "US"),
                entry("region", "TX"),
                entry("city", "Telephone"),
                entry("zip_code", "75488"),
                entry("timezone", "America/Chicago"),
                entry("dialing_code", "1"),
                entry("do_not_call", "false"),
                entry("leaked", "false"),
                entry("spammer", "false"),
                entry("user_activity", "Disabled for performance. Contact support for further assistance."),
                entry("formatted", "+18007132618"),
                entry("local_format", "(800) 713-2618"),
                entry("accurate_country_code", "false"),
                entry("request_id", "ZyvVBKGWvE"));
        assertThat(answered(response).partial()).isFalse();
        assertThat(response.rawResponse()).isEqualTo(fixture("phone.json"));
        assertThat(access.successes).containsExactly(IpqsProvider.ID);
        assertThat(access.failures).isEmpty();
    }

    @Test
    void leavesOutPrepaidWhenIpqsDoesNotKnowIt() {
        answerPhoneLookupsWith(fixture("phone.json"));

        assertThat(answered(check("+18007132618")).values()).doesNotContainKey("prepaid");
    }

    @Test
    void readsPrepaidWhenIpqsKnowsIt() {
        answerPhoneLookupsWith(fixture("phone.json", json -> json.put("prepaid", true)));

        assertThat(texts(check("+18007132618"))).contains(entry("prepaid", "true"));
    }

    @Test
    void leavesOutEveryTextIpqsMarksNotAvailable() {
        answerPhoneLookupsWith(fixture("phone.json", json -> {
            for (String name : List.of("carrier", "line_type", "city", "region", "zip_code", "timezone", "name", "formatted")) {
                json.put(name, "N/A");
            }
        }));

        CheckResponse response = check("+18007132618");

        assertThat(texts(response)).doesNotContainKeys("carrier", "line_type", "city", "region", "zip_code", "timezone",
                "name", "formatted", "active_status", "sms_domain", "sms_email", "mcc", "mnc");
        assertThat(texts(response)).containsEntry("fraud_score", "100");
        assertThat(answered(response).partial()).isFalse();
    }

    @Test
    void exposesTheUpperCaseVoipFlagAsVoip() {
        answerPhoneLookupsWith(fixture("phone.json", json -> json.put("VOIP", true)));

        assertThat(texts(check("+18007132618"))).containsEntry("voip", "true").doesNotContainKey("VOIP");
    }

    @Test
    void readsTheFieldsAnEnhancedLookupFills() {
        answerPhoneLookupsWith(fixture("phone.json", json -> {
            json.put("active_status", "Active");
            json.put("name", "Jane Doe");
            json.put("mcc", "310");
            json.put("mnc", "260");
            json.put("sms_domain", "tmomail.net");
            json.put("sms_email", "18007132618@tmomail.net");
            ((ObjectNode) json.get("associated_email_addresses")).putArray("emails").add("jane@example.com").add("j.doe@example.org");
        }));

        assertThat(texts(check("+18007132618"))).contains(
                entry("active_status", "Active"),
                entry("name", "Jane Doe"),
                entry("mcc", "310"),
                entry("mnc", "260"),
                entry("sms_domain", "tmomail.net"),
                entry("sms_email", "18007132618@tmomail.net"),
                entry("associated_emails", "jane@example.com, j.doe@example.org"));
    }

    @Test
    void marksTheAnswerPartialWhenAValueIsNotOfItsDocumentedType() {
        answerPhoneLookupsWith(fixture("phone.json", json -> {
            json.put("fraud_score", "high");
            json.put("valid", "perhaps");
        }));

        CheckResponse.Answered answer = answered(check("+18007132618"));

        assertThat(answer.partial()).isTrue();
        assertThat(answer.values()).doesNotContainKeys("fraud_score", "risk_level", "valid").containsKey("carrier");
    }

    @Test
    void sendsTheKeyOnlyInTheHeaderAndTheNumberAsE164DigitsWithEveryParameter() {
        answerPhoneLookupsWith(fixture("phone.json"));

        CheckResponse response = check("(512) 555-0199", "strictness", "1", "country", "us, CA", "enhanced_line_check", "true",
                "enhanced_name_check", "false");

        LoggedRequest sent = onlyRequest();
        assertThat(sent.getHeader("IPQS-KEY")).isEqualTo(KEY);
        assertThat(sent.getUrl()).doesNotContain(KEY)
                .isEqualTo(API + "/json/phone/15125550199?strictness=1&country%5B%5D=US&country%5B%5D=CA"
                        + "&enhanced_line_check=true&enhanced_name_check=false");
        ipqs.verify(getRequestedFor(urlPathEqualTo(API + "/json/phone/15125550199"))
                .withHeader("IPQS-KEY", equalTo(KEY))
                .withQueryParam("strictness", equalTo("1"))
                .withQueryParam("country[]", havingExactly("US", "CA"))
                .withQueryParam("enhanced_line_check", equalTo("true"))
                .withQueryParam("enhanced_name_check", equalTo("false"))
                .withQueryParam("key", absent()));
        assertThat(response.requestAsSent()).isEqualTo(
                "GET /json/phone/15125550199?strictness=1&country[]=US&country[]=CA&enhanced_line_check=true"
                        + "&enhanced_name_check=false\nIPQS-KEY: ****");
    }

    @Test
    void sendsTheSettingsDefaultsWhenTheSetupSetsNone() {
        answerPhoneLookupsWith(fixture("phone.json"));

        check("+18007132618");

        assertThat(onlyRequest().getUrl()).isEqualTo(API + "/json/phone/18007132618?strictness=0&enhanced_line_check=false"
                + "&enhanced_name_check=false");
    }

    @Test
    void letsAMappedRequestFieldOverrideTheSettingForOneLead() {
        answerPhoneLookupsWith(fixture("phone.json"));
        CheckRequest request = IpqsFixtures.request(List.of(
                field("phone", FieldType.PHONE, "+44 20 7946 0958"),
                field("strictness", FieldType.NUMBER, "2"),
                field("country", FieldType.STRING, "GB")), "strictness", "0", "country", "US");

        check.check(request);

        assertThat(onlyRequest().getUrl()).isEqualTo(API + "/json/phone/442079460958?strictness=2&country%5B%5D=GB"
                + "&enhanced_line_check=false&enhanced_name_check=false");
    }

    @Test
    void sendsTheDigitsOfANumberTooShortToReadWithItsCountries() {
        answerPhoneLookupsWith(fixture("phone.json"));

        check("555-1212", "country", "US");

        assertThat(onlyRequest().getUrl()).startsWith(API + "/json/phone/5551212?strictness=0&country%5B%5D=US&");
    }

    @Test
    void refusesANumberOfFewerThanTenDigitsWithoutACountryBeforeCalling() {
        CheckResponse.Failed failed = failed(check("555-1212"));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(failed.message()).contains("7 digits").contains("country");
        assertThat(failed.requestAsSent()).startsWith("GET /json/phone/5551212?");
        assertThat(ipqs.getAllServeEvents()).isEmpty();
        assertThat(access.failures).isEmpty();
    }

    @Test
    void refusesAnUnknownCountryBeforeCallingAndWhenTheSetupIsSaved() {
        CheckResponse.Failed failed = failed(check("+18007132618", "country", "US,XX"));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(failed.message()).startsWith("country: 'XX'");
        assertThat(ipqs.getAllServeEvents()).isEmpty();
        assertThat(check.settingProblems(Map.of("country", "US,XX"))).containsExactly(entry("country",
                "'XX' is not a two-letter ISO 3166 country code with phone numbers (for example US, CA, GB)"));
        assertThat(check.settingProblems(Map.of("country", "US, ca"))).isEmpty();
        assertThat(check.settingProblems(Map.of())).isEmpty();
    }

    @Test
    void refusesAStrictnessIpqsDoesNotHaveBeforeCalling() {
        CheckRequest request = IpqsFixtures.request(List.of(
                field("phone", FieldType.PHONE, "+18007132618"),
                field("strictness", FieldType.NUMBER, "3")));

        CheckResponse.Failed failed = failed(check.check(request));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(failed.message()).isEqualTo("strictness: '3' is not a whole number from 0 to 2");
        assertThat(ipqs.getAllServeEvents()).isEmpty();
    }

    @Test
    void refusesAPhoneWithoutDigits() {
        assertThat(failed(check("not a phone")).kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(ipqs.getAllServeEvents()).isEmpty();
    }

    @Test
    void answersNotConnectedWithoutCallingWhenThereIsNoKey() {
        check = new IpqsPhoneCheck(IpqsFixtures.client(IpqsFixtures.testProperties(), FakeProviderAccess.notConnected()));

        CheckResponse.Failed failed = failed(check("+18007132618"));

        assertThat(failed.kind()).isEqualTo(ErrorKind.NOT_CONNECTED);
        assertThat(failed.message()).contains("IPQualityScore is not connected");
        assertThat(failed.requestAsSent()).startsWith("GET /json/phone/18007132618?");
        assertThat(ipqs.getAllServeEvents()).isEmpty();
    }

    @Test
    void failsRatherThanPassingTheLeadWhenIpqsRefusesTheKey() {
        answerPhoneLookupsWith(fixture("error-invalid-key.json"));

        CheckResponse.Failed failed = failed(check("+18007132618"));

        assertThat(failed.kind()).isEqualTo(ErrorKind.AUTH);
        assertThat(failed.rawResponse()).isEqualTo(fixture("error-invalid-key.json"));
        assertThat(access.failures).extracting(FakeProviderAccess.Failure::kind).containsExactly(ErrorKind.AUTH);
        assertThat(access.successes).isEmpty();
    }

    @Test
    void refusesAnotherSuccessFalseAsABadRequestWithIpqsMessage() {
        answerPhoneLookupsWith(fixture("error-invalid-phone.json"));

        CheckResponse.Failed failed = failed(check("+18007132618"));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(failed.message()).isEqualTo("IPQualityScore refused the phone lookup: Invalid phone number. Please check "
                + "the number and country and try again.");
    }
}

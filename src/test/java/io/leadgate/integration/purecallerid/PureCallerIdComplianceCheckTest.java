package io.leadgate.integration.purecallerid;

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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.integration.purecallerid.PureCallerIdFixtures.KEY;
import static io.leadgate.integration.purecallerid.PureCallerIdFixtures.LEAD_LOAD_PATH;
import static io.leadgate.integration.purecallerid.PureCallerIdFixtures.SPAM_PATH;
import static io.leadgate.testing.CheckAnswers.answered;
import static io.leadgate.testing.CheckAnswers.assertFitsDescriptor;
import static io.leadgate.integration.purecallerid.PureCallerIdFixtures.assertKeyNotIn;
import static io.leadgate.testing.CheckAnswers.failed;
import static io.leadgate.integration.purecallerid.PureCallerIdFixtures.fixture;
import static io.leadgate.integration.purecallerid.PureCallerIdFixtures.leadLoad;
import static io.leadgate.integration.purecallerid.PureCallerIdFixtures.phoneRequest;
import static io.leadgate.testing.CheckAnswers.texts;
import static io.leadgate.integration.purecallerid.PureCallerIdFixtures.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.purecallerid.PureCallerIdFixtures.FakeProviderAccess;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Pure CallerID compliance pass in each mode, and read through changed path settings, against a local fake. */
class PureCallerIdComplianceCheckTest {

    @RegisterExtension
    static WireMockExtension pci = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private FakeProviderAccess access;
    private PureCallerIdComplianceCheck check;

    @BeforeEach
    void connect() {
        access = FakeProviderAccess.connectedTo(pci.baseUrl());
        check = new PureCallerIdComplianceCheck(PureCallerIdFixtures.client(PureCallerIdFixtures.testProperties(), access));
    }

    private CheckResponse screen(CheckRequest request) {
        CheckResponse response = check.check(request);
        assertKeyNotIn(response);
        return response;
    }

    private static void loadAnswers(String body) {
        pci.stubFor(post(urlPathEqualTo(LEAD_LOAD_PATH)).willReturn(okJson(body)));
    }

    private static void spamAnswers(String body) {
        pci.stubFor(get(urlPathEqualTo(SPAM_PATH)).willReturn(okJson(body)));
    }

    @Test
    void loadsTheLeadAndReadsItsAcceptance() {
        loadAnswers(fixture("lead-load-accepted.json"));

        CheckResponse response = screen(phoneRequest("(212) 555-1234", leadLoad()));

        assertThat(texts(response)).containsExactly(entry("status", "Accepted"), entry("accepted", "true"),
                entry("message", "Lead loaded"));
        assertThat(answered(response).partial()).isFalse();
        assertThat(answered(response).rawResponse()).isEqualTo(fixture("lead-load-accepted.json"));
        assertFitsDescriptor(check, response);
        assertThat(access.successes).containsExactly(PureCallerIdProvider.ID);
        pci.verify(0, getRequestedFor(anyUrl()));
    }

    @Test
    void readsARejectionAndItsReason() {
        loadAnswers(fixture("lead-load-rejected.json"));

        assertThat(texts(screen(phoneRequest("(212) 555-1234", leadLoad())))).contains(entry("status", "Rejected"),
                entry("accepted", "false"), entry("reason", "DNC"), entry("message", "Lead rejected by campaign rules"));
    }

    @Test
    void postsTheDocumentedLeadLoadBodyWithTheKeyOnlyInTheHeader() {
        loadAnswers(fixture("lead-load-accepted.json"));
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        fields.put("phone", value(FieldType.PHONE, "+1 212 555 1234"));
        fields.put("postal_code", value(FieldType.POSTAL_CODE, "10001-2345"));
        fields.put("first_name", value(FieldType.STRING, " John "));
        fields.put("last_name", value(FieldType.STRING, "Doe"));
        fields.put("address", value(FieldType.STRING, "123 Any Street"));
        fields.put("city", value(FieldType.STRING, "New York"));
        fields.put("state", value(FieldType.STATE, "new york"));
        fields.put("email", value(FieldType.EMAIL, "you@email.com"));

        CheckResponse response = screen(PureCallerIdFixtures.request(fields, leadLoad("list_name", "Real Time Leads - Jan 2024")));

        pci.verify(1, postRequestedFor(urlPathEqualTo(LEAD_LOAD_PATH))
                .withHeader("X-API-KEY", equalTo(KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {
                          "campaignId": "65ae6e4b6bf35b2344b109e5",
                          "dialerListId": "demoList001",
                          "listName": "Real Time Leads - Jan 2024",
                          "fields": [
                            {"value": "2125551234", "dialerField": "number1", "type": "Phone"},
                            {"value": "10001", "dialerField": "zip", "type": "Zip"},
                            {"value": "John", "dialerField": "first_name"},
                            {"value": "Doe", "dialerField": "last_name"},
                            {"value": "123 Any Street", "dialerField": "street"},
                            {"value": "New York", "dialerField": "city"},
                            {"value": "NY", "dialerField": "state"},
                            {"value": "you@email.com", "dialerField": "email"}
                          ]
                        }""")));
        assertThat(pci.getAllServeEvents()).allSatisfy(e -> assertThat(e.getRequest().getUrl()).isEqualTo(LEAD_LOAD_PATH));
        assertThat(response.requestAsSent()).startsWith("POST " + LEAD_LOAD_PATH + "\nX-API-KEY: ****\n"
                + "Content-Type: application/json\n\n{\"campaignId\":\"65ae6e4b6bf35b2344b109e5\"");
    }

    @Test
    void sendsOnlyThePhoneWhenTheLeadHasNothingElseAndTheDialerFieldsTheSetupNames() {
        loadAnswers(fixture("lead-load-accepted.json"));

        screen(phoneRequest("+12125551234", leadLoad("phone_dialer_field", "phone_main", "list_name", "Web leads")));

        pci.verify(postRequestedFor(urlPathEqualTo(LEAD_LOAD_PATH)).withRequestBody(equalToJson("""
                {"campaignId": "65ae6e4b6bf35b2344b109e5", "dialerListId": "demoList001", "listName": "Web leads",
                 "fields": [{"value": "2125551234", "dialerField": "phone_main", "type": "Phone"}]}""")));
    }

    @Test
    void readsARejectionPureCallerIdAnswersWithAClientErrorStatus() {
        pci.stubFor(post(urlPathEqualTo(LEAD_LOAD_PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(fixture("lead-load-rejected.json"))));

        CheckResponse response = screen(phoneRequest("+12125551234", leadLoad()));

        assertThat(texts(response)).contains(entry("accepted", "false"), entry("reason", "DNC"));
        assertThat(pci.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    }

    @Test
    void checksTheNumbersSpamScoreWithAGetOfTheTenDigits() {
        spamAnswers(fixture("spam-high.json"));

        CheckResponse response = screen(phoneRequest("(212) 555-1234", "mode", "spam_check"));

        assertThat(texts(response)).containsExactly(entry("spam_score", "91"), entry("risk_level", "HIGH"));
        assertThat(answered(response).values().get("spam_score").number()).hasValueSatisfying(n ->
                assertThat(n).isEqualByComparingTo("91"));
        pci.verify(1, getRequestedFor(urlPathEqualTo(SPAM_PATH)).withQueryParam("number", equalTo("2125551234"))
                .withHeader("X-API-KEY", equalTo(KEY)));
        pci.verify(0, postRequestedFor(anyUrl()));
        assertThat(response.requestAsSent()).isEqualTo("GET " + SPAM_PATH + "?number=2125551234\nX-API-KEY: ****");
        assertFitsDescriptor(check, response);
    }

    @Test
    void makesBothCallsAndReadsEachFieldFromTheAnswerThatHasIt() {
        loadAnswers(fixture("lead-load-rejected.json"));
        spamAnswers(fixture("spam-low.json"));

        CheckResponse response = screen(phoneRequest("+12125551234", leadLoad("mode", "both")));

        assertThat(texts(response)).containsExactly(entry("status", "Rejected"), entry("accepted", "false"),
                entry("reason", "DNC"), entry("message", "Lead rejected by campaign rules"), entry("spam_score", "12"),
                entry("risk_level", "LOW"));
        assertThat(answered(response).partial()).isFalse();
        assertThat(response.requestAsSent()).startsWith("POST " + LEAD_LOAD_PATH).contains("\n\nGET " + SPAM_PATH);
        assertThat(response.rawResponse()).startsWith("lead load (HTTP 200):\n" + fixture("lead-load-rejected.json"))
                .contains("spam check (HTTP 200):\n" + fixture("spam-low.json"));
        assertThat(access.successes).hasSize(2);
    }

    @Test
    void keepsTheLeadLoadsAnswerMarkedPartialWhenTheSpamCheckAfterItFails() {
        loadAnswers(fixture("lead-load-rejected.json"));
        pci.stubFor(get(urlPathEqualTo(SPAM_PATH)).willReturn(aResponse().withStatus(503)));

        CheckResponse response = screen(phoneRequest("+12125551234", leadLoad("mode", "both")));

        assertThat(texts(response)).contains(entry("accepted", "false"), entry("reason", "DNC"))
                .doesNotContainKeys("spam_score", "risk_level");
        assertThat(answered(response).partial()).isTrue();
        assertThat(response.rawResponse()).contains("spam check failed (UNAVAILABLE)");
    }

    @Test
    void failsWithoutCallingTheSpamCheckWhenTheLeadLoadFails() {
        pci.stubFor(post(urlPathEqualTo(LEAD_LOAD_PATH)).willReturn(aResponse().withStatus(401)));
        spamAnswers(fixture("spam-low.json"));

        CheckResponse.Failed failed = failed(screen(phoneRequest("+12125551234", leadLoad("mode", "both"))));

        assertThat(failed.kind()).isEqualTo(ErrorKind.AUTH);
        pci.verify(0, getRequestedFor(anyUrl()));
    }

    @Test
    void readsAnotherContractThroughChangedPathSettings() {
        pci.stubFor(get(urlPathEqualTo("/api/v2/compliance/lookup")).willReturn(okJson(fixture("compliance-custom-contract.json"))));

        CheckResponse response = screen(phoneRequest("+12125551234",
                "mode", "spam_check",
                "spam_check_path", "/api/v2/compliance/lookup?phone={phone}&fields=all",
                "path_status", "$.result.status",
                "path_reason", "$.result.code",
                "path_message", "",
                "path_spam_score", "",
                "path_risk_level", "",
                "path_national_dnc", "$.result.dnc.national",
                "path_state_dnc", "/result/dnc/state",
                "path_litigator_hits", "$.result.litigator.cases",
                "path_litigator_description", "$['result']['litigator']['summary']",
                "path_recommended_action", "$.result.advice",
                "path_line_type", "$.result.line.type",
                "path_carrier", "$.result.line.carrier",
                "path_prepaid", "$.result.line.prepaid",
                "path_active", "/result/line/active"));

        assertThat(texts(response)).containsExactly(
                entry("status", "Rejected"),
                entry("accepted", "false"),
                entry("reason", "LITIGATOR"),
                entry("national_dnc", "true"),
                entry("state_dnc", "false"),
                entry("litigator_hits", "2"),
                entry("litigator_description", "Serial TCPA plaintiff"),
                entry("recommended_action", "DO_NOT_CALL"),
                entry("line_type", "wireless"),
                entry("carrier", "Example Mobile"),
                entry("prepaid", "true"),
                entry("active", "true"));
        assertThat(answered(response).partial()).isFalse();
        assertFitsDescriptor(check, response);
        pci.verify(1, getRequestedFor(urlPathEqualTo("/api/v2/compliance/lookup"))
                .withQueryParam("phone", equalTo("2125551234")).withQueryParam("fields", equalTo("all"))
                .withHeader("X-API-KEY", equalTo(KEY)));
    }

    @Test
    void readsTheDefaultPathsOfEveryFieldTheCompliancePassIsSaidToReturn() {
        loadAnswers("""
                {"status": "Rejected", "reason": "LITIGATOR", "message": "Known litigator",
                 "nationalDnc": false, "stateDnc": true, "litigatorHits": 3, "litigatorDescription": "TCPA plaintiff",
                 "recommendedAction": "Reject", "lineType": "Landline", "carrier": "Verizon", "prepaid": false,
                 "active": true}""");

        CheckResponse response = screen(phoneRequest("+12125551234", leadLoad()));

        assertThat(texts(response)).contains(entry("national_dnc", "false"), entry("state_dnc", "true"),
                entry("litigator_hits", "3"), entry("litigator_description", "TCPA plaintiff"),
                entry("recommended_action", "Reject"), entry("line_type", "Landline"), entry("carrier", "Verizon"),
                entry("prepaid", "false"), entry("active", "true"));
        assertFitsDescriptor(check, response);
    }

    @Test
    void leavesOutAValueOfTheWrongTypeAndSaysTheAnswerIsPartial() {
        spamAnswers("{\"spamScore\": \"very\", \"riskLevel\": \"HIGH\"}");

        CheckResponse response = screen(phoneRequest("+12125551234", "mode", "spam_check"));

        assertThat(texts(response)).containsExactly(entry("risk_level", "HIGH"));
        assertThat(answered(response).partial()).isTrue();
    }

    @Test
    void answersBadResponseWhenTheLeadLoadsAnswerHasNoStatusWherePathStatusSays() {
        loadAnswers("{\"result\": \"Accepted\"}");

        CheckResponse.Failed failed = failed(screen(phoneRequest("+12125551234", leadLoad())));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_RESPONSE);
        assertThat(failed.message()).isEqualTo("Pure CallerID's answer to the lead load has nothing at $.status: set the "
                + "path settings to where your Pure CallerID contract puts these values");
        assertThat(access.failures).extracting(FakeProviderAccess.Failure::kind).containsExactly(ErrorKind.BAD_RESPONSE);
    }

    @Test
    void answersBadResponseWhenTheSpamCheckHasNeitherScoreNorRiskLevel() {
        spamAnswers("{\"score\": 12}");

        assertThat(failed(screen(phoneRequest("+12125551234", "mode", "spam_check"))).message())
                .contains("nothing at $.spamScore or $.riskLevel");
    }

    @Test
    void refusesALeadLoadWithoutACampaignBeforeCalling() {
        CheckResponse.Failed failed = failed(screen(phoneRequest("+12125551234")));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(failed.message()).isEqualTo("setting campaign_id is required for a lead load (mode lead_load)");
        pci.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void refusesANumberOutsideNorthAmericaBeforeCalling() {
        CheckResponse.Failed failed = failed(screen(phoneRequest("+44 20 7946 0958", "mode", "spam_check")));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(failed.message()).doesNotContain("7946");
        pci.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void callsNothingWithoutAConnection() {
        check = new PureCallerIdComplianceCheck(PureCallerIdFixtures.client(PureCallerIdFixtures.testProperties(),
                FakeProviderAccess.notConnected()));

        CheckResponse.Failed failed = failed(screen(phoneRequest("+12125551234", "mode", "spam_check")));

        assertThat(failed.kind()).isEqualTo(ErrorKind.NOT_CONNECTED);
        assertThat(failed.message()).startsWith("Pure CallerID is not connected");
        pci.verify(0, anyRequestedFor(anyUrl()));
    }
}

package io.leadgate.integration.trestle;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.integration.trestle.TrestleFixtures.KEY;
import static io.leadgate.integration.trestle.TrestleFixtures.REAL_CONTACT_1_1;
import static io.leadgate.integration.trestle.TrestleFixtures.REAL_CONTACT_2_0;
import static io.leadgate.testing.CheckAnswers.answered;
import static io.leadgate.testing.CheckAnswers.assertFitsDescriptor;
import static io.leadgate.integration.trestle.TrestleFixtures.assertKeyNotIn;
import static io.leadgate.testing.CheckAnswers.failed;
import static io.leadgate.integration.trestle.TrestleFixtures.field;
import static io.leadgate.integration.trestle.TrestleFixtures.fixture;
import static io.leadgate.integration.trestle.TrestleFixtures.johnDoe;
import static io.leadgate.integration.trestle.TrestleFixtures.query;
import static io.leadgate.testing.CheckAnswers.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.integration.trestle.TrestleFixtures.FakeProviderAccess;
import io.leadgate.lead.field.FieldType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

class TrestleRealContactCheckTest {

    @RegisterExtension
    static WireMockExtension trestle = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Map<String, String> EVERY_ADD_ON = Map.of(
            "litigator_checks", "true", "email_checks_deliverability", "true", "email_checks_age", "true");

    private FakeProviderAccess access;
    private TrestleRealContactCheck check;

    @BeforeEach
    void connect() {
        access = FakeProviderAccess.connectedTo(trestle.baseUrl());
        check = new TrestleRealContactCheck(TrestleFixtures.client(TrestleFixtures.testProperties(), access));
    }

    private CheckResponse check(List<Object[]> fields, Map<String, String> settings) {
        CheckResponse response = check.check(TrestleFixtures.request(fields, settings));
        assertKeyNotIn(response);
        if (response instanceof CheckResponse.Answered) {
            assertFitsDescriptor(check, response);
        }
        return response;
    }

    private static void answerWith(String path, String body) {
        trestle.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(body)));
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = trestle.findAll(getRequestedFor(urlPathMatching(".*")));
        assertThat(requests).hasSize(1);
        return requests.getFirst();
    }

    @Test
    void answersEveryFieldOfTrestlesVersion2ExampleTyped() {
        answerWith(REAL_CONTACT_2_0, fixture("real-contact/response.success.json"));

        CheckResponse response = check(johnDoe(), EVERY_ADD_ON);

        assertThat(texts(response)).containsExactly(
                entry("phone_valid", "true"),
                entry("phone_activity_score", "95"),
                entry("phone_activity", "connected"),
                entry("phone_line_type", "Mobile"),
                entry("phone_name_match", "true"),
                entry("phone_contact_grade", "A"),
                entry("email_valid", "true"),
                entry("email_name_match", "true"),
                entry("email_contact_grade", "A"),
                entry("address_valid", "true"),
                entry("address_name_match", "true"),
                entry("ip_trust_score", "92"),
                entry("ip_distance_to_address", "12"),
                entry("litigator_risk", "false"),
                entry("email_age_score", "95"),
                entry("email_deliverable", "true"));
        assertThat(answered(response).partial()).isFalse();
        assertThat(answered(response).rawResponse()).isEqualTo(fixture("real-contact/response.success.json"));
        assertThat(access.successes).containsExactly(TrestleProvider.ID);
        assertThat(access.failures).isEmpty();
    }

    @Test
    void sendsTheKeyOnlyInTheHeaderAndEveryFieldAsTrestlesQueryParameter() {
        answerWith(REAL_CONTACT_2_0, fixture("real-contact/response.success.json"));

        CheckResponse response = check(johnDoe(), EVERY_ADD_ON);

        LoggedRequest sent = onlyRequest();
        assertThat(sent.getMethod().getName()).isEqualTo("GET");
        assertThat(sent.getHeader("x-api-key")).isEqualTo(KEY);
        assertThat(sent.getUrl()).doesNotContain(KEY).startsWith(REAL_CONTACT_2_0 + "?name=John%20Doe&");
        assertThat(query(sent)).containsExactly(
                entry("name", "John Doe"),
                entry("phone", "4259853735"),
                entry("email", "john.doe@example.com"),
                entry("ip_address", "192.0.0.1"),
                entry("address.street_line_1", "100 Syrws St"),
                entry("address.city", "Lynden"),
                entry("address.state_code", "WA"),
                entry("address.postal_code", "98264"),
                entry("address.country_code", "US"),
                entry("add_ons", "litigator_checks,email_checks_deliverability,email_checks_age"));
        assertThat(response.requestAsSent()).isEqualTo("GET " + REAL_CONTACT_2_0 + "?name=John%20Doe&phone=4259853735"
                + "&email=john.doe@example.com&ip_address=192.0.0.1&address.street_line_1=100%20Syrws%20St"
                + "&address.city=Lynden&address.state_code=WA&address.postal_code=98264&address.country_code=US"
                + "&add_ons=litigator_checks,email_checks_deliverability,email_checks_age\nx-api-key: ****");
    }

    @Test
    void sendsTheSecondStreetLineAndTheBusinessNameWhenMapped() {
        answerWith(REAL_CONTACT_2_0, fixture("real-contact/response.success.json"));

        check(List.of(field("name", FieldType.STRING, "Jane Roe"), field("phone", FieldType.PHONE, "(206) 973-5100"),
                field("street_line_2", FieldType.STRING, "Apt 4B"),
                field("business_name", FieldType.STRING, "The Golden Company"),
                field("country_code", FieldType.STRING, "us")), Map.of());

        assertThat(query(onlyRequest())).containsExactly(
                entry("name", "Jane Roe"),
                entry("phone", "2069735100"),
                entry("address.street_line_2", "Apt 4B"),
                entry("address.country_code", "US"),
                entry("business.name", "The Golden Company"));
    }

    @Test
    void sendsNoAddOnUnlessASettingAsksForIt() {
        answerWith(REAL_CONTACT_2_0, fixture("real-contact/response.success.json"));

        check(johnDoe(), Map.of());

        assertThat(query(onlyRequest())).doesNotContainKey("add_ons");
    }

    @Test
    void sendsNoEmailAddOnForALeadWithoutEmailSoNoneIsPaidForNothing() {
        answerWith(REAL_CONTACT_2_0, fixture("real-contact/response.success.json"));

        check(List.of(field("name", FieldType.STRING, "John Doe"), field("phone", FieldType.PHONE, "4259853735")),
                EVERY_ADD_ON);

        assertThat(query(onlyRequest())).containsEntry("add_ons", "litigator_checks").doesNotContainKey("email");
    }

    @Test
    void buildsTheNameFromFirstAndLastNameWhenNoFullNameIsMapped() {
        answerWith(REAL_CONTACT_2_0, fixture("real-contact/response.success.json"));

        check(List.of(field("first_name", FieldType.STRING, " John "), field("last_name", FieldType.STRING, "Doe"),
                field("phone", FieldType.PHONE, "4259853735")), Map.of());

        assertThat(query(onlyRequest())).containsEntry("name", "John Doe").doesNotContainKeys("first_name", "last_name");
    }

    @Test
    void sendsTheFirstNameAloneWhenThatIsAllTheLeadHas() {
        answerWith(REAL_CONTACT_2_0, fixture("real-contact/response.success.json"));

        check(List.of(field("first_name", FieldType.STRING, "Cher"), field("phone", FieldType.PHONE, "4259853735")), Map.of());

        assertThat(query(onlyRequest())).containsEntry("name", "Cher");
    }

    @Test
    void prefersTheFullNameOverItsParts() {
        answerWith(REAL_CONTACT_2_0, fixture("real-contact/response.success.json"));

        check(List.of(field("name", FieldType.STRING, "Johnathan Q. Doe"), field("first_name", FieldType.STRING, "John"),
                field("last_name", FieldType.STRING, "Doe"), field("phone", FieldType.PHONE, "4259853735")), Map.of());

        assertThat(query(onlyRequest())).containsEntry("name", "Johnathan Q. Doe");
    }

    @Test
    void refusesALeadWithoutAnyNameWithoutCallingTrestle() {
        CheckResponse.Failed failed = failed(check(List.of(field("phone", FieldType.PHONE, "4259853735"),
                field("business_name", FieldType.STRING, "The Golden Company")), Map.of()));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(failed.message()).isEqualTo("Trestle Real Contact needs the lead's name: map name, or first_name and last_name");
        assertThat(trestle.getAllServeEvents()).isEmpty();
        assertThat(access.failures).isEmpty();
    }

    @Test
    void refusesAPhoneWithoutDigitsWithoutCallingTrestle() {
        CheckResponse.Failed failed = failed(check(List.of(field("name", FieldType.STRING, "John Doe"),
                field("phone", FieldType.PHONE, "call me")), Map.of()));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(trestle.getAllServeEvents()).isEmpty();
    }

    @Test
    void sendsANumberOutsideNorthAmericaInE164WithItsPlusEscaped() {
        answerWith(REAL_CONTACT_2_0, fixture("real-contact/response.success.json"));

        check(List.of(field("name", FieldType.STRING, "John Doe"), field("phone", FieldType.PHONE, "+44 20 7183 8750")),
                Map.of());

        assertThat(onlyRequest().getUrl()).contains("phone=%2B442071838750");
        assertThat(query(onlyRequest())).containsEntry("phone", "+442071838750");
    }

    @Test
    void callsVersion11AndReadsItsFlatDottedKeysFromTrestlesReferenceExample() {
        answerWith(REAL_CONTACT_1_1, fixture("real-contact-v1-1/response.example.json"));

        CheckResponse response = check(johnDoe(), Map.of("api_version", "1.1", "litigator_checks", "true",
                "email_checks_deliverability", "true", "email_checks_age", "true"));

        assertThat(onlyRequest().getUrl()).startsWith(REAL_CONTACT_1_1 + "?");
        assertThat(onlyRequest().getHeader("x-api-key")).isEqualTo(KEY);
        assertThat(query(onlyRequest())).doesNotContainKey("api_key");
        assertThat(texts(response)).containsExactly(
                entry("phone_valid", "true"),
                entry("phone_activity_score", "57"),
                entry("phone_activity", "uncertain"),
                entry("phone_line_type", "Mobile"),
                entry("phone_name_match", "true"),
                entry("phone_contact_grade", "A"),
                entry("email_valid", "true"),
                entry("email_name_match", "true"),
                entry("email_contact_grade", "F"),
                entry("address_valid", "true"),
                entry("address_name_match", "true"),
                entry("litigator_risk", "false"),
                entry("email_age_score", "70"),
                entry("email_deliverable", "false"),
                entry("warnings", "Missing Input"));
        // Trestle's example carries error {InternalError, "Could not retrieve entire response"}: a partial answer
        assertThat(answered(response).partial()).isTrue();
    }

    @Test
    void readsACompleteVersion11AnswerAsWhole() {
        answerWith(REAL_CONTACT_1_1, fixture("real-contact-v1-1/response.example.json", json -> json.remove("error")));

        CheckResponse response = check(johnDoe(), Map.of("api_version", "1.1"));

        assertThat(answered(response).partial()).isFalse();
        assertThat(texts(response)).containsEntry("phone_activity_score", "57");
    }

    @Test
    void acceptsTheLineTypeSpelledLinetypeAsSomeVersion11ClientsRead() {
        answerWith(REAL_CONTACT_1_1, fixture("real-contact-v1-1/response.example.json", json -> {
            json.remove("phone.line_type");
            json.put("phone.linetype", "NonFixedVOIP");
        }));

        CheckResponse response = check(johnDoe(), Map.of("api_version", "1.1"));

        assertThat(texts(response)).containsEntry("phone_line_type", "NonFixedVOIP");
    }

    @Test
    void readsTheNestedShapeEvenWhenVersion11WasAskedAsTrestlesOpenApiFileShowsIt() {
        answerWith(REAL_CONTACT_1_1, fixture("real-contact/response.success.json"));

        CheckResponse response = check(johnDoe(), Map.of("api_version", "1.1"));

        assertThat(texts(response)).containsEntry("phone_activity_score", "95").containsEntry("ip_trust_score", "92");
    }

    @Test
    void marksAVersion2AnswerWithErrorsAsPartialAndKeepsEveryValueItHas() {
        answerWith(REAL_CONTACT_2_0, fixture("real-contact/response.success.json", json -> {
            json.remove("add_ons");
            json.remove("ip_address");
            json.putObject("errors").put("name", "InternalError").put("message", "Could not retrieve entire response");
        }));

        CheckResponse response = check(johnDoe(), EVERY_ADD_ON);

        assertThat(answered(response).partial()).isTrue();
        assertThat(texts(response)).containsEntry("phone_activity_score", "95").containsEntry("email_valid", "true")
                .doesNotContainKeys("litigator_risk", "ip_trust_score");
        assertThat(access.successes).containsExactly(TrestleProvider.ID);
    }

    @Test
    void marksAnAnswerWithATimeoutWarningAsPartial() {
        answerWith(REAL_CONTACT_2_0, fixture("real-contact/response.success.json", json -> {
            ((ObjectNode) json.get("add_ons")).putNull("litigator_checks");
            json.putArray("warnings").add("TimeoutError: Timeout getting response for litigator check. Partial response returned.")
                    .add("Free Email Service Provider");
        }));

        CheckResponse response = check(johnDoe(), EVERY_ADD_ON);

        assertThat(answered(response).partial()).isTrue();
        assertThat(texts(response)).doesNotContainKey("litigator_risk").containsEntry("warnings",
                "TimeoutError: Timeout getting response for litigator check. Partial response returned., "
                        + "Free Email Service Provider");
    }

    @Test
    void joinsTrestlesWarningsWithCommas() {
        answerWith(REAL_CONTACT_2_0, fixture("real-contact/response.success.json", json -> json.putArray("warnings")
                .add("Lead is a Litigator. Must not be contacted.").add("Invalid Address")));

        CheckResponse response = check(johnDoe(), EVERY_ADD_ON);

        assertThat(texts(response)).containsEntry("warnings", "Lead is a Litigator. Must not be contacted., Invalid Address");
        assertThat(answered(response).partial()).isFalse();
    }

    @Test
    void leavesOutWhatTrestleAnswersAsNullWithoutCallingItPartial() {
        answerWith(REAL_CONTACT_2_0, fixture("real-contact/response.success.json", json -> {
            ((ObjectNode) json.get("phone")).putNull("activity_score").putNull("line_type");
            json.putNull("ip_address");
            json.putNull("add_ons");
        }));

        CheckResponse response = check(johnDoe(), Map.of());

        assertThat(texts(response)).doesNotContainKeys("phone_activity_score", "phone_activity", "phone_line_type",
                "ip_trust_score", "ip_distance_to_address", "litigator_risk", "email_age_score", "email_deliverable");
        assertThat(texts(response)).containsEntry("phone_valid", "true");
        assertThat(answered(response).partial()).isFalse();
    }

    @Test
    void leavesOutAValueOfTheWrongTypeAndMarksTheAnswerPartial() {
        answerWith(REAL_CONTACT_2_0, fixture("real-contact/response.success.json", json ->
                ((ObjectNode) json.get("phone")).put("activity_score", "high").put("is_valid", "yes please")));

        CheckResponse response = check(johnDoe(), Map.of());

        assertThat(texts(response)).doesNotContainKeys("phone_activity_score", "phone_activity", "phone_valid");
        assertThat(answered(response).partial()).isTrue();
    }

    @Test
    void readsNumbersAndBooleansTrestleSendsAsText() {
        answerWith(REAL_CONTACT_2_0, fixture("real-contact/response.success.json", json ->
                ((ObjectNode) json.get("phone")).put("activity_score", "12").put("is_valid", "false")));

        CheckResponse response = check(johnDoe(), Map.of());

        assertThat(texts(response)).containsEntry("phone_activity_score", "12").containsEntry("phone_activity", "disconnected")
                .containsEntry("phone_valid", "false");
        assertThat(answered(response).partial()).isFalse();
    }

    @Test
    void refusesAnApiVersionTrestleDoesNotHaveWithoutCalling() {
        CheckResponse.Failed failed = failed(check(johnDoe(), Map.of("api_version", "3.0")));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(failed.message()).isEqualTo("api_version: '3.0' is not 2.0 or 1.1");
        assertThat(trestle.getAllServeEvents()).isEmpty();
    }

    @Test
    void answersNotConnectedWithoutCallingWhenThereIsNoKey() {
        check = new TrestleRealContactCheck(TrestleFixtures.client(TrestleFixtures.testProperties(),
                FakeProviderAccess.notConnected()));

        CheckResponse.Failed failed = failed(check(johnDoe(), Map.of()));

        assertThat(failed.kind()).isEqualTo(ErrorKind.NOT_CONNECTED);
        assertThat(failed.requestAsSent()).startsWith("GET " + REAL_CONTACT_2_0 + "?name=John%20Doe");
        assertThat(trestle.getAllServeEvents()).isEmpty();
    }
}

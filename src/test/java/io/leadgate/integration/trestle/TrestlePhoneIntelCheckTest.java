package io.leadgate.integration.trestle;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.leadgate.integration.trestle.TrestleFixtures.KEY;
import static io.leadgate.integration.trestle.TrestleFixtures.PHONE_INTEL;
import static io.leadgate.testing.CheckAnswers.answered;
import static io.leadgate.testing.CheckAnswers.assertFitsDescriptor;
import static io.leadgate.integration.trestle.TrestleFixtures.assertKeyNotIn;
import static io.leadgate.testing.CheckAnswers.failed;
import static io.leadgate.integration.trestle.TrestleFixtures.field;
import static io.leadgate.integration.trestle.TrestleFixtures.fixture;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrestlePhoneIntelCheckTest {

    @RegisterExtension
    static WireMockExtension trestle = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private FakeProviderAccess access;
    private TrestlePhoneIntelCheck check;

    @BeforeEach
    void connect() {
        access = FakeProviderAccess.connectedTo(trestle.baseUrl());
        check = new TrestlePhoneIntelCheck(TrestleFixtures.client(TrestleFixtures.testProperties(), access));
    }

    private CheckResponse check(String phone, Map<String, String> settings) {
        CheckResponse response = check.check(TrestleFixtures.request(List.<Object[]>of(field("phone", FieldType.PHONE, phone)), settings));
        assertKeyNotIn(response);
        if (response instanceof CheckResponse.Answered) {
            assertFitsDescriptor(check, response);
        }
        return response;
    }

    private static void answerWith(String body) {
        trestle.stubFor(get(urlPathEqualTo(PHONE_INTEL)).willReturn(okJson(body)));
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = trestle.findAll(getRequestedFor(urlPathMatching(".*")));
        assertThat(requests).hasSize(1);
        return requests.getFirst();
    }

    @Test
    void answersEveryFieldOfTrestlesExampleTypedWithCarrierAndPrepaid() {
        answerWith(fixture("phone-validation/response.success.json"));

        CheckResponse response = check("206-973-5100", Map.of());

        assertThat(texts(response)).containsExactly(
                entry("valid", "true"),
                entry("activity_score", "50"),
                entry("activity", "uncertain"),
                entry("line_type", "NonFixedVOIP"),
                entry("carrier", "Level 3 Communications, LLC"),
                entry("prepaid", "false"),
                entry("country_code", "US"),
                entry("country_calling_code", "1"),
                entry("country_name", "United States"),
                entry("phone_number", "2069735100"),
                entry("phone_id", "Phone.3dbb6fef-a2df-4b08-cfe3-bc7128b6f5b4"));
        assertThat(answered(response).partial()).isFalse();
        assertThat(access.successes).containsExactly(TrestleProvider.ID);
    }

    @Test
    void sendsTheNumberAsInTrestlesExampleRequestWithTheKeyOnlyInTheHeader() {
        answerWith(fixture("phone-validation/response.success.json"));

        CheckResponse response = check("+1 (206) 973-5100", Map.of());

        LoggedRequest sent = onlyRequest();
        assertThat(sent.getHeader("x-api-key")).isEqualTo(KEY);
        assertThat(sent.getUrl()).isEqualTo(PHONE_INTEL + "?phone=2069735100");
        assertThat(response.requestAsSent()).isEqualTo("GET " + PHONE_INTEL + "?phone=2069735100\nx-api-key: ****");
    }

    @Test
    void sendsTheCountryHintAndTheLitigatorAddOnAndReadsTheLitigatorFlag() {
        answerWith(fixture("phone-validation/response.success.json", json -> json.putObject("add_ons")
                .putObject("litigator_checks").put("phone.is_litigator_risk", true)));

        CheckResponse response = check("2069735100", Map.of("country_hint", "us", "litigator_checks", "true"));

        assertThat(query(onlyRequest())).containsExactly(
                entry("phone", "2069735100"),
                entry("phone.country_hint", "US"),
                entry("add_ons", "litigator_checks"));
        assertThat(texts(response)).containsEntry("litigator_risk", "true");
    }

    @Test
    void marksAnAnswerWithItsErrorSetAsPartial() {
        answerWith(fixture("phone-validation/response.success.json", json -> {
            json.putNull("carrier");
            json.putObject("error").put("name", "InternalError").put("message", "Could not retrieve entire response");
        }));

        CheckResponse response = check("2069735100", Map.of());

        assertThat(answered(response).partial()).isTrue();
        assertThat(texts(response)).containsEntry("line_type", "NonFixedVOIP").doesNotContainKey("carrier");
    }

    @ParameterizedTest(name = "{1} {0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "response.error.403.json                 | 403 | AUTH         | Trestle refused the API key (INVALID_API_KEY): The API key provided is invalid or has been revoked.",
        "response.error.403.forbidden.json       | 403 | AUTH         | Trestle denied access to the Phone Validation API with this key (FORBIDDEN): Access denied. Your API key may be disabled, expired, or not authorized for this product.",
        "response.error.403.missing_api_key.json | 403 | AUTH         | Trestle received no API key (MISSING_API_KEY): No API key was provided in the request.",
        "response.error.429.json                 | 429 | RATE_LIMITED | Trestle asks to slow down (RATE_LIMIT_EXCEEDED): You are sending requests too quickly.",
        "response.error.429.quota.json           | 429 | QUOTA        | The Trestle quota is used up (QUOTA_EXCEEDED): Your API quota for this billing period has been exhausted.",
        "response.error.400.json                 | 400 | BAD_REQUEST  | Trestle refused the Phone Validation lookup (bad_request): Missing required parameter: phone"
    })
    void namesEachRefusalOfTrestlesPhoneValidationFixtures(String fixture, int status, ErrorKind kind, String message) {
        String body = fixture("phone-validation/" + fixture);
        trestle.stubFor(get(urlPathEqualTo(PHONE_INTEL)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));

        CheckResponse.Failed failed = failed(check("2069735100", Map.of()));

        assertThat(failed.kind()).isEqualTo(kind);
        assertThat(failed.message()).isEqualTo(message);
        assertThat(failed.rawResponse()).isEqualTo(body);
        assertThat(onlyRequest().getUrl()).startsWith(PHONE_INTEL);
        assertThat(access.failures).extracting(FakeProviderAccess.Failure::kind).containsExactly(kind);
    }

    @Test
    void refusesACountryHintThatIsNoCountryWhenSavedAndWhenRun() {
        assertThat(check.settingProblems(Map.of("country_hint", "USA")))
                .containsEntry("country_hint", "'USA' is not a two-letter ISO 3166 country code (for example US, CA, GB)");
        assertThat(check.settingProblems(Map.of("country_hint", "ca"))).isEmpty();

        CheckResponse.Failed failed = failed(check("2069735100", Map.of("country_hint", "XX")));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(trestle.getAllServeEvents()).isEmpty();
    }

    @Test
    void refusesAPhoneWithoutDigitsWithoutCalling() {
        assertThat(failed(check("unknown", Map.of())).kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(trestle.getAllServeEvents()).isEmpty();
    }
}

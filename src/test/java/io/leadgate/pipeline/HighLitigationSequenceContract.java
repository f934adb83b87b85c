package io.leadgate.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.leadgate.testing.Api;
import io.leadgate.testing.ApiTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The high-litigation insurance sequence of the integration library: DNC.com's cheap litigator scrub first (stop on
 * reject), then TrustedForm, Trestle and IPQualityScore. A known litigator is rejected after one cheap call; the three
 * paid checks after it are never called. Every provider is a local fake answering in its own published shapes.
 */
abstract class HighLitigationSequenceContract extends ApiTest {

    private static final String CERT = "0123456789abcdef0123456789abcdef01234567";

    @RegisterExtension
    static WireMockExtension vendors = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private TestCampaign campaign;

    private static String resource(String path) {
        try (InputStream in = HighLitigationSequenceContract.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void connect(String provider, String key) {
        Api.Response r = api().putJson("/api/v1/connections/" + provider, ADMIN_TOKEN,
                Map.of("enabled", true, "api_key", key, "base_url", vendors.baseUrl()));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private String setup(String leadType, String integration, Map<String, Object> settings, List<Map<String, Object>> rules) {
        Api.Response r = api().postJson("/api/v1/lead-types/" + leadType + "/setups", ADMIN_TOKEN, Map.of(
                "integration_id", integration, "settings", settings, "rules", rules, "error_policy", "quality_control"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("id").asString();
    }

    private static Map<String, Object> rule(String field, String operator, String value, String action, String reason) {
        Map<String, Object> when = value == null ? Map.of("field", field, "operator", operator)
                : Map.of("field", field, "operator", operator, "value", value);
        return Map.of("when", when, "action", action, "reason", reason);
    }

    @BeforeEach
    void configureTheSequence() {
        vendors.resetAll();
        connect("dncscrub", "dnc-login-0001");
        connect("trustedform", "tf-key-000000001");
        connect("trestle", "trestle-key-00001");
        connect("ipqs", "ipqs-key-00000001");
        String leadType = createLeadType(List.of(field("name", "string", true), field("phone", "phone", true),
                field("email", "email", false), field("trustedform_cert_url", "trustedform_url", false)));
        List<String> setups = List.of(
                setup(leadType, "dncscrub.litigator", Map.of(), List.of(rule("is_litigator", "is_true", null, "reject", "known TCPA litigator"))),
                setup(leadType, "trustedform.verify", Map.of("retain", "false"), List.of(
                        rule("phone_match", "is_false", null, "reject", "consent certificate does not match the lead"))),
                setup(leadType, "trestle.real_contact", Map.of(), List.of(
                        rule("phone_activity_score", "at_most", "30", "reject", "phone disconnected or inactive"))),
                setup(leadType, "ipqs.phone", Map.of(), List.of(rule("fraud_score", "at_least", "85", "reject", "high fraud risk"))));
        campaign = createCampaign(leadType);
        for (String setupId : setups) {
            api().postJson("/api/v1/campaigns/" + campaign.id() + "/steps", ADMIN_TOKEN, Map.of("setup_id", setupId, "stop_on_reject", true));
        }
    }

    private JsonNode submit(String phone) {
        Api.Response r = postLead(campaign, Map.of("name", "Jane Doe", "phone", phone, "email", "janedoe@gmail.com",
                "trustedform_cert_url", "https://cert.trustedform.com/" + CERT));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    @Test
    void rejectsALitigatorAfterOneCheapCallAndCallsNoPaidCheck() {
        vendors.stubFor(get(urlPathEqualTo("/v1.5/Scrub/litigator")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("[{\"Phone\": 2675466417, \"IsLitigator\": true}]")));

        JsonNode answer = submit("(267) 546-6417");

        assertThat(answer.path("disposition").asString()).isEqualTo("REJECTED");
        assertThat(answer.path("reasons").get(0).asString()).isEqualTo("known TCPA litigator");
        assertThat(answer.path("checks").findValuesAsString("status")).containsExactly("rejected", "not_run", "not_run", "not_run");
        assertThat(vendors.getAllServeEvents()).hasSize(1);
        vendors.verify(getRequestedFor(urlPathEqualTo("/v1.5/Scrub/litigator")).withHeader("loginId", equalTo("dnc-login-0001")));
        JsonNode run = api().get("/api/v1/leads/" + answer.path("lead_id").asString() + "/screenings", ADMIN_TOKEN).json().get(0);
        assertThat(run.path("cost").decimalValue()).isPositive().isLessThan(new java.math.BigDecimal("0.01"));
    }

    @Test
    void runsEveryCheckForACleanLeadInOrder() {
        vendors.stubFor(get(urlPathEqualTo("/v1.5/Scrub/litigator")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("[{\"Phone\": 2125551239, \"IsLitigator\": false}]")));
        vendors.stubFor(post(urlPathEqualTo("/" + CERT)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(resource("/trustedform/verify-success.json"))));
        vendors.stubFor(get(urlPathMatching("/2\\.0/real_contact")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(resource("/trestle/real-contact/response.success.json"))));
        vendors.stubFor(get(urlPathMatching("/json/phone/.*")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(resource("/ipqs/phone.json").replace("\"fraud_score\": 100", "\"fraud_score\": 12"))));

        JsonNode answer = submit("(212) 555-1239");

        assertThat(answer.path("checks").findValuesAsString("integration"))
                .containsExactly("dncscrub.litigator", "trustedform.verify", "trestle.real_contact", "ipqs.phone");
        assertThat(answer.path("checks").findValuesAsString("status")).doesNotContain("not_run", "error", "skipped");
        vendors.verify(postRequestedFor(urlPathEqualTo("/" + CERT)));
        vendors.verify(getRequestedFor(urlPathMatching("/json/phone/.*")));
    }
}

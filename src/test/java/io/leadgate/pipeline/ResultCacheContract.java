package io.leadgate.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** A paid answer is reused within its integration's time to live: the same lookup is not paid for twice. */
@TestPropertySource(properties = "leadgate.pipeline.result-cache=true")
abstract class ResultCacheContract extends ApiTest {

    @RegisterExtension
    static WireMockExtension ipqs = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static String phoneAnswer() {
        try (InputStream in = ResultCacheContract.class.getResourceAsStream("/ipqs/phone.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"fraud_score\": 100", "\"fraud_score\": 91");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void reusesAPaidAnswerForTheSameLookupAndDecidesAlike() {
        api().putJson("/api/v1/connections/ipqs", ADMIN_TOKEN, Map.of("enabled", true, "api_key", "cache-test-key-0001", "base_url", ipqs.baseUrl()));
        ipqs.stubFor(get(urlPathMatching("/json/phone/.*")).willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(phoneAnswer())));
        String leadType = createLeadType(List.of(field("phone", "phone", true)));
        Api.Response setup = api().postJson("/api/v1/lead-types/" + leadType + "/setups", ADMIN_TOKEN, Map.of("integration_id", "ipqs.phone",
                "rules", List.of(Map.of("when", Map.of("field", "fraud_score", "operator", "at_least", "value", "85"), "action", "reject", "reason", "high fraud risk"))));
        TestCampaign campaign = createCampaign(leadType);
        api().postJson("/api/v1/campaigns/" + campaign.id() + "/steps", ADMIN_TOKEN, Map.of("setup_id", setup.json().path("id").asString()));

        JsonNode first = postLead(campaign, Map.of("phone", "(212) 555-1241")).json();
        JsonNode second = postLead(campaign, Map.of("phone", "212.555.1241")).json();
        JsonNode other = postLead(campaign, Map.of("phone", "(212) 555-1242")).json();

        assertThat(List.of(first, second, other)).allSatisfy(a -> assertThat(a.path("disposition").asString()).isEqualTo("REJECTED"));
        ipqs.verify(1, getRequestedFor(urlPathEqualTo("/json/phone/12125551241")));
        ipqs.verify(1, getRequestedFor(urlPathEqualTo("/json/phone/12125551242")));
        JsonNode reused = api().get("/api/v1/leads/" + second.path("lead_id").asString() + "/checks", ADMIN_TOKEN).json().get(0);
        assertThat(reused.path("reason").asString()).contains("reused").contains("not paid again");
        assertThat(reused.path("cost").decimalValue()).isZero();
        assertThat(reused.path("raw_response").asString()).contains("\"fraud_score\": 91");
        JsonNode paid = api().get("/api/v1/leads/" + first.path("lead_id").asString() + "/checks", ADMIN_TOKEN).json().get(0);
        assertThat(paid.path("cost").decimalValue()).isPositive();
    }
}

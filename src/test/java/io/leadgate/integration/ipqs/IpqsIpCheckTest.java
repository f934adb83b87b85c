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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IpqsIpCheckTest {

    @RegisterExtension
    static WireMockExtension ipqs = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/139.0.0.0 Safari/537.36";

    private FakeProviderAccess access;
    private IpqsIpCheck check;

    @BeforeEach
    void connect() {
        access = FakeProviderAccess.connectedTo(ipqs.baseUrl() + API);
        check = new IpqsIpCheck(IpqsFixtures.client(IpqsFixtures.testProperties(), access));
    }

    private CheckResponse check(CheckRequest request) {
        CheckResponse response = check.check(request);
        assertKeyNotIn(response);
        if (response instanceof CheckResponse.Answered) {
            assertFitsDescriptor(check, response);
        }
        return response;
    }

    private CheckResponse check(String ip, String... settings) {
        return check(IpqsFixtures.request(IpqsIpCheck.IP, FieldType.IP, ip, settings));
    }

    private static void answerIpLookupsWith(String body) {
        ipqs.stubFor(get(urlPathMatching(API + "/json/ip/.*")).willReturn(okJson(body)));
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = ipqs.findAll(getRequestedFor(urlPathMatching(".*")));
        assertThat(requests).hasSize(1);
        return requests.getFirst();
    }

    @Test
    void answersEveryFieldOfIpqsOwnExampleTyped() {
        answerIpLookupsWith(fixture("ip.json"));

        CheckResponse response = check("1.1.1.1");

        assertThat(texts(response)).containsExactly(
                entry("fraud_score", "0"),
                entry("risk_level", "low"),
                entry("proxy", "false"),
                entry("vpn", "false"),
                entry("tor", "false"),
                entry("active_vpn", "false"),
                entry("active_tor", "false"),
                entry("is_crawler", "false"),
                entry("bot_status", "false"),
                entry("recent_abuse", "false"),
                entry("mobile", "false"),
                entry("connection_type", "Data Center"),
                entry("abuse_velocity", "none"),
                entry("isp", "Cloudflare"),
                entry("asn", "13335"),
                entry("organization", "Cloudflare"),
                entry("host", "1.1.1.1"),
                entry("country_code", "US"),
                entry("region", "Colorado"),
                entry("city", "Denver"),
                entry("latitude", "-33.86000061"),
                entry("longitude", "151.21000671"),
                entry("timezone", "America/Denver"),
                entry("shared_connection", "true"),
                entry("dynamic_connection", "false"),
                entry("frequent_abuser", "false"),
                entry("high_risk_attacks", "false"),
                entry("security_scanner", "false"),
                entry("trusted_network", "true"),
                entry("request_id", "ZyrtsRLXTO"));
        assertThat(answered(response).partial()).isFalse();
        assertThat(response.rawResponse()).isEqualTo(fixture("ip.json"));
        assertThat(access.successes).containsExactly(IpqsProvider.ID);
    }

    @Test
    void readsTheDeviceFieldsIpqsAddsForAUserAgent() {
        answerIpLookupsWith(fixture("ip.json", json -> {
            json.put("zip_code", "80202");
            json.put("operating_system", "Windows 10");
            json.put("browser", "Chrome 139.0");
            json.put("device_brand", "N/A");
            json.put("device_model", "N/A");
        }));

        assertThat(texts(check("1.1.1.1"))).contains(entry("zip_code", "80202"), entry("operating_system", "Windows 10"),
                entry("browser", "Chrome 139.0")).doesNotContainKeys("device_brand", "device_model");
    }

    @Test
    void sendsTheAddressInThePathTheKeyInTheHeaderAndEveryParameterEscaped() {
        answerIpLookupsWith(fixture("ip.json"));
        CheckRequest request = IpqsFixtures.request(List.of(
                field("ip", FieldType.IP, "1.1.1.1"),
                field("user_agent", FieldType.STRING, CHROME),
                field("user_language", FieldType.STRING, "en-US,en;q=0.9")),
                "strictness", "3", "fast", "true", "mobile", "true", "allow_public_access_points", "true",
                "lighter_penalties", "false");

        CheckResponse response = check(request);

        LoggedRequest sent = onlyRequest();
        assertThat(sent.getHeader("IPQS-KEY")).isEqualTo(KEY);
        assertThat(sent.getUrl()).doesNotContain(KEY).startsWith(API + "/json/ip/1.1.1.1?strictness=3&user_agent=Mozilla%2F5.0"
                + "%20%28Windows%20NT%2010.0%3B%20Win64%3B%20x64%29%20AppleWebKit%2F537.36");
        ipqs.verify(getRequestedFor(urlPathEqualTo(API + "/json/ip/1.1.1.1"))
                .withQueryParam("strictness", equalTo("3"))
                .withQueryParam("user_agent", equalTo(CHROME))
                .withQueryParam("user_language", equalTo("en-US,en;q=0.9"))
                .withQueryParam("fast", equalTo("true"))
                .withQueryParam("mobile", equalTo("true"))
                .withQueryParam("allow_public_access_points", equalTo("true"))
                .withQueryParam("lighter_penalties", equalTo("false")));
        assertThat(response.requestAsSent()).startsWith("GET /json/ip/1.1.1.1?strictness=3&user_agent=Mozilla%2F5.0")
                .endsWith("&user_language=en-US%2Cen%3Bq%3D0.9&fast=true&mobile=true&allow_public_access_points=true"
                        + "&lighter_penalties=false\nIPQS-KEY: ****");
    }

    @Test
    void sendsAnIpv6AddressInItsCanonicalForm() {
        answerIpLookupsWith(fixture("ip.json"));

        check("2001:4860:4860:0:0:0:0:8888");

        assertThat(onlyRequest().getUrl()).startsWith(API + "/json/ip/2001:4860:4860::8888?strictness=0&fast=false");
    }

    @Test
    void refusesAValueThatIsNotAnIpAddressBeforeCalling() {
        CheckResponse.Failed failed = failed(check("example.com"));

        assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
        assertThat(failed.message()).isEqualTo("the IP address is not an IPv4 or IPv6 address");
        assertThat(ipqs.getAllServeEvents()).isEmpty();
    }

    @Test
    void refusesAStrictnessAboveThree() {
        assertThat(failed(check("1.1.1.1", "strictness", "4")).message())
                .isEqualTo("strictness: '4' is not a whole number from 0 to 3");
        assertThat(ipqs.getAllServeEvents()).isEmpty();
    }

    @Test
    void answersNotConnectedWithoutCallingWhenThereIsNoKey() {
        check = new IpqsIpCheck(IpqsFixtures.client(IpqsFixtures.testProperties(), FakeProviderAccess.notConnected()));

        assertThat(failed(check("1.1.1.1")).kind()).isEqualTo(ErrorKind.NOT_CONNECTED);
        assertThat(ipqs.getAllServeEvents()).isEmpty();
    }

    @Test
    void failsRatherThanPassingTheLeadWhenTheQuotaIsUsedUp() {
        answerIpLookupsWith(fixture("error-quota-exceeded.json"));

        CheckResponse.Failed failed = failed(check("1.1.1.1"));

        assertThat(failed.kind()).isEqualTo(ErrorKind.QUOTA);
        assertThat(failed.message()).startsWith("The IPQualityScore request quota is used up");
    }
}

package io.leadgate.integration.builtin;

import static io.leadgate.integration.builtin.BuiltinChecks.answered;
import static io.leadgate.integration.builtin.BuiltinChecks.assertFitsDescriptor;
import static io.leadgate.integration.builtin.BuiltinChecks.number;
import static io.leadgate.integration.builtin.BuiltinChecks.texts;
import static io.leadgate.integration.builtin.BuiltinIpCheck.IP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.ErrorKind;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.TextValue;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BuiltinIpCheckTest {

    private final BuiltinIpCheck check = new BuiltinIpCheck();

    private CheckResponse check(String ip) {
        CheckResponse response = check.check(BuiltinChecks.request(IP, FieldType.IP, ip));
        assertFitsDescriptor(check, response);
        return response;
    }

    @Test
    void answersEverythingKnownAboutAPublicAddress() {
        assertThat(texts(check("8.8.8.8"))).containsExactly(
                entry("valid", "true"),
                entry("version", "4"),
                entry("is_public", "true"),
                entry("is_private", "false"),
                entry("is_loopback", "false"),
                entry("is_reserved", "false"),
                entry("category", "public"));
    }

    @ParameterizedTest
    @CsvSource({
        "8.8.8.8, 4",
        "73.162.10.25, 4",
        "2607:f8b0:4005:80a::200e, 6",
        "2001:4860:4860::8888, 6",
        "[2a03:2880:f12f:83:face:b00c:0:25de], 6",
        "::ffff:73.162.10.25, 4"
    })
    void reportsPublicAddressesOfBothVersions(String ip, int version) {
        Map<String, String> values = texts(check(ip));

        assertThat(values).contains(entry("valid", "true"), entry("is_public", "true"), entry("category", "public"),
                entry("is_private", "false"), entry("is_loopback", "false"), entry("is_reserved", "false"));
        assertThat(number(answered(check(ip)), "version").intValue()).isEqualTo(version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254", "192.168.1.20",
        "fd12:3456:789a::1", "fc00::1"})
    void reportsPrivateAddresses(String ip) {
        assertThat(texts(check(ip))).contains(entry("valid", "true"), entry("is_private", "true"),
                entry("is_public", "false"), entry("is_reserved", "false"), entry("category", "private"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "::1"})
    void reportsLoopbackAddresses(String ip) {
        assertThat(texts(check(ip))).contains(entry("valid", "true"), entry("is_loopback", "true"),
                entry("is_public", "false"), entry("is_reserved", "false"), entry("category", "loopback"));
    }

    @ParameterizedTest
    @CsvSource({
        "0.0.0.0, unspecified",
        "169.254.10.1, link_local",
        "100.64.0.1, shared",
        "192.0.2.1, documentation",
        "203.0.113.7, documentation",
        "198.18.0.1, benchmarking",
        "224.0.0.251, multicast",
        "255.255.255.255, broadcast",
        "240.0.0.1, reserved",
        "::, unspecified",
        "fe80::1, link_local",
        "ff02::1, multicast",
        "2001:db8::1, documentation"
    })
    void reportsReservedAddressesWithTheirRange(String ip, String category) {
        assertThat(texts(check(ip))).contains(entry("valid", "true"), entry("is_reserved", "true"),
                entry("is_public", "false"), entry("is_private", "false"), entry("category", category));
    }

    @Test
    void readsThe172RangeEdgesAsPublic() {
        assertThat(texts(check("172.15.0.1"))).containsEntry("is_public", "true");
        assertThat(texts(check("172.32.0.1"))).containsEntry("is_public", "true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3", "127.1", "010.0.0.1", "example.com", "localhost", "1.2.3.4.5",
        "2001:db8::g", "not an ip"})
    void answersOnlyThatAnInvalidAddressIsInvalid(String ip) {
        assertThat(texts(check(ip))).containsExactly(entry("valid", "false"));
    }

    @Test
    void readsPlainTextAsAnAddress() {
        CheckResponse response = check.check(BuiltinChecks.request(IP, new TextValue("192.168.0.1", true, "192.168.0.1")));

        assertFitsDescriptor(check, response);
        assertThat(texts(response)).contains(entry("is_private", "true"), entry("version", "4"));
    }

    @Test
    void failsNamingTheFieldWhenNoAddressIsGiven() {
        CheckResponse response = check.check(new CheckRequest(Map.of(), Map.of(), CheckRequest.Context.NONE));

        assertThat(response).isInstanceOfSatisfying(CheckResponse.Failed.class, failed -> {
            assertThat(failed.kind()).isEqualTo(ErrorKind.BAD_REQUEST);
            assertThat(failed.message()).contains("ip");
        });
    }

    @Test
    void keepsTheInputAndTheTypedValuesAsJsonForTheAuditTrail() {
        CheckResponse response = check("2001:4860:4860::8888");
        JsonMapper json = JsonMapper.shared();

        assertThat(json.readTree(response.requestAsSent()).get("ip").asString()).isEqualTo("2001:4860:4860::8888");
        JsonNode raw = json.readTree(response.rawResponse());
        assertThat(raw.get("version").isNumber()).isTrue();
        assertThat(raw.get("version").asInt()).isEqualTo(6);
        assertThat(raw.get("is_public").asBoolean()).isTrue();
        assertThat(raw.get("category").asString()).isEqualTo("public");
    }
}

package io.leadgate.lead.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpNormalisationTest {

    static IpValue ip(String raw) {
        return (IpValue) FieldType.IP.normalise(raw, FieldOptions.NONE).orElseThrow();
    }

    @Test
    void readsAPublicIpv4Address() {
        IpValue value = ip(" 8.8.8.8 ");

        assertThat(value.valid()).isTrue();
        assertThat(value.text()).isEqualTo("8.8.8.8");
        assertThat(value.version()).isEqualTo(4);
        assertThat(value.isPrivate()).isFalse();
        assertThat(value.isLoopback()).isFalse();
        assertThat(value.isReserved()).isFalse();
        assertThat(value.category()).isEqualTo("public");
        assertThat(value.type()).isEqualTo(FieldType.IP);
    }

    @ParameterizedTest
    @CsvSource({
        "2001:4860:4860::8888, 2001:4860:4860::8888",
        "2001:4860:4860:0000:0000:0000:0000:8888, 2001:4860:4860::8888",
        "2001:DB8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2607:f8b0:4004:0c07:0000:0000:0000:0064, 2607:f8b0:4004:c07::64",
        "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
        "1:0:2:3:4:5:6:7, 1:0:2:3:4:5:6:7",
        "[2a00:1450:4001::200e], 2a00:1450:4001::200e",
        "::, ::",
        "::1, ::1",
        "fe80::1, fe80::1"
    })
    void writesIpv6InItsCanonicalCompressedForm(String raw, String text) {
        IpValue value = ip(raw);

        assertThat(value.valid()).isTrue();
        assertThat(value.version()).isEqualTo(6);
        assertThat(value.text()).isEqualTo(text);
    }

    @Test
    void readsAnIpv4MappedIpv6AddressAsIpv4() {
        IpValue value = ip("::ffff:192.168.1.20");

        assertThat(value.version()).isEqualTo(4);
        assertThat(value.text()).isEqualTo("192.168.1.20");
        assertThat(value.isPrivate()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "10.0.0.1, private",
        "172.16.5.4, private",
        "172.31.255.255, private",
        "192.168.0.1, private",
        "fd12:3456:789a::1, private",
        "127.0.0.1, loopback",
        "127.8.9.10, loopback",
        "::1, loopback",
        "0.0.0.0, unspecified",
        "::, unspecified",
        "0.1.2.3, reserved",
        "169.254.10.20, link_local",
        "fe80::abcd, link_local",
        "224.0.0.251, multicast",
        "ff02::1, multicast",
        "192.0.2.10, documentation",
        "198.51.100.7, documentation",
        "203.0.113.99, documentation",
        "2001:db8::42, documentation",
        "100.64.0.1, shared",
        "100.127.255.254, shared",
        "198.18.0.1, benchmarking",
        "240.0.0.1, reserved",
        "255.255.255.255, broadcast",
        "192.0.0.8, reserved",
        "fec0::1, reserved",
        "64:ff9b::808:808, reserved",
        "172.32.0.1, public",
        "100.128.0.1, public",
        "192.169.0.1, public",
        "2001:0:4136:e378:8000:63bf:3fff:fdd2, public"
    })
    void classifiesTheAddressRange(String raw, String category) {
        IpValue value = ip(raw);

        assertThat(value.valid()).isTrue();
        assertThat(value.category()).isEqualTo(category);
        assertThat(value.isPrivate()).isEqualTo(category.equals("private"));
        assertThat(value.isLoopback()).isEqualTo(category.equals("loopback"));
        assertThat(value.isReserved())
                .isEqualTo(!category.equals("public") && !category.equals("private") && !category.equals("loopback"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "localhost",
        "example.com",
        "google.com",
        "256.1.1.1",
        "1.2.3",
        "1.2.3.4.5",
        "1.2.3.",
        "010.0.0.1",
        "127.1",
        "0x7f.0.0.1",
        "1.2.3.4:8080",
        "1.2.3.-4",
        "１.２.３.４",
        "2001:db8::1::1",
        "2001:db8:::1",
        "12345::1",
        "1:2:3:4:5:6:7:8:9",
        "1:2:3:4:5:6:7",
        "fe80::1%eth0",
        ":1::",
        "g::1",
        "::ffff:1.2.3",
        "1.2.3.4::",
        "unknown"
    })
    void rejectsAnythingButAStrictAddressLiteral(String raw) {
        IpValue value = ip(raw);

        assertThat(value.valid()).isFalse();
        assertThat(value.version()).isNull();
        assertThat(value.category()).isNull();
        assertThat(value.text()).isEqualTo(raw);
    }
}

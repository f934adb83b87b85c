package io.leadgate.lead.field;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedFormUrlNormalisationTest {

    /** The example certificate id of TrustedForm's own API description. */
    private static final String ID = "eb9fc4dd9bed9ad451a5648946cf4bf09b5bb947";

    private static final String CERT_URL = "https://cert.trustedform.com/" + ID;

    static TrustedFormValue certificate(String raw) {
        return (TrustedFormValue) FieldType.TRUSTEDFORM_URL.normalise(raw, FieldOptions.NONE).orElseThrow();
    }

    @Test
    void readsACertificateUrl() {
        TrustedFormValue value = certificate(CERT_URL);

        assertThat(value.valid()).isTrue();
        assertThat(value.text()).isEqualTo(CERT_URL);
        assertThat(value.certificateId()).isEqualTo(ID);
        assertThat(value.host()).isEqualTo("cert.trustedform.com");
        assertThat(value.validHost()).isTrue();
        assertThat(value.type()).isEqualTo(FieldType.TRUSTEDFORM_URL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://cert.trustedform.com/" + ID,
        "https://cert.trustedform.com/" + ID + "/",
        "https://cert.trustedform.com/" + ID + "?ref=landing&src=fb",
        "https://cert.trustedform.com/" + ID + "#top",
        "HTTPS://CERT.TRUSTEDFORM.COM/" + ID,
        "cert.trustedform.com/" + ID,
        "  https://cert.trustedform.com/" + ID + "  "
    })
    void reducesEveryVariantToTheCanonicalCertificateUrl(String raw) {
        TrustedFormValue value = certificate(raw);

        assertThat(value.valid()).isTrue();
        assertThat(value.text()).isEqualTo(CERT_URL);
        assertThat(value.certificateId()).isEqualTo(ID);
    }

    @Test
    void keepsTheStagingHost() {
        TrustedFormValue value = certificate("https://cert.staging.trustedform.com/" + ID);

        assertThat(value.valid()).isTrue();
        assertThat(value.host()).isEqualTo("cert.staging.trustedform.com");
        assertThat(value.text()).isEqualTo("https://cert.staging.trustedform.com/" + ID);
    }

    @Test
    void readsEightyCharacterIdsOfTheNewerFormat() {
        String id = "Ab-_" + "0123456789abcdef".repeat(4) + "Z".repeat(12);
        assertThat(id).hasSize(80);

        TrustedFormValue value = certificate("https://cert.trustedform.com/" + id);

        assertThat(value.valid()).isTrue();
        assertThat(value.certificateId()).isEqualTo(id);
    }

    @Test
    void doesNotTakeAPingUrlForACertificate() {
        TrustedFormValue value = certificate("https://ping.trustedform.com/" + ID);

        assertThat(value.valid()).isFalse();
        assertThat(value.host()).isEqualTo("ping.trustedform.com");
        assertThat(value.validHost()).isFalse();
        assertThat(value.certificateId()).isEqualTo(ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://cert.trustedform.com.evil.example/" + ID,
        "https://evil.example/" + ID,
        "https://trustedform.com/" + ID,
        "https://cert.trustedform.com:8443/" + ID,
        "https://user@cert.trustedform.com/" + ID,
        "ftp://cert.trustedform.com/" + ID
    })
    void rejectsCertificatesOnOtherHosts(String raw) {
        TrustedFormValue value = certificate(raw);

        assertThat(value.valid()).isFalse();
        assertThat(value.validHost()).isFalse();
        assertThat(value.text()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://cert.trustedform.com/",
        "https://cert.trustedform.com/abc123",
        "https://cert.trustedform.com/" + ID + "0",
        "https://cert.trustedform.com/" + ID + "/extra",
        "https://cert.trustedform.com/certs/" + ID,
        "https://cert.trustedform.com/eb9fc4dd9bed9ad451a5648946cf4bf09b5bb94!"
    })
    void rejectsMalformedCertificateIds(String raw) {
        TrustedFormValue value = certificate(raw);

        assertThat(value.valid()).isFalse();
        assertThat(value.certificateId()).isNull();
        assertThat(value.validHost()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {ID, "not a url", "https://", "javascript:alert(1)", "{{trustedform_cert_url}}"})
    void keepsTextThatIsNoCertificateUrlAsInvalid(String raw) {
        TrustedFormValue value = certificate(raw);

        assertThat(value.valid()).isFalse();
        assertThat(value.text()).isEqualTo(raw);
        assertThat(value.validHost()).isFalse();
    }
}

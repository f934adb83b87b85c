package io.leadgate.integration.trestle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class TrestlePropertiesTest {

    private static TrestleProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("leadgate.providers.trestle", TrestleProperties.class);
    }

    @Test
    void needsNothingConfiguredToCallTrestle() {
        TrestleProperties defaults = bind(Map.of());

        assertThat(defaults).isEqualTo(TrestleProperties.defaults());
        assertThat(defaults.baseUrl()).isEqualTo("https://api.trestleiq.com");
        assertThat(defaults.realContact().path()).isEqualTo("/{version}/real_contact");
        assertThat(defaults.phoneIntel().path()).isEqualTo("/3.0/phone_intel");
        assertThat(defaults.connectionTest()).isEqualTo(TrestleProperties.TestLookup.REAL_CONTACT);
        assertThat(defaults.http().readTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.http().maxAttempts()).isEqualTo(3);
    }

    @Test
    void bindsPricesCacheTimesAndTheConnectionTestFromConfiguration() {
        TrestleProperties properties = bind(Map.of(
                "leadgate.providers.trestle.base-url", "https://trestle.internal.example",
                "leadgate.providers.trestle.read-timeout", "4s",
                "leadgate.providers.trestle.real-contact.price", "0.05",
                "leadgate.providers.trestle.real-contact.cache-ttl", "0s",
                "leadgate.providers.trestle.phone-intel.price", "0.012",
                "leadgate.providers.trestle.connection-test", "phone-intel"));

        assertThat(properties.baseUrl()).isEqualTo("https://trestle.internal.example");
        assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(properties.realContact().price()).isEqualByComparingTo("0.05");
        assertThat(properties.realContact().cacheTtl()).isZero();
        assertThat(properties.realContact().path()).isEqualTo("/{version}/real_contact");
        assertThat(properties.phoneIntel().price()).isEqualByComparingTo("0.012");
        assertThat(properties.connectionTest()).isEqualTo(TrestleProperties.TestLookup.PHONE_INTEL);
    }

    @Test
    void refusesARealContactPathWithoutTheVersionNamingTheProperty() {
        assertThatThrownBy(() -> new TrestleProperties(null, null, null, null, null, null,
                new TrestleProperties.Lookup("/2.0/real_contact", null, null), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("leadgate.providers.trestle.real-contact.path '/2.0/real_contact' must contain {version}, "
                        + "where the API version (2.0 or 1.1) goes");
    }

    @Test
    void refusesANegativePriceAndNoAttempt() {
        assertThatThrownBy(() -> new TrestleProperties(null, null, null, null, null, null, null,
                new TrestleProperties.Lookup(null, new BigDecimal("-0.01"), null), null))
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> new TrestleProperties(null, null, null, 0, null, null, null, null, null))
                .hasMessage("leadgate.providers.trestle.max-attempts must be at least 1, not 0");
    }
}

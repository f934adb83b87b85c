package io.leadgate.testing;

import io.leadgate.integration.ProviderAccess;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Adds the test-only integrations and provider to the application under test. */
@TestConfiguration(proxyBeanMethods = false)
public class TestIntegrations {

    @Bean
    ScriptedIntegration scriptedIntegration() {
        return new ScriptedIntegration();
    }

    @Bean
    ScriptedProvider scriptedProvider() {
        return new ScriptedProvider();
    }

    @Bean
    ConnectedIntegration connectedIntegration(ProviderAccess access) {
        return new ConnectedIntegration(access);
    }
}

package io.leadgate.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Adds the test-only integrations to the application under test. */
@TestConfiguration(proxyBeanMethods = false)
public class TestIntegrations {

    @Bean
    ScriptedIntegration scriptedIntegration() {
        return new ScriptedIntegration();
    }
}

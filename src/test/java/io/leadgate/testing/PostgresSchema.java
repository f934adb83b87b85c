package io.leadgate.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Points an application context at a schema of its own in the test PostgreSQL server, created empty (Flyway migrates
 * it) and dropped when the context closes.
 */
public final class PostgresSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String schema = "lg_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String separator = PostgresAvailability.URL.contains("?") ? "&" : "?";
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test-schema", Map.of(
                "spring.datasource.url", PostgresAvailability.URL + separator + "currentSchema=" + schema,
                "spring.datasource.username", PostgresAvailability.USER,
                "spring.datasource.password", PostgresAvailability.PASSWORD,
                "spring.flyway.schemas", schema,
                "spring.flyway.create-schemas", "true")));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                drop(schema);
            }
        });
    }

    private static void drop(String schema) {
        try (Connection c = PostgresAvailability.connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.err.println("could not drop test schema " + schema + ": " + e.getMessage());
        }
    }
}

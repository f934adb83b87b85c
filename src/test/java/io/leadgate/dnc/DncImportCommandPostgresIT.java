package io.leadgate.dnc;

import io.leadgate.testing.PostgresAvailability;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** The command line against the test PostgreSQL server, in a schema of its own, as {@code PostgresDatabase} tests do. */
@ExtendWith(PostgresAvailability.class)
class DncImportCommandPostgresIT extends DncImportCommandContract {

    private static final String URL = env("LEADGATE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("LEADGATE_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("LEADGATE_TEST_PG_PASSWORD", "");

    private final String schema = "lg_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    List<String> databaseArguments() {
        return List.of("--db-url", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, "--db-user", USER,
                "--db-password", PASSWORD, "--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true");
    }

    @Override
    Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
        c.setSchema(schema);
        return c;
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

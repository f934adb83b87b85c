package io.leadgate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs PostgreSQL tests only when the server answers; on CI ({@code CI=true}) a missing server fails the tests instead of
 * skipping them, so a green build always means both databases were tested.
 *
 * <p>The server is {@code jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres}, or {@code LEADGATE_TEST_PG_URL},
 * {@code LEADGATE_TEST_PG_USER} and {@code LEADGATE_TEST_PG_PASSWORD}.
 */
public final class PostgresAvailability implements ExecutionCondition {

    static final String URL = env("LEADGATE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = env("LEADGATE_TEST_PG_USER", "postgres");
    static final String PASSWORD = env("LEADGATE_TEST_PG_PASSWORD", "");

    private static volatile String unavailableBecause;
    private static volatile boolean probed;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String problem = probe();
        if (problem == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and PostgreSQL is not reachable at " + URL + ": " + problem);
        }
        return ConditionEvaluationResult.disabled("PostgreSQL is not reachable at " + URL + " (" + problem + ")");
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    private static synchronized String probe() {
        if (!probed) {
            try (Connection c = connect()) {
                c.isValid(5);
                unavailableBecause = null;
            } catch (SQLException e) {
                unavailableBecause = e.getMessage();
            }
            probed = true;
        }
        return unavailableBecause;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package io.leadgate.integration.connection;

import static io.leadgate.support.Sql.instant;
import static io.leadgate.support.Sql.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores connections. */
@Repository
class ConnectionRepository {

    private final JdbcClient jdbc;

    ConnectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Connection> find(String provider) {
        return jdbc.sql("SELECT * FROM connection WHERE provider = ?").param(provider).query(ConnectionRepository::map).optional();
    }

    /** Creates or replaces the settings part of a connection (status columns are kept). */
    void save(String provider, boolean enabled, String encryptedKey, String keyHint, String baseUrl, Instant now) {
        int updated = jdbc.sql("UPDATE connection SET enabled = ?, encrypted_key = ?, key_hint = ?, base_url = ?, updated_at = ? "
                        + "WHERE provider = ?")
                .params(enabled, encryptedKey, keyHint, baseUrl, utc(now), provider).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO connection (provider, enabled, encrypted_key, key_hint, base_url, created_at, updated_at, calls_today) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, 0)")
                    .params(provider, enabled, encryptedKey, keyHint, baseUrl, utc(now), utc(now)).update();
        }
    }

    void recordSuccess(String provider, Instant at, LocalDate day) {
        jdbc.sql("UPDATE connection SET last_success_at = ?, "
                        + "calls_today = CASE WHEN calls_day = ? THEN calls_today + 1 ELSE 1 END, calls_day = ? WHERE provider = ?")
                .params(utc(at), Date.valueOf(day), Date.valueOf(day), provider).update();
    }

    void recordFailure(String provider, Instant at, LocalDate day, String kind, String message, boolean counted) {
        jdbc.sql("UPDATE connection SET last_error_at = ?, last_error_kind = ?, last_error_message = ?, "
                        + "calls_today = CASE WHEN ? THEN (CASE WHEN calls_day = ? THEN calls_today + 1 ELSE 1 END) "
                        + "ELSE (CASE WHEN calls_day = ? THEN calls_today ELSE 0 END) END, calls_day = ? WHERE provider = ?")
                .params(utc(at), kind, message, counted, Date.valueOf(day), Date.valueOf(day), Date.valueOf(day), provider)
                .update();
    }

    private static Connection map(ResultSet rs, int row) throws SQLException {
        Date day = rs.getDate("calls_day");
        return new Connection(rs.getString("provider"), rs.getBoolean("enabled"), rs.getString("encrypted_key"),
                rs.getString("key_hint"), rs.getString("base_url"), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "last_success_at"), instant(rs, "last_error_at"), rs.getString("last_error_kind"),
                rs.getString("last_error_message"), day == null ? null : day.toLocalDate(), rs.getLong("calls_today"));
    }
}

package io.leadgate.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import static io.leadgate.support.Sql.instant;
import static io.leadgate.support.Sql.utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores admin tokens by hash. */
@Repository
public class AdminTokenRepository {

    private static final String COLUMNS = "id, name, hint, created_at, last_used_at, revoked_at";

    private final JdbcClient jdbc;

    public AdminTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AdminToken token, String tokenHash) {
        jdbc.sql("INSERT INTO admin_token (id, name, token_hash, hint, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(token.id(), token.name(), tokenHash, token.hint(), utc(token.createdAt()))
                .update();
    }

    public Optional<AdminToken> findActiveByHash(String tokenHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_token WHERE token_hash = ? AND revoked_at IS NULL")
                .param(tokenHash).query(AdminTokenRepository::map).optional();
    }

    public Optional<AdminToken> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_token WHERE id = ?").param(id)
                .query(AdminTokenRepository::map).optional();
    }

    public List<AdminToken> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM admin_token ORDER BY created_at, id").query(AdminTokenRepository::map).list();
    }

    public long countActive() {
        return jdbc.sql("SELECT COUNT(*) FROM admin_token WHERE revoked_at IS NULL").query(Long.class).single();
    }

    public void markUsed(String id, Instant at) {
        jdbc.sql("UPDATE admin_token SET last_used_at = ? WHERE id = ?").params(utc(at), id).update();
    }

    public boolean revoke(String id, Instant at) {
        return jdbc.sql("UPDATE admin_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL").params(utc(at), id).update() == 1;
    }

    private static AdminToken map(ResultSet rs, int row) throws SQLException {
        return new AdminToken(rs.getString("id"), rs.getString("name"), rs.getString("hint"),
                instant(rs, "created_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }
}

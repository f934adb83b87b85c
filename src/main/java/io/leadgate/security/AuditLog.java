package io.leadgate.security;

import static io.leadgate.support.Sql.instant;
import static io.leadgate.support.Sql.utc;

import io.leadgate.support.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Records who changed the configuration or revealed a secret, and when; and reads it back, newest first. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Ids ids;

    public AuditLog(JdbcClient jdbc, Clock clock, Ids ids) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ids = ids;
    }

    /** The actor name of an admin token: its name and the last four characters. */
    public static String actor(AdminToken token) {
        return token == null ? "system" : token.name() + " (…" + token.hint() + ")";
    }

    public AuditEntry record(String actor, String action, String target, String detail) {
        AuditEntry entry = new AuditEntry(ids.next(), clock.instant(), actor, action, target,
                detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000));
        jdbc.sql("INSERT INTO audit_log (id, at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)")
                .params(entry.id(), utc(entry.at()), entry.actor(), entry.action(), entry.target(), entry.detail())
                .update();
        return entry;
    }

    /** The newest entries first, optionally only before an instant or of one action. */
    public List<AuditEntry> list(String action, Instant before, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, at, actor, action, target, detail FROM audit_log WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (action != null) {
            sql.append(" AND action = ?");
            params.add(action);
        }
        if (before != null) {
            sql.append(" AND at < ?");
            params.add(utc(before));
        }
        sql.append(" ORDER BY at DESC, id DESC LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, row) -> new AuditEntry(rs.getString("id"),
                instant(rs, "at"), rs.getString("actor"), rs.getString("action"), rs.getString("target"),
                rs.getString("detail"))).list();
    }
}

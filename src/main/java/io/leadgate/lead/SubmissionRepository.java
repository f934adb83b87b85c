package io.leadgate.lead;

import static io.leadgate.support.Sql.instant;
import static io.leadgate.support.Sql.utc;

import io.leadgate.support.FieldError;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores intake submissions. */
@Repository
public class SubmissionRepository {

    private static final TypeReference<List<FieldError>> ERRORS = new TypeReference<>() { };
    private static final String COLUMNS = "id, campaign_id, received_at, http_status, outcome, message, errors, "
            + "content_type, body, body_truncated, remote_addr, key_hint, idempotency_key, lead_id";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public SubmissionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Submission s) {
        jdbc.sql("INSERT INTO submission (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.id(), s.campaignId(), utc(s.receivedAt()), s.httpStatus(), s.outcome(), truncate(s.message(), 2000),
                        s.errors().isEmpty() ? null : json.writeValueAsString(s.errors()), truncate(s.contentType(), 200),
                        s.body(), s.bodyTruncated(), truncate(s.remoteAddr(), 64), s.keyHint(),
                        truncate(s.idempotencyKey(), 200), s.leadId())
                .update();
    }

    public Optional<Submission> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE id = ?").param(id).query(this::map).optional();
    }

    /** The newest submissions first, optionally of one campaign and one outcome, before a given instant. */
    public List<Submission> search(String campaignId, String outcome, Instant before, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM submission WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (campaignId != null) {
            sql.append(" AND campaign_id = ?");
            params.add(campaignId);
        }
        if (outcome != null) {
            sql.append(" AND outcome = ?");
            params.add(outcome);
        }
        if (before != null) {
            sql.append(" AND received_at < ?");
            params.add(utc(before));
        }
        sql.append(" ORDER BY received_at DESC, id DESC LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    private Submission map(ResultSet rs, int row) throws SQLException {
        String errors = rs.getString("errors");
        return new Submission(rs.getString("id"), rs.getString("campaign_id"), instant(rs, "received_at"),
                rs.getInt("http_status"), rs.getString("outcome"), rs.getString("message"),
                errors == null ? List.of() : json.readValue(errors, ERRORS), rs.getString("content_type"),
                rs.getString("body"), rs.getBoolean("body_truncated"), rs.getString("remote_addr"),
                rs.getString("key_hint"), rs.getString("idempotency_key"), rs.getString("lead_id"));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

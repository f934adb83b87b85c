package io.leadgate.lead;

import static io.leadgate.support.Sql.instant;
import static io.leadgate.support.Sql.utc;

import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Remembers the first answer given for an {@code Idempotency-Key} on a campaign. A key is claimed by inserting its row,
 * so two concurrent posts with the same key (even on different nodes) cannot both create a lead.
 */
@Repository
public class IdempotencyRepository {

    private final JdbcClient jdbc;

    public IdempotencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A remembered key: in progress, or completed with the answer given. */
    public record Entry(Instant createdAt, String requestHash, boolean completed, Integer httpStatus, String responseBody) {
    }

    /** Claims the key; returns the existing entry instead when another post holds it. */
    public Optional<Entry> claim(String campaignId, String key, String requestHash, Instant now, Instant staleBefore) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                jdbc.sql("INSERT INTO idempotency_record (campaign_id, idem_key, created_at, request_hash, completed) "
                                + "VALUES (?, ?, ?, ?, FALSE)")
                        .params(campaignId, key, utc(now), requestHash).update();
                return Optional.empty();
            } catch (DuplicateKeyException taken) {
                Optional<Entry> existing = find(campaignId, key);
                if (existing.isEmpty()) {
                    continue;
                }
                if (existing.get().createdAt().isBefore(staleBefore)) {
                    jdbc.sql("DELETE FROM idempotency_record WHERE campaign_id = ? AND idem_key = ? AND created_at = ?")
                            .params(campaignId, key, utc(existing.get().createdAt())).update();
                    continue;
                }
                return existing;
            }
        }
        throw new IllegalStateException("could not claim idempotency key after 3 attempts");
    }

    public void complete(String campaignId, String key, int httpStatus, String responseBody, String leadId) {
        jdbc.sql("UPDATE idempotency_record SET completed = TRUE, http_status = ?, response_body = ?, lead_id = ? "
                        + "WHERE campaign_id = ? AND idem_key = ?")
                .params(httpStatus, responseBody, leadId, campaignId, key).update();
    }

    /** Forgets a claim whose post failed, so that the seller can try again with the same key. */
    public void release(String campaignId, String key) {
        jdbc.sql("DELETE FROM idempotency_record WHERE campaign_id = ? AND idem_key = ? AND completed = FALSE")
                .params(campaignId, key).update();
    }

    /** Deletes entries older than the window; returns how many. */
    public int purgeBefore(Instant before) {
        return jdbc.sql("DELETE FROM idempotency_record WHERE created_at < ?").param(utc(before)).update();
    }

    private Optional<Entry> find(String campaignId, String key) {
        return jdbc.sql("SELECT created_at, request_hash, completed, http_status, response_body FROM idempotency_record "
                        + "WHERE campaign_id = ? AND idem_key = ?")
                .params(campaignId, key)
                .query((rs, row) -> new Entry(instant(rs, "created_at"), rs.getString("request_hash"),
                        rs.getBoolean("completed"), (Integer) rs.getObject("http_status"), rs.getString("response_body")))
                .optional();
    }
}

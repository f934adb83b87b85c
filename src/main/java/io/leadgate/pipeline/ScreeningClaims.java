package io.leadgate.pipeline;

import static io.leadgate.support.Sql.utc;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Claims a lead for screening, so that one node at a time screens it, and finds leads whose screening was interrupted.
 * A claim is a timestamp on the lead set by a conditional update, which works alike on every database and node.
 */
@Repository
public class ScreeningClaims {

    private final JdbcClient jdbc;

    public ScreeningClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the lead unless another screening holds a claim newer than {@code staleBefore}. */
    public boolean claim(String leadId, Instant now, Instant staleBefore) {
        return jdbc.sql("UPDATE lead SET screening_claimed_at = ? WHERE id = ? "
                        + "AND (screening_claimed_at IS NULL OR screening_claimed_at < ?)")
                .params(utc(now), leadId, utc(staleBefore)).update() == 1;
    }

    public void release(String leadId) {
        jdbc.sql("UPDATE lead SET screening_claimed_at = NULL WHERE id = ?").param(leadId).update();
    }

    /**
     * Pending leads of campaigns that screen on arrival whose screening never started (received before
     * {@code receivedBefore}) or stopped (claim older than {@code staleBefore}), oldest first.
     */
    public List<String> interrupted(Instant receivedBefore, Instant staleBefore, int limit) {
        return jdbc.sql("""
                SELECT l.id FROM lead l JOIN campaign c ON c.id = l.campaign_id
                WHERE l.disposition = 'PENDING' AND c.trigger_mode = 'on_arrival'
                  AND ((l.screening_claimed_at IS NULL AND l.received_at < ?) OR l.screening_claimed_at < ?)
                ORDER BY l.received_at LIMIT ?""")
                .params(utc(receivedBefore), utc(staleBefore), limit).query(String.class).list();
    }
}

package io.leadgate.integration.builtin;

import static io.leadgate.support.Sql.instant;
import static io.leadgate.support.Sql.utc;

import io.leadgate.lead.field.FieldType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds earlier leads with the same normalised phone or email, for {@code builtin.duplicate}: it reads the
 * {@code lead_value} rows the lead repository keeps for filtering (lower-cased canonical text, E.164 for phones), driven
 * by their (field, text) index, so that a check costs one index lookup however many leads there are.
 */
@Repository
class DuplicateLeads {

    /** The lead being checked. */
    record Current(String id, String leadTypeId, String campaignId, Instant receivedAt) {
    }

    /** An earlier lead with the same value. */
    record Earlier(String id, String campaignId, Instant receivedAt) {
    }

    /** A value to look for: in any field of its type of the lead type. */
    record Wanted(FieldType type, String text) {
    }

    private final JdbcClient jdbc;

    DuplicateLeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A lead not stored yet, as if received now in the campaign (the test console checks typed values this way); its
     * id is empty, which no stored lead has.
     */
    Optional<Current> unsaved(String campaignId, Instant now) {
        return jdbc.sql("SELECT lead_type_id FROM campaign WHERE id = ?").param(campaignId).query(String.class).optional()
                .map(leadTypeId -> new Current("", leadTypeId, campaignId, now));
    }

    Optional<Current> current(String leadId) {
        return jdbc.sql("SELECT id, lead_type_id, campaign_id, received_at FROM lead WHERE id = ?").param(leadId)
                .query((rs, n) -> new Current(rs.getString("id"), rs.getString("lead_type_id"), rs.getString("campaign_id"),
                        instant(rs, "received_at")))
                .optional();
    }

    /**
     * The most recent lead received before the current one, since {@code since}, in its campaign (or its lead type),
     * that has every wanted value in a field of the value's type; rejected leads count only when asked.
     */
    Optional<Earlier> latest(Current lead, List<Wanted> wanted, Instant since, boolean campaignOnly, boolean countRejected) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT l.id, l.campaign_id, l.received_at FROM lead_value v "
                + "JOIN lead l ON l.id = v.lead_id WHERE ");
        Wanted first = wanted.getFirst();
        List<String> firstFields = fields(lead.leadTypeId(), first.type());
        if (firstFields.isEmpty()) {
            return Optional.empty();
        }
        sql.append("v.field IN (").append(placeholders(firstFields.size())).append(") AND v.text_value = ? AND v.valid = TRUE");
        params.addAll(firstFields);
        params.add(first.text().toLowerCase(Locale.ROOT));
        for (Wanted other : wanted.subList(1, wanted.size())) {
            List<String> fields = fields(lead.leadTypeId(), other.type());
            if (fields.isEmpty()) {
                return Optional.empty();
            }
            sql.append(" AND EXISTS (SELECT 1 FROM lead_value o WHERE o.lead_id = l.id AND o.field IN (")
                    .append(placeholders(fields.size())).append(") AND o.text_value = ? AND o.valid = TRUE)");
            params.addAll(fields);
            params.add(other.text().toLowerCase(Locale.ROOT));
        }
        sql.append(" AND l.lead_type_id = ? AND l.id <> ? AND l.received_at >= ?"
                + " AND (l.received_at < ? OR (l.received_at = ? AND l.id < ?))");
        params.add(lead.leadTypeId());
        params.add(lead.id());
        params.add(utc(since));
        params.add(utc(lead.receivedAt()));
        params.add(utc(lead.receivedAt()));
        params.add(lead.id());
        if (campaignOnly) {
            sql.append(" AND l.campaign_id = ?");
            params.add(lead.campaignId());
        }
        if (!countRejected) {
            sql.append(" AND l.disposition <> 'REJECTED'");
        }
        sql.append(" ORDER BY l.received_at DESC, l.id DESC LIMIT 1");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Earlier(rs.getString("id"), rs.getString("campaign_id"), instant(rs, "received_at")))
                .optional();
    }

    /** The lead type's fields of a type: a phone may be in {@code phone} on one lead and {@code alt_phone} on another. */
    private List<String> fields(String leadTypeId, FieldType type) {
        return jdbc.sql("SELECT name FROM lead_field WHERE lead_type_id = ? AND field_type = ? ORDER BY position")
                .params(leadTypeId, type.id()).query(String.class).list();
    }

    private static String placeholders(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }
}

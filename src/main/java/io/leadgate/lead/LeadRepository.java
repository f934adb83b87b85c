package io.leadgate.lead;

import static io.leadgate.support.Sql.instant;
import static io.leadgate.support.Sql.utc;

import io.leadgate.lead.LeadQuery.FieldFilter;
import io.leadgate.lead.field.FieldValue;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores leads. Field values are kept twice: whole, as JSON on the lead, and one row per field in {@code lead_value}
 * for filtering by any field with an index.
 */
@Repository
public class LeadRepository {

    static final TypeReference<Map<String, FieldValue>> FIELDS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final String COLUMNS = "l.id, l.campaign_id, l.lead_type_id, l.submission_id, l.disposition, l.reasons, "
            + "l.fields, l.extra, l.source_ip, l.received_at, l.updated_at";
    private static final int MAX_TEXT = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    public LeadRepository(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    public void insert(Lead lead) {
        jdbc.sql("INSERT INTO lead (id, campaign_id, lead_type_id, submission_id, disposition, reasons, fields, extra, "
                        + "source_ip, received_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(lead.id(), lead.campaignId(), lead.leadTypeId(), lead.submissionId(), lead.disposition().name(),
                        json.writeValueAsString(lead.reasons()), json.writerFor(FIELDS).writeValueAsString(lead.fields()),
                        json.writeValueAsString(lead.extra()), lead.sourceIp(), utc(lead.receivedAt()), utc(lead.updatedAt()))
                .update();
        insertValues(lead.id(), lead.fields());
    }

    /**
     * Replaces the lead's fields (e.g. with values mapped from checks); only the filter rows of the fields named in
     * {@code changed} are rewritten.
     */
    public void updateFields(String leadId, Map<String, FieldValue> fields, Set<String> changed) {
        jdbc.sql("UPDATE lead SET fields = ? WHERE id = ?").params(json.writerFor(FIELDS).writeValueAsString(fields), leadId).update();
        if (changed.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>();
        params.add(leadId);
        params.addAll(changed);
        jdbc.sql("DELETE FROM lead_value WHERE lead_id = ? AND field IN (" + placeholders(changed.size()) + ")").params(params).update();
        Map<String, FieldValue> rows = new LinkedHashMap<>();
        changed.forEach(name -> {
            if (fields.get(name) != null) {
                rows.put(name, fields.get(name));
            }
        });
        insertValues(leadId, rows);
    }

    public void updateDisposition(Lead lead) {
        jdbc.sql("UPDATE lead SET disposition = ?, reasons = ?, updated_at = ? WHERE id = ?")
                .params(lead.disposition().name(), json.writeValueAsString(lead.reasons()), utc(lead.updatedAt()), lead.id())
                .update();
    }

    public Optional<Lead> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lead l WHERE l.id = ?").param(id).query(this::map).optional();
    }

    public boolean existForLeadType(String leadTypeId) {
        return jdbc.sql("SELECT COUNT(*) FROM lead WHERE lead_type_id = ?").param(leadTypeId).query(Long.class).single() > 0;
    }

    /** One page of leads matching the query, newest first unless asked otherwise. */
    public List<Lead> search(LeadQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM lead l WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (query.campaignId() != null) {
            sql.append(" AND l.campaign_id = ?");
            params.add(query.campaignId());
        }
        if (query.leadTypeId() != null) {
            sql.append(" AND l.lead_type_id = ?");
            params.add(query.leadTypeId());
        }
        if (!query.dispositions().isEmpty()) {
            sql.append(" AND l.disposition IN (").append(placeholders(query.dispositions().size())).append(')');
            query.dispositions().stream().map(Enum::name).sorted().forEach(params::add);
        }
        if (query.receivedFrom() != null) {
            sql.append(" AND l.received_at >= ?");
            params.add(utc(query.receivedFrom()));
        }
        if (query.receivedTo() != null) {
            sql.append(" AND l.received_at < ?");
            params.add(utc(query.receivedTo()));
        }
        if (query.after() != null) {
            sql.append(query.oldestFirst() ? " AND (l.received_at, l.id) > (?, ?)" : " AND (l.received_at, l.id) < (?, ?)");
            params.add(utc(query.after().receivedAt()));
            params.add(query.after().id());
        }
        for (FieldFilter filter : query.filters()) {
            appendFilter(sql, params, filter);
        }
        String order = query.oldestFirst() ? "ASC" : "DESC";
        sql.append(" ORDER BY l.received_at ").append(order).append(", l.id ").append(order).append(" LIMIT ?");
        params.add(query.limit());
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    private static void appendFilter(StringBuilder sql, List<Object> params, FieldFilter f) {
        String value = f.numeric() ? "v.number_value" : "v.text_value";
        List<?> operands = f.numeric() ? f.numbers() : f.texts();
        String condition = switch (f.operator()) {
            case EQUALS -> value + " = ?";
            case NOT_EQUALS -> value + " <> ?";
            case LESS_THAN -> value + " < ?";
            case AT_MOST -> value + " <= ?";
            case GREATER_THAN -> value + " > ?";
            case AT_LEAST -> value + " >= ?";
            case IN -> value + " IN (" + placeholders(operands.size()) + ")";
            case CONTAINS -> "v.text_value LIKE ? ESCAPE '\\'";
            case IS_BLANK, IS_NOT_BLANK -> null;
        };
        if (f.operator() == FilterOperator.IS_BLANK) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM lead_value v WHERE v.lead_id = l.id AND v.field = ?)");
            params.add(f.field());
            return;
        }
        sql.append(" AND EXISTS (SELECT 1 FROM lead_value v WHERE v.lead_id = l.id AND v.field = ?");
        params.add(f.field());
        if (condition != null) {
            sql.append(" AND ").append(condition);
            if (f.operator() == FilterOperator.CONTAINS) {
                params.add("%" + likeEscape(f.texts().getFirst()) + "%");
            } else {
                params.addAll(operands);
            }
        }
        sql.append(')');
    }

    private void insertValues(String leadId, Map<String, FieldValue> fields) {
        List<Object[]> rows = new ArrayList<>(fields.size());
        for (Map.Entry<String, FieldValue> e : fields.entrySet()) {
            FieldValue v = e.getValue();
            String text = v.text() == null ? null : v.text().toLowerCase(Locale.ROOT);
            if (text != null && text.length() > MAX_TEXT) {
                text = text.substring(0, MAX_TEXT);
            }
            BigDecimal number = v.number().orElse(null);
            rows.add(new Object[] {leadId, e.getKey(), text, number, v.valid()});
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("INSERT INTO lead_value (lead_id, field, text_value, number_value, valid) VALUES (?, ?, ?, ?, ?)", rows);
        }
    }

    private Lead map(ResultSet rs, int row) throws SQLException {
        return new Lead(rs.getString("id"), rs.getString("campaign_id"), rs.getString("lead_type_id"),
                rs.getString("submission_id"), Disposition.valueOf(rs.getString("disposition")),
                json.readValue(rs.getString("reasons"), STRINGS), json.readValue(rs.getString("fields"), FIELDS),
                (ObjectNode) json.readTree(rs.getString("extra")), rs.getString("source_ip"),
                instant(rs, "received_at"), instant(rs, "updated_at"));
    }

    private static String placeholders(int n) {
        return IntStream.range(0, n).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

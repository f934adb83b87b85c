package io.leadgate.lead;

import static io.leadgate.support.Sql.instant;
import static io.leadgate.support.Sql.utc;

import io.leadgate.lead.field.FieldType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores lead types and their fields. */
@Repository
public class LeadTypeRepository {

    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public LeadTypeRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<LeadType> find(String id) {
        return findWhere("WHERE t.id = ?", id).stream().findFirst();
    }

    public List<LeadType> findAll() {
        return findWhere("", null);
    }

    public boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM lead_type WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    public boolean usedByCampaigns(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM campaign WHERE lead_type_id = ?").param(id).query(Long.class).single() > 0;
    }

    public void insert(LeadType type) {
        jdbc.sql("INSERT INTO lead_type (id, name, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")
                .params(type.id(), type.name(), type.description(), utc(type.createdAt()), utc(type.updatedAt()))
                .update();
        insertFields(type);
    }

    /** Replaces the name, description and the whole field list. */
    public void update(LeadType type) {
        jdbc.sql("UPDATE lead_type SET name = ?, description = ?, updated_at = ? WHERE id = ?")
                .params(type.name(), type.description(), utc(type.updatedAt()), type.id())
                .update();
        jdbc.sql("DELETE FROM lead_field WHERE lead_type_id = ?").param(type.id()).update();
        insertFields(type);
    }

    public void delete(String id) {
        jdbc.sql("DELETE FROM lead_type WHERE id = ?").param(id).update();
    }

    private void insertFields(LeadType type) {
        int position = 0;
        for (FieldDefinition f : type.fields()) {
            jdbc.sql("""
                    INSERT INTO lead_field (lead_type_id, name, label, field_type, required, choices, default_region, position)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(type.id(), f.name(), f.label(), f.type().id(), f.required(),
                            f.choices().isEmpty() ? null : json.writeValueAsString(f.choices()), f.defaultRegion(), position++)
                    .update();
        }
    }

    private List<LeadType> findWhere(String where, String param) {
        var sql = jdbc.sql("""
                SELECT t.id, t.name, t.description, t.created_at, t.updated_at,
                       f.name AS field_name, f.label, f.field_type, f.required, f.choices, f.default_region
                FROM lead_type t LEFT JOIN lead_field f ON f.lead_type_id = t.id
                """ + where + " ORDER BY t.id, f.position");
        if (param != null) {
            sql = sql.param(param);
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        sql.query((ResultSet rs) -> {
            Row row = rows.computeIfAbsent(rs.getString("id"), id -> readType(rs));
            String fieldName = rs.getString("field_name");
            if (fieldName != null) {
                row.fields.add(readField(rs, fieldName));
            }
        });
        return rows.values().stream()
                .map(r -> new LeadType(r.id, r.name, r.description, r.fields, r.createdAt, r.updatedAt))
                .toList();
    }

    private Row readType(ResultSet rs) {
        try {
            return new Row(rs.getString("id"), rs.getString("name"), rs.getString("description"),
                    instant(rs, "created_at"), instant(rs, "updated_at"), new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private FieldDefinition readField(ResultSet rs, String name) throws SQLException {
        String choices = rs.getString("choices");
        FieldType type = FieldType.fromId(rs.getString("field_type"))
                .orElseThrow(() -> new IllegalStateException("unknown field type in database: " + name));
        return new FieldDefinition(name, rs.getString("label"), type, rs.getBoolean("required"),
                choices == null ? List.of() : json.readValue(choices, STRING_LIST), rs.getString("default_region"));
    }

    private record Row(String id, String name, String description, Instant createdAt,
            Instant updatedAt, List<FieldDefinition> fields) {
    }
}

package io.leadgate.integration.setup;

import static io.leadgate.support.Sql.instant;
import static io.leadgate.support.Sql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stores integration setups; the configuration is one JSON document. */
@Repository
public class SetupRepository {

    private static final String COLUMNS = "id, lead_type_id, integration_id, name, config, created_at, updated_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public SetupRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<IntegrationSetup> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration_setup WHERE id = ?").param(id).query(this::map).optional();
    }

    public List<IntegrationSetup> findByLeadType(String leadTypeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration_setup WHERE lead_type_id = ? ORDER BY created_at, id")
                .param(leadTypeId).query(this::map).list();
    }

    public void insert(IntegrationSetup s) {
        jdbc.sql("INSERT INTO integration_setup (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(s.id(), s.leadTypeId(), s.integrationId(), s.name(), json.writeValueAsString(s.config()),
                        utc(s.createdAt()), utc(s.updatedAt()))
                .update();
    }

    public void update(IntegrationSetup s) {
        jdbc.sql("UPDATE integration_setup SET name = ?, config = ?, updated_at = ? WHERE id = ?")
                .params(s.name(), json.writeValueAsString(s.config()), utc(s.updatedAt()), s.id())
                .update();
    }

    public void delete(String id) {
        jdbc.sql("DELETE FROM integration_setup WHERE id = ?").param(id).update();
    }

    public boolean usedBySteps(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM campaign_step WHERE setup_id = ?").param(id).query(Long.class).single() > 0;
    }

    private IntegrationSetup map(ResultSet rs, int row) throws SQLException {
        return new IntegrationSetup(rs.getString("id"), rs.getString("lead_type_id"), rs.getString("integration_id"),
                rs.getString("name"), json.readValue(rs.getString("config"), SetupConfig.class),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }
}

package io.leadgate.campaign;

import static io.leadgate.support.Sql.instant;
import static io.leadgate.support.Sql.utc;

import io.leadgate.integration.setup.StepOverrides;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stores campaign steps. */
@Repository
public class StepRepository {

    private static final String COLUMNS = "id, campaign_id, setup_id, position, enabled, stop_on_reject, overrides, created_at, updated_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public StepRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<CampaignStep> findByCampaign(String campaignId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign_step WHERE campaign_id = ? ORDER BY position, created_at")
                .param(campaignId).query(this::map).list();
    }

    public Optional<CampaignStep> find(String campaignId, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM campaign_step WHERE campaign_id = ? AND id = ?")
                .params(campaignId, id).query(this::map).optional();
    }

    public void insert(CampaignStep s) {
        jdbc.sql("INSERT INTO campaign_step (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.id(), s.campaignId(), s.setupId(), s.position(), s.enabled(), s.stopOnReject(),
                        json.writeValueAsString(s.overrides()), utc(s.createdAt()), utc(s.updatedAt()))
                .update();
    }

    public void update(CampaignStep s) {
        jdbc.sql("UPDATE campaign_step SET position = ?, enabled = ?, stop_on_reject = ?, overrides = ?, updated_at = ? WHERE id = ?")
                .params(s.position(), s.enabled(), s.stopOnReject(), json.writeValueAsString(s.overrides()), utc(s.updatedAt()), s.id())
                .update();
    }

    public void delete(String id) {
        jdbc.sql("DELETE FROM campaign_step WHERE id = ?").param(id).update();
    }

    private CampaignStep map(ResultSet rs, int row) throws SQLException {
        return new CampaignStep(rs.getString("id"), rs.getString("campaign_id"), rs.getString("setup_id"),
                rs.getInt("position"), rs.getBoolean("enabled"), rs.getBoolean("stop_on_reject"),
                json.readValue(rs.getString("overrides"), StepOverrides.class), instant(rs, "created_at"), instant(rs, "updated_at"));
    }
}

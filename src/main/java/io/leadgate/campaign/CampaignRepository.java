package io.leadgate.campaign;

import static io.leadgate.support.Sql.instant;
import static io.leadgate.support.Sql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores campaigns and their posting keys. */
@Repository
public class CampaignRepository {

    private static final String CAMPAIGN_COLUMNS = "id, name, lead_type_id, status, trigger_mode, created_at, updated_at";
    private static final String KEY_COLUMNS = "id, campaign_id, hint, created_at, expires_at, revoked_at, last_used_at";

    private final JdbcClient jdbc;

    public CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Campaign> find(String id) {
        return jdbc.sql("SELECT " + CAMPAIGN_COLUMNS + " FROM campaign WHERE id = ?").param(id)
                .query(CampaignRepository::mapCampaign).optional();
    }

    public List<Campaign> findAll() {
        return jdbc.sql("SELECT " + CAMPAIGN_COLUMNS + " FROM campaign ORDER BY id").query(CampaignRepository::mapCampaign).list();
    }

    public boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM campaign WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    public void insert(Campaign c) {
        jdbc.sql("INSERT INTO campaign (" + CAMPAIGN_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(c.id(), c.name(), c.leadTypeId(), c.status().id(), c.trigger().id(), utc(c.createdAt()), utc(c.updatedAt()))
                .update();
    }

    public void update(Campaign c) {
        jdbc.sql("UPDATE campaign SET name = ?, lead_type_id = ?, status = ?, trigger_mode = ?, updated_at = ? WHERE id = ?")
                .params(c.name(), c.leadTypeId(), c.status().id(), c.trigger().id(), utc(c.updatedAt()), c.id())
                .update();
    }

    public void delete(String id) {
        jdbc.sql("DELETE FROM campaign WHERE id = ?").param(id).update();
    }

    public boolean hasLeads(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM lead WHERE campaign_id = ?").param(id).query(Long.class).single() > 0;
    }

    public void insertKey(PostingKey key, String keyHash) {
        jdbc.sql("INSERT INTO posting_key (id, campaign_id, key_hash, hint, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(key.id(), key.campaignId(), keyHash, key.hint(), utc(key.createdAt()))
                .update();
    }

    public Optional<PostingKey> findKeyByHash(String keyHash) {
        return jdbc.sql("SELECT " + KEY_COLUMNS + " FROM posting_key WHERE key_hash = ?").param(keyHash)
                .query(CampaignRepository::mapKey).optional();
    }

    public List<PostingKey> findKeys(String campaignId) {
        return jdbc.sql("SELECT " + KEY_COLUMNS + " FROM posting_key WHERE campaign_id = ? ORDER BY created_at, id")
                .param(campaignId).query(CampaignRepository::mapKey).list();
    }

    /** Gives every open-ended key of the campaign an expiry (the grace period of a rotation). */
    public void expireOpenKeys(String campaignId, Instant expiresAt) {
        jdbc.sql("UPDATE posting_key SET expires_at = ? WHERE campaign_id = ? AND revoked_at IS NULL AND expires_at IS NULL")
                .params(utc(expiresAt), campaignId).update();
    }

    public boolean revokeKey(String campaignId, String keyId, Instant at) {
        return jdbc.sql("UPDATE posting_key SET revoked_at = ? WHERE id = ? AND campaign_id = ? AND revoked_at IS NULL")
                .params(utc(at), keyId, campaignId).update() == 1;
    }

    public void markKeyUsed(String keyId, Instant at) {
        jdbc.sql("UPDATE posting_key SET last_used_at = ? WHERE id = ?").params(utc(at), keyId).update();
    }

    private static Campaign mapCampaign(ResultSet rs, int row) throws SQLException {
        return new Campaign(rs.getString("id"), rs.getString("name"), rs.getString("lead_type_id"),
                CampaignStatus.fromId(rs.getString("status")).orElseThrow(),
                AutomationTrigger.fromId(rs.getString("trigger_mode")).orElseThrow(),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static PostingKey mapKey(ResultSet rs, int row) throws SQLException {
        return new PostingKey(rs.getString("id"), rs.getString("campaign_id"), rs.getString("hint"),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "revoked_at"), instant(rs, "last_used_at"));
    }
}

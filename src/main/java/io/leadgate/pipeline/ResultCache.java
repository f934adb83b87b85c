package io.leadgate.pipeline;

import static io.leadgate.support.Sql.instant;
import static io.leadgate.support.Sql.utc;

import io.leadgate.integration.CheckRequest;
import io.leadgate.integration.CheckResponse;
import io.leadgate.integration.IntegrationDescriptor;
import io.leadgate.lead.field.FieldValue;
import io.leadgate.support.Secrets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers of checks whose integration allows reuse ({@link IntegrationDescriptor#cacheTtl()}), by integration, request
 * values and settings, shared by every node: the same lookup within the time allowed is answered from here and not paid
 * for again. Failures are never kept.
 */
@Repository
public class ResultCache {

    private static final TypeReference<Map<String, FieldValue>> VALUES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public ResultCache(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** An answer found in the cache, and when it was first given. */
    public record Hit(CheckResponse.Answered answer, Instant createdAt) {
    }

    /** The key of a request: the integration, every request value and every setting, hashed. */
    static String key(IntegrationDescriptor d, CheckRequest request) {
        StringBuilder sb = new StringBuilder(d.id());
        new TreeMap<>(request.fields()).forEach((k, v) -> sb.append('|').append(k).append('=').append(v.type().id()).append(':').append(v.text()));
        sb.append("||");
        new TreeMap<>(request.settings()).forEach((k, v) -> sb.append('|').append(k).append('=').append(v));
        return Secrets.hash(sb.toString());
    }

    public Optional<Hit> find(IntegrationDescriptor d, CheckRequest request) {
        if (!d.cacheable()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT response_values, raw_response, request_as_sent, created_at FROM check_cache "
                        + "WHERE cache_key = ? AND expires_at > ?")
                .params(key(d, request), utc(clock.instant()))
                .query((rs, row) -> new Hit(new CheckResponse.Answered(json.readValue(rs.getString("response_values"), VALUES), false,
                        rs.getString("request_as_sent"), rs.getString("raw_response"), false), instant(rs, "created_at")))
                .optional();
    }

    /** Keeps a complete answer for the integration's time to live. */
    public void put(IntegrationDescriptor d, CheckRequest request, CheckResponse.Answered answer) {
        if (!d.cacheable() || answer.partial() || !answer.billed()) {
            return;
        }
        Instant now = clock.instant();
        String key = key(d, request);
        jdbc.sql("DELETE FROM check_cache WHERE cache_key = ?").param(key).update();
        try {
            jdbc.sql("INSERT INTO check_cache (cache_key, integration_id, response_values, raw_response, request_as_sent, created_at, expires_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(key, d.id(), json.writerFor(VALUES).writeValueAsString(answer.values()), answer.rawResponse(),
                            answer.requestAsSent(), utc(now), utc(now.plus(d.cacheTtl())))
                    .update();
        } catch (DuplicateKeyException anotherNodeWasFaster) {
            // the same answer was just kept by a concurrent screening
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void purgeExpired() {
        jdbc.sql("DELETE FROM check_cache WHERE expires_at <= ?").param(utc(clock.instant())).update();
    }
}

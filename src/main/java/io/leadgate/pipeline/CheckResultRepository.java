package io.leadgate.pipeline;

import static io.leadgate.support.Sql.instant;
import static io.leadgate.support.Sql.utc;

import io.leadgate.lead.Disposition;
import io.leadgate.lead.field.FieldValue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores screening runs and their check results. */
@Repository
public class CheckResultRepository {

    private static final TypeReference<Map<String, FieldValue>> FIELDS = new TypeReference<>() { };
    private static final TypeReference<List<RuleOutcome>> RULES = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final String RESULT_COLUMNS = "id, run_id, lead_id, step_id, setup_id, position, integration_id, status, "
            + "reason, error_kind, error_message, request, raw_response, mapped_fields, rules, duration_ms, cost, started_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public CheckResultRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insertRun(ScreeningRun run) {
        jdbc.sql("INSERT INTO screening_run (id, lead_id, run_trigger, started_at, finished_at, disposition, reasons, cost) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(run.id(), run.leadId(), run.trigger(), utc(run.startedAt()), utc(run.finishedAt()),
                        run.disposition() == null ? null : run.disposition().name(),
                        run.reasons() == null ? null : json.writeValueAsString(run.reasons()), run.cost())
                .update();
    }

    public void finishRun(ScreeningRun run) {
        jdbc.sql("UPDATE screening_run SET finished_at = ?, disposition = ?, reasons = ?, cost = ? WHERE id = ?")
                .params(utc(run.finishedAt()), run.disposition().name(), json.writeValueAsString(run.reasons()), run.cost(), run.id())
                .update();
    }

    public void insert(CheckResult r) {
        jdbc.sql("INSERT INTO check_result (" + RESULT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id(), r.runId(), r.leadId(), r.stepId(), r.setupId(), r.position(), r.integrationId(),
                        r.status().id(), truncate(r.reason(), 2000), r.errorKind(), truncate(r.errorMessage(), 2000),
                        r.request(), r.rawResponse(), json.writerFor(FIELDS).writeValueAsString(r.mappedFields()),
                        json.writeValueAsString(r.rules()), r.durationMs(), r.cost(), utc(r.startedAt()))
                .update();
    }

    /** Every check result of the lead, run by run (oldest first), each run's in step order. */
    public List<CheckResult> findByLead(String leadId) {
        return jdbc.sql("SELECT c.* FROM check_result c JOIN screening_run r ON r.id = c.run_id WHERE c.lead_id = ? "
                        + "ORDER BY r.started_at, r.id, c.position")
                .param(leadId).query(this::mapResult).list();
    }

    public List<ScreeningRun> findRuns(String leadId) {
        return jdbc.sql("SELECT id, lead_id, run_trigger, started_at, finished_at, disposition, reasons, cost FROM screening_run "
                        + "WHERE lead_id = ? ORDER BY started_at, id")
                .param(leadId).query((rs, row) -> {
                    String disposition = rs.getString("disposition");
                    String reasons = rs.getString("reasons");
                    return new ScreeningRun(rs.getString("id"), rs.getString("lead_id"), rs.getString("run_trigger"),
                            instant(rs, "started_at"), instant(rs, "finished_at"),
                            disposition == null ? null : Disposition.valueOf(disposition),
                            reasons == null ? List.of() : json.readValue(reasons, STRINGS), rs.getBigDecimal("cost"));
                }).list();
    }

    public int countRuns(String leadId) {
        return jdbc.sql("SELECT COUNT(*) FROM screening_run WHERE lead_id = ?").param(leadId).query(Integer.class).single();
    }

    private CheckResult mapResult(ResultSet rs, int row) throws SQLException {
        return new CheckResult(rs.getString("id"), rs.getString("run_id"), rs.getString("lead_id"), rs.getString("step_id"),
                rs.getString("setup_id"), rs.getInt("position"), rs.getString("integration_id"),
                CheckStatus.fromId(rs.getString("status")), rs.getString("reason"), rs.getString("error_kind"),
                rs.getString("error_message"), rs.getString("request"), rs.getString("raw_response"),
                json.readValue(rs.getString("mapped_fields"), FIELDS), json.readValue(rs.getString("rules"), RULES),
                rs.getLong("duration_ms"), rs.getBigDecimal("cost"), instant(rs, "started_at"));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

package io.leadgate.pipeline;

import io.leadgate.lead.field.FieldValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one step did for one lead in one screening run: its status and reason, the request as sent (secrets masked),
 * the raw response, the values mapped into the lead, how each rule came out, the time it took and what it cost.
 */
public record CheckResult(String id, String runId, String leadId, String stepId, String setupId, int position,
        String integrationId, CheckStatus status, String reason, String errorKind, String errorMessage, String request,
        String rawResponse, Map<String, FieldValue> mappedFields, List<RuleOutcome> rules, long durationMs,
        BigDecimal cost, Instant startedAt) {

    public CheckResult {
        mappedFields = mappedFields == null ? Map.of() : mappedFields;
        rules = rules == null ? List.of() : List.copyOf(rules);
        cost = cost == null ? BigDecimal.ZERO : cost;
    }
}

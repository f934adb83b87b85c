package io.leadgate.pipeline;

import io.leadgate.lead.Disposition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One pass of a lead through its campaign's steps. Every run is kept; the newest decides the lead's disposition.
 *
 * @param trigger why it ran: {@code arrival}, {@code manual}, {@code resume} (after a crash or a held check)
 */
public record ScreeningRun(String id, String leadId, String trigger, Instant startedAt, Instant finishedAt,
        Disposition disposition, List<String> reasons, BigDecimal cost) {
}

package io.leadgate.lead;

import java.util.List;

/** Decides a stored lead's disposition by running its campaign's checks. */
public interface LeadScreener {

    /** Screens the lead (already stored as PENDING) and returns what was decided; the screener stores the outcome. */
    Screening screen(Lead lead);

    /**
     * What screening decided.
     *
     * @param reasons why, in words fit for the seller (no personal data)
     * @param checks one line per step, in order
     */
    record Screening(Disposition disposition, List<String> reasons, List<CheckSummary> checks) {

        public Screening {
            reasons = List.copyOf(reasons);
            checks = List.copyOf(checks);
        }
    }

    /** One step of a screening, as the seller sees it. */
    record CheckSummary(String step, String integration, String status, String reason) {
    }
}

package io.leadgate.pipeline;

import io.leadgate.criteria.Action;
import io.leadgate.integration.setup.ErrorPolicy;
import io.leadgate.lead.Disposition;

/**
 * What one step says about a lead, ordered by strength: the lead's disposition follows the strongest verdict of its
 * steps. {@code HOLD} (screen again later) beats everything but a rejection: a lead that is rejected anyway need not
 * wait for a retry.
 */
enum Verdict {
    ACCEPT, FLAG, QUALITY_CONTROL, HOLD, REJECT;

    static Verdict of(Action action) {
        return switch (action) {
            case ACCEPT -> ACCEPT;
            case FLAG -> FLAG;
            case QUALITY_CONTROL -> QUALITY_CONTROL;
            case REJECT -> REJECT;
        };
    }

    static Verdict of(ErrorPolicy policy) {
        return switch (policy) {
            case PASS -> ACCEPT;
            case QUALITY_CONTROL -> QUALITY_CONTROL;
            case REJECT -> REJECT;
            case RETRY_LATER -> HOLD;
        };
    }

    Verdict max(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The status a step with this verdict is recorded with (HOLD is an error held for retry). */
    CheckStatus status() {
        return switch (this) {
            case ACCEPT -> CheckStatus.PASSED;
            case FLAG -> CheckStatus.FLAGGED;
            case QUALITY_CONTROL -> CheckStatus.QUALITY_CONTROL;
            case HOLD -> CheckStatus.ERROR;
            case REJECT -> CheckStatus.REJECTED;
        };
    }

    Disposition disposition() {
        return switch (this) {
            case ACCEPT -> Disposition.ACCEPTED;
            case FLAG -> Disposition.FLAGGED;
            case QUALITY_CONTROL -> Disposition.QUALITY_CONTROL;
            case HOLD -> Disposition.PENDING;
            case REJECT -> Disposition.REJECTED;
        };
    }
}

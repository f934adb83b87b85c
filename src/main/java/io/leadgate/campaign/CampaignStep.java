package io.leadgate.campaign;

import io.leadgate.integration.setup.StepOverrides;
import java.time.Instant;

/**
 * One integration setup placed in a campaign's chain of checks.
 *
 * @param position order in the chain, from 1
 * @param stopOnReject when this step rejects the lead, later steps are not run (and not paid for)
 */
public record CampaignStep(String id, String campaignId, String setupId, int position, boolean enabled,
        boolean stopOnReject, StepOverrides overrides, Instant createdAt, Instant updatedAt) {

    public CampaignStep {
        overrides = overrides == null ? StepOverrides.NONE : overrides;
    }
}

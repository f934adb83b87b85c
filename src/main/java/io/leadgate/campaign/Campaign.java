package io.leadgate.campaign;

import java.time.Instant;

/**
 * A lead source posting one lead type into LeadGate.
 *
 * @param id URL-safe identifier chosen at creation, part of the posting URL
 */
public record Campaign(String id, String name, String leadTypeId, CampaignStatus status, AutomationTrigger trigger,
        Instant createdAt, Instant updatedAt) {
}

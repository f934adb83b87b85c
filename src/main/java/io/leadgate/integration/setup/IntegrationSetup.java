package io.leadgate.integration.setup;

import java.time.Instant;

/** One integration configured for one lead type: mapping, settings, rules, error policy. Campaign steps point at it. */
public record IntegrationSetup(String id, String leadTypeId, String integrationId, String name, SetupConfig config,
        Instant createdAt, Instant updatedAt) {
}

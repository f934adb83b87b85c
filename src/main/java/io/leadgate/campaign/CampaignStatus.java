package io.leadgate.campaign;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a campaign takes leads: a paused campaign refuses posts with 409. */
public enum CampaignStatus {
    ACTIVE, PAUSED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CampaignStatus> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id().equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }
}

package io.leadgate.campaign;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** When a campaign's leads are screened: as soon as they arrive, or only when somebody asks. */
public enum AutomationTrigger {
    ON_ARRIVAL, ON_DEMAND;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AutomationTrigger> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id().equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }
}

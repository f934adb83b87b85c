package io.leadgate.pipeline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What one step did for one lead. */
public enum CheckStatus {
    PASSED, REJECTED, QUALITY_CONTROL, FLAGGED, ERROR, SKIPPED, NOT_RUN;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CheckStatus fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}

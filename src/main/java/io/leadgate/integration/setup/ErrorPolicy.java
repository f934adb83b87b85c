package io.leadgate.integration.setup;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a step does when its check fails or a rule cannot be decided (a value is missing): treat it as passed, send the
 * lead to quality control, reject it, or hold it to be screened again later.
 */
public enum ErrorPolicy {
    PASS, QUALITY_CONTROL, REJECT, RETRY_LATER;

    /** The policy of a setup that names none: a person looks at the lead. */
    public static final ErrorPolicy DEFAULT = QUALITY_CONTROL;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ErrorPolicy> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
    }

    @JsonCreator
    static ErrorPolicy ofId(String id) {
        return fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown error policy '" + id + "'; use one of " + ids()));
    }

    public static String ids() {
        return Arrays.stream(values()).map(ErrorPolicy::id).collect(Collectors.joining(", "));
    }
}

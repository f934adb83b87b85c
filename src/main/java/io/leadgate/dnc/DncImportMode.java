package io.leadgate.dnc;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an imported file is to the list. */
public enum DncImportMode {
    /** The list's whole new content: a full registry download (one file, or a zip of one file per area code). */
    REPLACE,
    /** The new content of the area codes the file holds; other area codes are kept (one area code's registry file). */
    REPLACE_AREA_CODES,
    /** Numbers to add (a registry additions file, a batch of internal opt-outs). */
    ADD,
    /** Numbers to take off (a registry deletions file). */
    REMOVE,
    /** A change file: each line a number and A (added) or D (deleted). */
    CHANGES;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DncImportMode> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(m -> m.id().equals(wanted)).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(DncImportMode::id).collect(Collectors.joining(", "));
    }

    /** Whether the file replaces numbers rather than adding or removing some. */
    boolean replaces() {
        return this == REPLACE || this == REPLACE_AREA_CODES;
    }
}

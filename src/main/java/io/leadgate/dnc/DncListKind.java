package io.leadgate.dnc;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a suppression list is, which decides what {@code builtin.dnc} reports a match as and whether it ages. */
public enum DncListKind {
    /** The FTC's National Do Not Call Registry. */
    NATIONAL_DNC(true),
    /** One state's own Do Not Call list. */
    STATE_DNC(true),
    /** Numbers of serial TCPA plaintiffs and their lawyers, from a litigator list vendor. */
    LITIGATOR(true),
    /** The buyer's own list: consumers who asked this company to stop calling. Kept current here, so it never ages. */
    INTERNAL_DNC(false),
    /** Any other named list (a partner's suppression file, a Canadian DNCL extract...). */
    CUSTOM(true);

    private final boolean ages;

    DncListKind(boolean ages) {
        this.ages = ages;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the list is a copy of an outside source that must be refreshed: the registry has to be re-downloaded at
     * least every 31 days, so such a list older than that is stale.
     */
    public boolean ages() {
        return ages;
    }

    public static Optional<DncListKind> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id().equals(wanted)).findFirst();
    }

    /** Every id, for messages. */
    public static String ids() {
        return Arrays.stream(values()).map(DncListKind::id).collect(Collectors.joining(", "));
    }
}

package io.leadgate.dnc;

import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.StateValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A suppression list as stored: what it is, how many numbers it holds, where its numbers came from and how current
 * they are. Its numbers are in {@link DncSet}s.
 *
 * @param state the two-letter state of a {@code state_dnc} list, else null
 * @param count how many distinct numbers the list holds
 * @param version moves on every change of the numbers, so that every node notices and reloads
 * @param sourceFile the file of the last import
 * @param importedAt when the last import ran
 * @param refreshedAt how current the numbers are: the as-of date of the last import (the date the registry file was
 *     downloaded), or null when nothing was ever imported
 */
public record DncList(String id, DncListKind kind, String state, String name, long count, long version,
        String sourceFile, Instant importedAt, Instant refreshedAt, Instant createdAt, Instant updatedAt) {

    public static final String NATIONAL = "national_dnc";
    public static final String LITIGATOR = "litigator";
    public static final String INTERNAL = "internal_dnc";
    public static final String STATE_PREFIX = "state_dnc_";

    /** What a list id may look like: it is used in settings and URLs. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{1,63}");

    /**
     * Whether lookups can rely on the list: it was imported at least once, or it is an internal list (which is complete
     * from its creation: a number not on it was never added).
     */
    public boolean hasData() {
        return !kind.ages() || refreshedAt != null;
    }

    /** Whether the list is a copy of an outside source last refreshed more than {@code maxAge} before {@code now}. */
    public boolean staleAt(Instant now, Duration maxAge) {
        return kind.ages() && (refreshedAt == null || refreshedAt.isBefore(now.minus(maxAge)));
    }

    /**
     * The list a well-known id stands for, so that importing into {@code national_dnc}, {@code litigator},
     * {@code internal_dnc} or {@code state_dnc_tx} needs no set-up; empty for any other id.
     */
    public static Optional<DncList> wellKnown(String id, Instant now) {
        if (id == null) {
            return Optional.empty();
        }
        return switch (id) {
            case NATIONAL -> Optional.of(empty(id, DncListKind.NATIONAL_DNC, null, "National Do Not Call Registry", now));
            case LITIGATOR -> Optional.of(empty(id, DncListKind.LITIGATOR, null, "Litigator list", now));
            case INTERNAL -> Optional.of(empty(id, DncListKind.INTERNAL_DNC, null, "Internal Do Not Call list", now));
            default -> id.startsWith(STATE_PREFIX)
                    ? stateCode(id.substring(STATE_PREFIX.length()))
                            .filter(code -> id.equals(STATE_PREFIX + code.toLowerCase(Locale.ROOT)))
                            .map(code -> empty(id, DncListKind.STATE_DNC, code, code + " state Do Not Call list", now))
                    : Optional.empty();
        };
    }

    /** A new list without numbers. */
    public static DncList empty(String id, DncListKind kind, String state, String name, Instant now) {
        return new DncList(id, kind, state, name, 0, 0, null, null, null, now, now);
    }

    /** The two-letter code of a US state, district or territory, or of a Canadian province. */
    static Optional<String> stateCode(String text) {
        return FieldType.STATE.normalise(text, FieldOptions.NONE)
                .filter(v -> v.valid() && v instanceof StateValue)
                .map(v -> ((StateValue) v).code());
    }

    DncList withNumbers(long newCount, long newVersion, Instant at) {
        return new DncList(id, kind, state, name, newCount, newVersion, sourceFile, importedAt, refreshedAt, createdAt, at);
    }

    DncList imported(long newCount, long newVersion, String file, Instant at, Instant asOf) {
        return new DncList(id, kind, state, name, newCount, newVersion, file, at, asOf, createdAt, at);
    }
}

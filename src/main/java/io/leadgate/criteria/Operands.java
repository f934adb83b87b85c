package io.leadgate.criteria;

import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The values written in criteria, read once and kept: compiled patterns, and comparison values normalised with a field
 * type.
 *
 * <p>Records cannot carry derived state, and reading a phone number costs microseconds, so the same rule evaluated for
 * every lead would otherwise parse the same value again and again. Only what users write in criteria is kept here,
 * never a lead's data; the caches are bounded by clearing them when they grow past a size no real setup reaches.
 */
final class Operands {

    private static final int LIMIT = 10_000;

    private record Key(FieldType type, FieldOptions options, String written) {
    }

    private static final ConcurrentHashMap<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Key, Optional<FieldValue>> VALUES = new ConcurrentHashMap<>();

    private Operands() {
    }

    /**
     * A pattern compiled case-insensitively, as all text comparisons are.
     *
     * @throws java.util.regex.PatternSyntaxException when the regular expression is not valid
     */
    static Pattern pattern(String regex) {
        Pattern cached = PATTERNS.get(regex);
        if (cached != null) {
            return cached;
        }
        Pattern compiled = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        if (PATTERNS.size() >= LIMIT) {
            PATTERNS.clear();
        }
        PATTERNS.put(regex, compiled);
        return compiled;
    }

    /**
     * A comparison value read as a value of the given type, or empty when the type's normaliser cannot read it at all.
     */
    static Optional<FieldValue> normalise(FieldType type, FieldOptions options, String written) {
        Key key = new Key(type, options, written);
        Optional<FieldValue> cached = VALUES.get(key);
        if (cached != null) {
            return cached;
        }
        Optional<FieldValue> read;
        try {
            read = type.normalise(written, options);
            if (read == null) {
                read = Optional.empty();
            }
        } catch (RuntimeException e) {
            // A normaliser that throws on odd input must not break evaluation; the comparison becomes unknown.
            read = Optional.empty();
        }
        if (VALUES.size() >= LIMIT) {
            VALUES.clear();
        }
        VALUES.put(key, read);
        return read;
    }
}

package io.leadgate.lead.field;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The type of a lead field: how a raw value sent by a seller is normalised, compared and stored.
 *
 * <p>The id (the lower-case name, e.g. {@code postal_code}) is what the API, configuration files and the database use.
 */
public enum FieldType {
    PHONE,
    EMAIL,
    IP,
    STATE,
    POSTAL_CODE,
    TRUSTEDFORM_URL,
    STRING,
    NUMBER,
    BOOLEAN,
    DATE,
    CHOICE;

    /** The stable identifier used in the API and in storage. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether values of this type compare as numbers (for {@code <}, {@code >=}...). */
    public boolean isNumeric() {
        return this == NUMBER;
    }

    /**
     * Normalises a raw value sent by a seller.
     *
     * @return empty when the raw value is null or blank (the field is absent); otherwise the normalised value, which
     *     keeps the raw text and says whether it is valid. An invalid value is never a reason to drop a lead.
     */
    public Optional<FieldValue> normalise(String raw, FieldOptions options) {
        // no-break and zero-width spaces alone are what an empty spreadsheet cell or web form often sends
        if (raw == null || Normalisers.clean(raw).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Normalisers.normalise(this, raw, options == null ? FieldOptions.NONE : options));
    }

    /** The type for an API id such as {@code postal_code}, or empty when there is none. */
    public static Optional<FieldType> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.id().equals(id.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The type for an id, for reading JSON; fails naming the valid ids. */
    @JsonCreator
    static FieldType ofId(String id) {
        return fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown field type '" + id + "'; use one of " + ids()));
    }

    /** All ids, comma separated, for error messages. */
    public static String ids() {
        return Arrays.stream(values()).map(FieldType::id).collect(Collectors.joining(", "));
    }
}

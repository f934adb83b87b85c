package io.leadgate.lead.field;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A normalised lead field value: the raw text the seller sent, whether it is valid, its canonical text, and the parts
 * its type parses out (a phone's E.164 and area code, an email's domain...).
 *
 * <p>Serialised to JSON (snake_case) with a {@code type} discriminator, so stored values read back as the same record.
 */
public sealed interface FieldValue
        permits PhoneValue, EmailValue, IpValue, StateValue, PostalCodeValue, TrustedFormValue, TextValue,
                NumberValue, BooleanValue, DateValue, ChoiceValue {

    /** The field type that produced this value. */
    @JsonIgnore
    FieldType type();

    /** Exactly what the seller sent. */
    String raw();

    /** Whether the raw value could be read as a value of its type. */
    boolean valid();

    /**
     * The canonical text used for equality, filtering and storage: E.164 for a phone, lower-cased address for an
     * email, two-letter code for a state, ISO date, {@code true}/{@code false}, plain decimal for a number. For an
     * invalid value, the trimmed raw text.
     */
    String text();

    /** The value as a number, for numeric comparisons; empty unless this is a valid number. */
    default Optional<BigDecimal> number() {
        return Optional.empty();
    }
}

package io.leadgate.lead.field;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A normalised lead field value: the raw text the seller sent, whether it is valid, its canonical text, and the parts
 * its type parses out (a phone's E.164 and area code, an email's domain...).
 *
 * <p>Serialised to JSON (snake_case) with a {@code type} discriminator, so stored values read back as the same record.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    // names are FieldType ids; FieldValueJsonTest checks they stay in step with the enum
    @JsonSubTypes.Type(value = PhoneValue.class, name = "phone"),
    @JsonSubTypes.Type(value = EmailValue.class, name = "email"),
    @JsonSubTypes.Type(value = IpValue.class, name = "ip"),
    @JsonSubTypes.Type(value = StateValue.class, name = "state"),
    @JsonSubTypes.Type(value = PostalCodeValue.class, name = "postal_code"),
    @JsonSubTypes.Type(value = TrustedFormValue.class, name = "trustedform_url"),
    @JsonSubTypes.Type(value = TextValue.class, name = "string"),
    @JsonSubTypes.Type(value = NumberValue.class, name = "number"),
    @JsonSubTypes.Type(value = BooleanValue.class, name = "boolean"),
    @JsonSubTypes.Type(value = DateValue.class, name = "date"),
    @JsonSubTypes.Type(value = ChoiceValue.class, name = "choice")
})
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
     * The canonical text used for equality, filtering and storage: E.164 for a phone, the address with its domain
     * lower-cased for an email, two-letter code for a state, ISO date, {@code true}/{@code false}, plain decimal for a number. For an
     * invalid value, the trimmed raw text.
     */
    String text();

    /** The value as a number, for numeric comparisons; empty unless this is a valid number. */
    default Optional<BigDecimal> number() {
        return Optional.empty();
    }
}

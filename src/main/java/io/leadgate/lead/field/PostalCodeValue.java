package io.leadgate.lead.field;

/**
 * A US ZIP code (five digits, optionally ZIP+4) or a Canadian postal code.
 *
 * @param raw exactly what the seller sent
 * @param valid whether the text has the shape of a US ZIP, ZIP+4 or Canadian postal code
 * @param text the canonical form: {@code 12345}, {@code 12345-6789} or {@code K1A 0B6}; the trimmed raw text when
 *     invalid
 * @param country {@code US} or {@code CA}, or null when invalid
 * @param zip5 the five-digit ZIP of a US code, or null
 * @param plus4 the four-digit ZIP+4 add-on of a US code, or null when not sent
 * @param fsa the forward sortation area (first three characters) of a Canadian code, or null
 */
public record PostalCodeValue(
        String raw, boolean valid, String text, String country, String zip5, String plus4, String fsa)
        implements FieldValue {

    @Override
    public FieldType type() {
        return FieldType.POSTAL_CODE;
    }
}

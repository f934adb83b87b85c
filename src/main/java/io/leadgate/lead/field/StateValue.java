package io.leadgate.lead.field;

/**
 * A US state, district or territory, or a Canadian province or territory, read from its code or its name.
 *
 * @param raw exactly what the seller sent
 * @param valid whether the text names a known state or province
 * @param text the two-letter postal code ({@code NC}); the trimmed raw text when invalid
 * @param code the two-letter postal code, or null when invalid
 * @param name the full English name ({@code North Carolina}), or null when invalid
 * @param country {@code US} or {@code CA}, or null when invalid
 */
public record StateValue(String raw, boolean valid, String text, String code, String name, String country)
        implements FieldValue {

    @Override
    public FieldType type() {
        return FieldType.STATE;
    }
}

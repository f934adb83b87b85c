package io.leadgate.lead.field;

/**
 * A yes/no value, read from true/false, yes/no, y/n, 1/0 or on/off in any case.
 *
 * @param raw exactly what the seller sent
 * @param valid whether the text is one of the accepted spellings
 * @param text {@code true} or {@code false}; the trimmed raw text when invalid
 * @param value the value, or null when invalid
 */
public record BooleanValue(String raw, boolean valid, String text, Boolean value) implements FieldValue {

    @Override
    public FieldType type() {
        return FieldType.BOOLEAN;
    }
}

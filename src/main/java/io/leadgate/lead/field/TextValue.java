package io.leadgate.lead.field;

/**
 * A free-text value: always valid, its text is what was sent without surrounding spaces.
 *
 * @param raw exactly what the seller sent
 * @param valid always true for a value that was sent
 * @param text the trimmed raw text
 */
public record TextValue(String raw, boolean valid, String text) implements FieldValue {

    @Override
    public FieldType type() {
        return FieldType.STRING;
    }
}

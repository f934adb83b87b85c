package io.leadgate.lead.field;

/**
 * One of the values a {@code choice} field declares, matched case-insensitively.
 *
 * @param raw exactly what the seller sent
 * @param valid whether the text matches one of the declared choices
 * @param text the declared spelling of the matched choice; the trimmed raw text when nothing matches
 */
public record ChoiceValue(String raw, boolean valid, String text) implements FieldValue {

    @Override
    public FieldType type() {
        return FieldType.CHOICE;
    }
}

package io.leadgate.lead.field;

import java.time.LocalDate;

/**
 * A calendar date, read from the ISO and US spellings sellers use.
 *
 * @param raw exactly what the seller sent
 * @param valid whether the text is a real date in one of the accepted spellings (02/30/2024 is not)
 * @param text the ISO date ({@code 2024-01-05}); the trimmed raw text when invalid
 * @param date the date, or null when invalid
 */
public record DateValue(String raw, boolean valid, String text, LocalDate date) implements FieldValue {

    @Override
    public FieldType type() {
        return FieldType.DATE;
    }
}

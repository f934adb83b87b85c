package io.leadgate.lead.field;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A decimal number, read leniently from what sellers type ({@code 1,234.50}, {@code $1,200}, {@code 1e3}).
 *
 * @param raw exactly what the seller sent
 * @param valid whether the text could be read as a number
 * @param text the number in plain notation with trailing fractional zeros removed ({@code 1234.5}, {@code 1000},
 *     {@code -3}); the trimmed raw text when invalid
 * @param value the number, or null when invalid
 */
public record NumberValue(String raw, boolean valid, String text, BigDecimal value) implements FieldValue {

    @Override
    public FieldType type() {
        return FieldType.NUMBER;
    }

    @Override
    public Optional<BigDecimal> number() {
        return valid ? Optional.ofNullable(value) : Optional.empty();
    }
}

package io.leadgate.criteria;

import io.leadgate.lead.field.FieldOptions;
import io.leadgate.lead.field.FieldType;
import io.leadgate.lead.field.FieldValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Field values and field contexts for criteria tests, built with the real normalisers. */
final class CriteriaFixtures {

    static final FieldOptions HOME_OWNERSHIP = new FieldOptions(null, List.of("Owner", "Renter"));

    private CriteriaFixtures() {
    }

    /** A value of the given type, normalised from what a seller would send. */
    static FieldValue value(FieldType type, String raw) {
        return type.normalise(raw, type == FieldType.CHOICE ? HOME_OWNERSHIP : FieldOptions.NONE)
                .orElseThrow(() -> new AssertionError("no value for " + type.id() + " '" + raw + "'"));
    }

    static FieldValue number(String raw) {
        return value(FieldType.NUMBER, raw);
    }

    static FieldValue phone(String raw) {
        return value(FieldType.PHONE, raw);
    }

    static FieldValue text(String raw) {
        return value(FieldType.STRING, raw);
    }

    /** A lead's fields: name and value pairs, e.g. {@code lead("fraud_score", number("91"))}. */
    static FieldContext lead(Object... nameValuePairs) {
        Map<String, FieldValue> values = new HashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            values.put((String) nameValuePairs[i], (FieldValue) nameValuePairs[i + 1]);
        }
        return new FieldContext(
                field -> Optional.ofNullable(values.get(field)),
                field -> Optional.ofNullable(values.get(field)).map(FieldValue::type),
                field -> Optional.ofNullable(values.get(field))
                        .filter(v -> v.type() == FieldType.CHOICE)
                        .map(v -> HOME_OWNERSHIP)
                        .orElse(FieldOptions.NONE));
    }

    /** A lead where no field has a value. */
    static FieldContext emptyLead() {
        return FieldContext.of(field -> Optional.empty());
    }

    /** The declared field types of the auto insurance lead type used in validation tests. */
    static Optional<FieldType> autoInsuranceFieldType(String field) {
        return Optional.ofNullable(switch (field) {
            case "phone" -> FieldType.PHONE;
            case "email" -> FieldType.EMAIL;
            case "ip" -> FieldType.IP;
            case "state" -> FieldType.STATE;
            case "fraud_score" -> FieldType.NUMBER;
            case "age" -> FieldType.NUMBER;
            case "birth_date" -> FieldType.DATE;
            case "home_owner" -> FieldType.BOOLEAN;
            case "ownership" -> FieldType.CHOICE;
            case "comment" -> FieldType.STRING;
            default -> null;
        });
    }
}

package io.leadgate.integration.trestle;

import io.leadgate.integration.FieldSpec;
import io.leadgate.lead.field.FieldType;
import java.util.List;

/**
 * A response field of a Trestle check, declared once: its name and type in LeadGate, where Trestle's answer holds it,
 * and its description. The same declaration makes the descriptor's response field and reads Trestle's answer.
 *
 * @param locations where the value may be, tried in order: keys separated by {@code /}, each key taken whole, dots
 *     included ({@code phone/is_valid} is Real Contact 2.0's nested key, {@code phone.is_valid} 1.1's flat one); empty
 *     for a field LeadGate derives ({@code phone_activity})
 */
record TrestleField(String name, FieldType type, String description, List<String> locations) {

    TrestleField {
        locations = List.copyOf(locations);
    }

    /** A field Trestle sends at one of the given locations. */
    static TrestleField at(String name, FieldType type, String description, String... locations) {
        return new TrestleField(name, type, description, List.of(locations));
    }

    /** A field LeadGate computes from Trestle's answer. */
    static TrestleField derived(String name, FieldType type, String description) {
        return new TrestleField(name, type, description, List.of());
    }

    FieldSpec spec() {
        return FieldSpec.response(name, type, description);
    }

    static List<FieldSpec> specs(List<TrestleField> fields) {
        return fields.stream().map(TrestleField::spec).toList();
    }
}

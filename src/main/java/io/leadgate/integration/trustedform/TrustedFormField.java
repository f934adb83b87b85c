package io.leadgate.integration.trustedform;

import io.leadgate.integration.FieldSpec;
import io.leadgate.lead.field.FieldType;
import java.util.List;

/**
 * A response field of the TrustedForm check, declared once: its name and type in LeadGate, where TrustedForm's v4
 * answer carries it, and its description. The same declaration makes the descriptor's response field and reads the
 * answer.
 *
 * @param pointers JSON pointers into TrustedForm's answer, tried in order (the first present wins); empty for a field
 *     LeadGate sets itself
 */
record TrustedFormField(String name, List<String> pointers, FieldType type, String description) {

    TrustedFormField {
        pointers = List.copyOf(pointers);
    }

    /** A field TrustedForm sends at the given JSON pointers. */
    static TrustedFormField at(String name, FieldType type, String description, String... pointers) {
        return new TrustedFormField(name, List.of(pointers), type, description);
    }

    /** A field LeadGate sets itself. */
    static TrustedFormField derived(String name, FieldType type, String description) {
        return new TrustedFormField(name, List.of(), type, description);
    }

    FieldSpec spec() {
        return FieldSpec.response(name, type, description);
    }

    static List<FieldSpec> specs(List<TrustedFormField> fields) {
        return fields.stream().map(TrustedFormField::spec).toList();
    }
}

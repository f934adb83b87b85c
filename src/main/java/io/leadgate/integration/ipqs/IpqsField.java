package io.leadgate.integration.ipqs;

import io.leadgate.integration.FieldSpec;
import io.leadgate.lead.field.FieldType;
import java.util.List;

/**
 * A response field of an IPQS check, declared once: its name and type in LeadGate, the JSON key IPQS sends it under,
 * and its description. The same declaration makes the descriptor's response field and reads IPQS's answer.
 *
 * @param jsonKey IPQS's key ({@code VOIP} for {@code voip}); null for a field LeadGate derives ({@code risk_level})
 */
record IpqsField(String name, String jsonKey, FieldType type, String description) {

    /** A field IPQS sends under the same name. */
    static IpqsField of(String name, FieldType type, String description) {
        return new IpqsField(name, name, type, description);
    }

    /** A field IPQS sends under another key (upper case: {@code VOIP}, {@code ISP}, {@code ASN}). */
    static IpqsField renamed(String name, String jsonKey, FieldType type, String description) {
        return new IpqsField(name, jsonKey, type, description);
    }

    /** A field LeadGate computes from IPQS's answer. */
    static IpqsField derived(String name, FieldType type, String description) {
        return new IpqsField(name, null, type, description);
    }

    FieldSpec spec() {
        return FieldSpec.response(name, type, description);
    }

    static List<FieldSpec> specs(List<IpqsField> fields) {
        return fields.stream().map(IpqsField::spec).toList();
    }
}

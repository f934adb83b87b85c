package io.leadgate.integration.dncscrub;

import io.leadgate.integration.FieldSpec;
import io.leadgate.lead.field.FieldType;
import java.util.List;

/**
 * A response field of a DNC.com check, declared once: its name and type in LeadGate, the key DNC.com sends it under,
 * and its description. The same declaration makes the descriptor's response field and reads DNC.com's answer.
 *
 * @param jsonKey DNC.com's key ({@code ResultCode}); null for a field LeadGate derives ({@code result_meaning})
 */
record DncScrubField(String name, String jsonKey, FieldType type, String description) {

    /** A field DNC.com sends under the given key. */
    static DncScrubField sent(String name, String jsonKey, FieldType type, String description) {
        return new DncScrubField(name, jsonKey, type, description);
    }

    /** A field LeadGate computes from DNC.com's answer. */
    static DncScrubField derived(String name, FieldType type, String description) {
        return new DncScrubField(name, null, type, description);
    }

    FieldSpec spec() {
        return FieldSpec.response(name, type, description);
    }

    static List<FieldSpec> specs(List<DncScrubField> fields) {
        return fields.stream().map(DncScrubField::spec).toList();
    }
}

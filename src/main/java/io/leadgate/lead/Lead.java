package io.leadgate.lead;

import io.leadgate.lead.field.FieldValue;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * A consumer lead received from a seller: its normalised fields (each keeping the raw value sent), the data the seller
 * sent that matches no field, and its disposition with the reasons for it.
 *
 * @param submissionId the intake submission that created it
 * @param extra payload keys that are not fields of the lead type, kept as sent
 * @param sourceIp the address the seller posted from (the consumer's IP, when sent, is a field)
 */
public record Lead(String id, String campaignId, String leadTypeId, String submissionId, Disposition disposition,
        List<String> reasons, Map<String, FieldValue> fields, ObjectNode extra, String sourceIp, Instant receivedAt,
        Instant updatedAt) {

    public Lead {
        reasons = List.copyOf(reasons);
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Optional<FieldValue> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** This lead with a new disposition. */
    public Lead withDisposition(Disposition newDisposition, List<String> newReasons, Instant at) {
        return new Lead(id, campaignId, leadTypeId, submissionId, newDisposition, newReasons, fields, extra, sourceIp,
                receivedAt, at);
    }
}

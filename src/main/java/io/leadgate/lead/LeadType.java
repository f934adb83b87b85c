package io.leadgate.lead;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A vertical (auto insurance, solar...) with its typed fields; every lead belongs to one. */
public record LeadType(String id, String name, String description, List<FieldDefinition> fields, Instant createdAt,
        Instant updatedAt) {

    public LeadType {
        fields = List.copyOf(fields);
    }

    /** The field with this exact name. */
    public Optional<FieldDefinition> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}

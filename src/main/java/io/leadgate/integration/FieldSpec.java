package io.leadgate.integration;

import io.leadgate.lead.field.FieldType;

/**
 * A request or response field of an integration, declared once: it drives mapping validation, the catalog, the
 * console's forms and the docs.
 */
public record FieldSpec(String name, FieldType type, boolean required, String description) {

    public static FieldSpec required(String name, FieldType type, String description) {
        return new FieldSpec(name, type, true, description);
    }

    public static FieldSpec optional(String name, FieldType type, String description) {
        return new FieldSpec(name, type, false, description);
    }

    /** A response field (response fields are never "required": a provider may leave any of them out). */
    public static FieldSpec response(String name, FieldType type, String description) {
        return new FieldSpec(name, type, false, description);
    }
}

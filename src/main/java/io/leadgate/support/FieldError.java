package io.leadgate.support;

/**
 * One problem with one named part of what a caller sent.
 *
 * @param field the field's name as the caller wrote it (dotted for nested parts, e.g. {@code fields[2].type})
 * @param code a stable machine-readable code ({@code required}, {@code invalid}, {@code unknown}...)
 * @param message a sentence for a person
 */
public record FieldError(String field, String code, String message) {
}

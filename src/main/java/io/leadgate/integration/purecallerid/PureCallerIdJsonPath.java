package io.leadgate.integration.purecallerid;

import java.util.Optional;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Where a value sits in a JSON answer, written the way an operator copies it from a vendor's contract: either a simple
 * JSON path ({@code $.litigator.hits}, {@code $.results[0].dnc}, {@code $['line type']}) or a JSON Pointer
 * ({@code /litigator/hits}). Both read through Jackson's {@link JsonPointer}; the JSON path subset is only property
 * names and array indexes (no wildcards, filters or recursive descent), which is all a field of one answer needs.
 *
 * @param written the path as the operator wrote it, for messages
 */
record PureCallerIdJsonPath(String written, JsonPointer pointer) {

    /**
     * Reads a written path.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    static PureCallerIdJsonPath parse(String written) {
        if (written == null || written.isBlank()) {
            throw new IllegalArgumentException("a path is empty");
        }
        String path = written.strip();
        if (path.startsWith("/")) {
            try {
                return new PureCallerIdJsonPath(path, JsonPointer.compile(path));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + path + "' is not a JSON Pointer: " + e.getMessage());
            }
        }
        if (!path.startsWith("$")) {
            throw new IllegalArgumentException("'" + path + "' is neither a JSON path ($.a.b) nor a JSON Pointer (/a/b)");
        }
        JsonPointer pointer = JsonPointer.empty();
        int i = 1;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                String name = path.substring(i + 1, end);
                if (name.isEmpty() || name.equals("*")) {
                    throw new IllegalArgumentException("'" + path + "' has an empty or wildcard name at position " + (i + 1));
                }
                pointer = pointer.appendProperty(name);
                i = end;
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("'" + path + "' opens a bracket at position " + (i + 1) + " and never closes it");
                }
                String inside = path.substring(i + 1, close).strip();
                if (inside.matches("\\d+")) {
                    pointer = pointer.appendIndex(Integer.parseInt(inside));
                } else if (inside.length() >= 2 && (inside.startsWith("'") && inside.endsWith("'")
                        || inside.startsWith("\"") && inside.endsWith("\""))) {
                    pointer = pointer.appendProperty(inside.substring(1, inside.length() - 1));
                } else {
                    throw new IllegalArgumentException("'" + path + "' has [" + inside + "]: only an array index ([0]) or a "
                            + "quoted name (['name']) is understood");
                }
                i = close + 1;
            } else {
                throw new IllegalArgumentException("'" + path + "' has '" + c + "' at position " + (i + 1) + " where . or [ "
                        + "was expected");
            }
        }
        if (pointer.matches()) {
            throw new IllegalArgumentException("'" + path + "' names the whole answer, not one value in it");
        }
        return new PureCallerIdJsonPath(path, pointer);
    }

    /** The value at this path, or empty when the answer has none there (missing or null). */
    Optional<JsonNode> read(JsonNode answer) {
        JsonNode node = answer.at(pointer);
        return node.isMissingNode() || node.isNull() ? Optional.empty() : Optional.of(node);
    }

    @Override
    public String toString() {
        return written;
    }
}

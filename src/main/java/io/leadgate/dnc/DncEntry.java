package io.leadgate.dnc;

import java.time.Instant;

/**
 * A number added to a list one at a time, or imported into an internal list: who added it and when, and who took it
 * off again.
 *
 * @param source {@code api}, or the file it was imported from
 * @param note why it was added, as the person adding it wrote
 * @param removedAt when it was taken off, or null while it is on the list
 */
public record DncEntry(String listId, long number, Instant addedAt, DncActor addedBy, String source, String note,
        Instant removedAt, DncActor removedBy) {

    public boolean active() {
        return removedAt == null;
    }
}

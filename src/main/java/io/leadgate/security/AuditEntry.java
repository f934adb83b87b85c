package io.leadgate.security;

import java.time.Instant;

/**
 * One line of the audit log: who did what to what, and when. Never holds a secret.
 *
 * @param actor who acted (an admin token's name and hint, or {@code system})
 * @param action what was done ({@code connection.updated}, {@code connection.key_revealed}...)
 */
public record AuditEntry(String id, Instant at, String actor, String action, String target, String detail) {
}

package io.leadgate.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an admin API handler that changes the configuration: each successful call is written to the audit log with
 * who made it, the method and the path. Handlers that audit themselves with more detail (connections) don't carry it.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditedChange {

    /** The audit action, e.g. {@code campaign.changed}. */
    String value();
}

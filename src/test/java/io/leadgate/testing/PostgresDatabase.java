package io.leadgate.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test on the test PostgreSQL server, in a schema of its own. Skipped when the server is not there,
 * except on CI, where that fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PostgresAvailability.class)
@ContextConfiguration(initializers = PostgresSchema.class)
public @interface PostgresDatabase {
}

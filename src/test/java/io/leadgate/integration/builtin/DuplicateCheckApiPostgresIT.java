package io.leadgate.integration.builtin;

import io.leadgate.testing.PostgresDatabase;

@PostgresDatabase
class DuplicateCheckApiPostgresIT extends DuplicateCheckApiContract {
}

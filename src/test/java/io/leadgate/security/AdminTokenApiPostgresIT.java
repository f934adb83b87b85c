package io.leadgate.security;

import io.leadgate.testing.PostgresDatabase;

@PostgresDatabase
class AdminTokenApiPostgresIT extends AdminTokenApiContract {
}

package io.leadgate.integration.connection;

import io.leadgate.testing.PostgresDatabase;

@PostgresDatabase
class ConnectionApiPostgresIT extends ConnectionApiContract {
}

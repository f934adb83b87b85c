package io.leadgate.config;

import io.leadgate.testing.PostgresDatabase;

@PostgresDatabase
class ConfigApiPostgresIT extends ConfigApiContract {
}

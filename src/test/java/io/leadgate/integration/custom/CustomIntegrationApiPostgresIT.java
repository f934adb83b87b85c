package io.leadgate.integration.custom;

import io.leadgate.testing.PostgresDatabase;

@PostgresDatabase
class CustomIntegrationApiPostgresIT extends CustomIntegrationApiContract {
}

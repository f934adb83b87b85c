package io.leadgate.lead;

import io.leadgate.testing.PostgresDatabase;

@PostgresDatabase
class IntakeApiPostgresIT extends IntakeApiContract {
}

package io.leadgate.dnc;

import io.leadgate.testing.PostgresDatabase;

@PostgresDatabase
class DncApiPostgresIT extends DncApiContract {
}

package io.leadgate.integration.dncscrub;

import io.leadgate.testing.PostgresDatabase;

@PostgresDatabase
class DncScrubEndToEndPostgresIT extends DncScrubEndToEndContract {
}

package io.leadgate.integration.trestle;

import io.leadgate.testing.PostgresDatabase;

@PostgresDatabase
class TrestleEndToEndPostgresIT extends TrestleEndToEndContract {
}

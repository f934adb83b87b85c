package io.leadgate.integration.ipqs;

import io.leadgate.testing.PostgresDatabase;

@PostgresDatabase
class IpqsEndToEndPostgresIT extends IpqsEndToEndContract {
}

package io.leadgate.integration.trustedform;

import io.leadgate.testing.PostgresDatabase;

@PostgresDatabase
class TrustedFormEndToEndPostgresIT extends TrustedFormEndToEndContract {
}

package io.leadgate.integration.purecallerid;

import io.leadgate.testing.PostgresDatabase;

@PostgresDatabase
class PureCallerIdEndToEndPostgresIT extends PureCallerIdEndToEndContract {
}

package io.leadgate.integration.connection;

import io.leadgate.testing.H2Database;

@H2Database
class ConnectionApiH2IT extends ConnectionApiContract {
}

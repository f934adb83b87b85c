package io.leadgate.integration.purecallerid;

import io.leadgate.testing.H2Database;

@H2Database
class PureCallerIdEndToEndH2IT extends PureCallerIdEndToEndContract {
}

package io.leadgate.integration.trestle;

import io.leadgate.testing.H2Database;

@H2Database
class TrestleEndToEndH2IT extends TrestleEndToEndContract {
}

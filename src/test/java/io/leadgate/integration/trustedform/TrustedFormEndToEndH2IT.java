package io.leadgate.integration.trustedform;

import io.leadgate.testing.H2Database;

@H2Database
class TrustedFormEndToEndH2IT extends TrustedFormEndToEndContract {
}

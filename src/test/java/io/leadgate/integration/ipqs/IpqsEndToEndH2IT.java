package io.leadgate.integration.ipqs;

import io.leadgate.testing.H2Database;

@H2Database
class IpqsEndToEndH2IT extends IpqsEndToEndContract {
}

package io.leadgate.integration.dncscrub;

import io.leadgate.testing.H2Database;

@H2Database
class DncScrubEndToEndH2IT extends DncScrubEndToEndContract {
}

package io.leadgate.dnc;

import io.leadgate.testing.H2Database;

@H2Database
class DncApiH2IT extends DncApiContract {
}

package io.leadgate.integration.builtin;

import io.leadgate.testing.H2Database;

@H2Database
class DuplicateCheckApiH2IT extends DuplicateCheckApiContract {
}

package io.leadgate.security;

import io.leadgate.testing.H2Database;

@H2Database
class AdminTokenApiH2IT extends AdminTokenApiContract {
}

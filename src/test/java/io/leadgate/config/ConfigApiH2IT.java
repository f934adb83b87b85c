package io.leadgate.config;

import io.leadgate.testing.H2Database;

@H2Database
class ConfigApiH2IT extends ConfigApiContract {
}

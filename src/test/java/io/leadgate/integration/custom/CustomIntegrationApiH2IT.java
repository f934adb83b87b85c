package io.leadgate.integration.custom;

import io.leadgate.testing.H2Database;

@H2Database
class CustomIntegrationApiH2IT extends CustomIntegrationApiContract {
}

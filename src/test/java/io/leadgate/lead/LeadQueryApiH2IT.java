package io.leadgate.lead;

import io.leadgate.testing.H2Database;

@H2Database
class LeadQueryApiH2IT extends LeadQueryApiContract {
}

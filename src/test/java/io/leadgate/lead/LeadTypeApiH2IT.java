package io.leadgate.lead;

import io.leadgate.testing.H2Database;

@H2Database
class LeadTypeApiH2IT extends LeadTypeApiContract {
}

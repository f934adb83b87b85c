package io.leadgate.lead;

import io.leadgate.testing.PostgresDatabase;

@PostgresDatabase
class LeadQueryApiPostgresIT extends LeadQueryApiContract {
}

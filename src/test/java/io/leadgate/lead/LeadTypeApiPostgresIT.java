package io.leadgate.lead;

import io.leadgate.testing.PostgresDatabase;

@PostgresDatabase
class LeadTypeApiPostgresIT extends LeadTypeApiContract {
}

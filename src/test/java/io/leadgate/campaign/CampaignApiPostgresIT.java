package io.leadgate.campaign;

import io.leadgate.testing.PostgresDatabase;

@PostgresDatabase
class CampaignApiPostgresIT extends CampaignApiContract {
}

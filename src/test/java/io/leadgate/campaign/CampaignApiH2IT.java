package io.leadgate.campaign;

import io.leadgate.testing.H2Database;

@H2Database
class CampaignApiH2IT extends CampaignApiContract {
}

package io.leadgate.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.campaign.CampaignService;
import io.leadgate.lead.LeadTypeService;
import io.leadgate.testing.H2Database;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@H2Database
@SpringBootTest(properties = {"leadgate.config-file=src/test/resources/config/startup.yaml", "leadgate.demo.enabled=false"})
class ConfigFileAtStartUpIT {

    @Autowired
    private LeadTypeService leadTypes;

    @Autowired
    private CampaignService campaigns;

    @Test
    void appliesTheConfigurationFileAtStartUp() {
        assertThat(leadTypes.find("startup_file_type")).isPresent();
        assertThat(campaigns.find("startup-file-campaign")).isPresent();
        assertThat(campaigns.find("demo")).isEmpty();
    }
}

package io.leadgate;

import io.leadgate.campaign.CampaignService;
import io.leadgate.campaign.CampaignService.CampaignRequest;
import io.leadgate.campaign.CampaignService.CreatedCampaign;
import io.leadgate.lead.LeadTypeService;
import io.leadgate.lead.LeadTypeService.FieldRequest;
import io.leadgate.lead.LeadTypeService.LeadTypeRequest;
import io.leadgate.security.AdminTokenService;
import io.leadgate.security.AdminTokenService.IssuedToken;
import java.io.PrintStream;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What LeadGate sets up on its first start: the first admin token and, unless disabled, the demo lead type and
 * campaign. Secrets created here are printed once, to the console, and never again.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

    static final String DEMO_LEAD_TYPE = "auto_insurance";
    static final String DEMO_CAMPAIGN = "demo";

    private final AdminTokenService adminTokens;
    private final LeadTypeService leadTypes;
    private final CampaignService campaigns;
    private final LeadGateProperties properties;
    private final PrintStream console = System.out;

    FirstStart(AdminTokenService adminTokens, LeadTypeService leadTypes, CampaignService campaigns,
            LeadGateProperties properties) {
        this.adminTokens = adminTokens;
        this.leadTypes = leadTypes;
        this.campaigns = campaigns;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!adminTokens.anyExists()) {
            String chosen = blankToNull(properties.bootstrap().adminToken());
            IssuedToken issued = adminTokens.issue("first admin token", chosen);
            announce("Admin token", issued.secret(), chosen != null, "LEADGATE_BOOTSTRAP_ADMIN_TOKEN");
        }
        if (properties.demo().enabled() && campaigns.list().isEmpty() && leadTypes.list().isEmpty()) {
            leadTypes.create(demoLeadType());
            String chosen = blankToNull(properties.demo().postingKey());
            CreatedCampaign demo = campaigns.create(
                    new CampaignRequest(DEMO_CAMPAIGN, "Demo: auto insurance leads", DEMO_LEAD_TYPE, "active", "on_arrival"),
                    chosen);
            announce("Demo campaign '" + demo.campaign().id() + "' posting key", demo.key().secret(), chosen != null,
                    "LEADGATE_DEMO_POSTING_KEY");
        }
    }

    static LeadTypeRequest demoLeadType() {
        return new LeadTypeRequest(DEMO_LEAD_TYPE, "Auto insurance", "Consumers shopping for auto insurance", List.of(
                new FieldRequest("first_name", "First name", "string", true, null, null),
                new FieldRequest("last_name", "Last name", "string", false, null, null),
                new FieldRequest("phone", "Phone", "phone", true, null, "US"),
                new FieldRequest("email", "Email", "email", false, null, null),
                new FieldRequest("ip_address", "Consumer IP address", "ip", false, null, null),
                new FieldRequest("state", "State", "state", false, null, null),
                new FieldRequest("postal_code", "ZIP code", "postal_code", false, null, null),
                new FieldRequest("date_of_birth", "Date of birth", "date", false, null, null),
                new FieldRequest("currently_insured", "Currently insured", "boolean", false, null, null),
                new FieldRequest("vehicle_year", "Vehicle year", "number", false, null, null),
                new FieldRequest("coverage", "Coverage wanted", "choice", false, List.of("liability", "full"), null),
                new FieldRequest("trustedform_cert_url", "TrustedForm certificate", "trustedform_url", false, null, null)));
    }

    /** Prints a secret just created; one chosen through configuration is not repeated, only where it came from. */
    private void announce(String what, String secret, boolean configured, String variable) {
        console.println();
        console.println("==================================================================");
        if (configured) {
            console.println(" " + what + ": the value of " + variable);
        } else {
            console.println(" " + what + ": " + secret);
            console.println(" Shown once: store it now. LeadGate keeps only its hash.");
        }
        console.println("==================================================================");
        console.println();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

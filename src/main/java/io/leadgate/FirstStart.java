package io.leadgate;

import io.leadgate.campaign.CampaignService;
import io.leadgate.lead.LeadTypeService;
import io.leadgate.security.AdminTokenService;
import io.leadgate.config.ConfigFormat;
import io.leadgate.config.ConfigService;
import io.leadgate.config.ConfigService.ApplyResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.leadgate.security.AdminTokenService.IssuedToken;
import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What LeadGate sets up when it starts: on the first start, the first admin token and (unless disabled) the demo
 * configuration; on every start, the configuration file named by {@code leadgate.config-file}, if any. Secrets created
 * here are printed once, to the console, and never again.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

    static final String DEMO_CONFIG = "/config/demo.yaml";
    static final String DEMO_CAMPAIGN = "demo";

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final AdminTokenService adminTokens;
    private final LeadTypeService leadTypes;
    private final CampaignService campaigns;
    private final ConfigService config;
    private final LeadGateProperties properties;
    private final PrintStream console = System.out;

    FirstStart(AdminTokenService adminTokens, LeadTypeService leadTypes, CampaignService campaigns, ConfigService config,
            LeadGateProperties properties) {
        this.config = config;
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
            String chosen = blankToNull(properties.demo().postingKey());
            ApplyResult applied = config.apply(ConfigFormat.read(read(DEMO_CONFIG)),
                    chosen == null ? Map.of() : Map.of(DEMO_CAMPAIGN, chosen));
            announce("Demo campaign '" + DEMO_CAMPAIGN + "' posting key", applied.postingKeys().get(DEMO_CAMPAIGN),
                    chosen != null, "LEADGATE_DEMO_POSTING_KEY");
        }
        Path file = properties.configFile();
        if (file != null) {
            try {
                ApplyResult applied = config.apply(ConfigFormat.read(Files.readString(file)), Map.of());
                log.info("applied configuration file {}: {}", file, applied);
                applied.postingKeys().forEach((campaign, key) -> announce("Campaign '" + campaign + "' posting key", key, false, null));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the configuration file " + file + " (leadgate.config-file): " + e.getMessage(), e);
            }
        }
    }

    private static String read(String resource) {
        try (InputStream in = FirstStart.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
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

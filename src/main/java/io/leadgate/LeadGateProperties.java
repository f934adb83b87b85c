package io.leadgate;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * LeadGate's own settings ({@code leadgate.*}).
 *
 * @param dataDir folder for the embedded database and other local files
 * @param configFile a configuration document (YAML) applied at every start, if set
 */
@ConfigurationProperties("leadgate")
public record LeadGateProperties(Path dataDir, Path configFile, Intake intake, Demo demo, Bootstrap bootstrap) {

    public LeadGateProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        intake = intake == null ? new Intake(null, null, null) : intake;
        demo = demo == null ? new Demo(true, null) : demo;
        bootstrap = bootstrap == null ? new Bootstrap(null) : bootstrap;
    }

    /**
     * Settings of the posting endpoint.
     *
     * @param maxBodySize larger bodies are refused with 413
     * @param idempotencyWindow how long a repeated {@code Idempotency-Key} replays the first answer
     * @param defaultRotationGrace how long a rotated-out posting key keeps working when no grace period is given
     */
    public record Intake(DataSize maxBodySize, Duration idempotencyWindow, Duration defaultRotationGrace) {

        public Intake {
            maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(64) : maxBodySize;
            idempotencyWindow = idempotencyWindow == null ? Duration.ofHours(24) : idempotencyWindow;
            defaultRotationGrace = defaultRotationGrace == null ? Duration.ofHours(24) : defaultRotationGrace;
        }
    }

    /**
     * The demo set-up.
     *
     * @param enabled create the demo lead type and campaign at first start
     * @param postingKey the demo campaign's posting key instead of a random one ({@code LEADGATE_DEMO_POSTING_KEY})
     */
    public record Demo(boolean enabled, String postingKey) {
    }

    /** @param adminToken the first admin token instead of a random one ({@code LEADGATE_BOOTSTRAP_ADMIN_TOKEN}) */
    public record Bootstrap(String adminToken) {
    }
}

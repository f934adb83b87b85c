package io.leadgate.dnc;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the suppression lists ({@code leadgate.dnc.*}).
 *
 * @param refreshInterval how often a node checks whether another node (or the command-line import) changed a list
 * @param maxAge a list copied from an outside source (registry, state, litigator, custom) refreshed longer ago than this
 *     is stale; the registry must be re-downloaded at least every 31 days
 * @param malformedExamples how many malformed lines an import keeps as examples
 * @param maxMalformedShare an import whose share of malformed lines is above this is refused as the wrong file
 */
@ConfigurationProperties("leadgate.dnc")
public record DncProperties(Duration refreshInterval, Duration maxAge, Integer malformedExamples, Double maxMalformedShare) {

    public DncProperties {
        refreshInterval = refreshInterval == null ? Duration.ofSeconds(5) : refreshInterval;
        maxAge = maxAge == null ? Duration.ofDays(31) : maxAge;
        malformedExamples = malformedExamples == null ? 20 : malformedExamples;
        maxMalformedShare = maxMalformedShare == null ? 0.5 : maxMalformedShare;
    }

    public static DncProperties defaults() {
        return new DncProperties(null, null, null, null);
    }
}

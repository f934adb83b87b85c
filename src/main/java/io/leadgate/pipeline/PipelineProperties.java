package io.leadgate.pipeline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the checks pipeline ({@code leadgate.pipeline.*}).
 *
 * @param claimTimeout a screening claimed longer ago than this is taken as interrupted (the node died)
 * @param resumeAfter a pending lead that is not being screened (never started, or held for a retry) is screened again
 *     once it is this old
 * @param maxAttempts how many runs a lead held for retry gets before it is left as ERROR
 * @param resultCache whether answers are reused for as long as their integration allows (the same lookup is then not
 *     paid for twice)
 */
@ConfigurationProperties("leadgate.pipeline")
public record PipelineProperties(Duration claimTimeout, Duration resumeAfter, Integer maxAttempts, Boolean resultCache) {

    public PipelineProperties {
        claimTimeout = claimTimeout == null ? Duration.ofMinutes(10) : claimTimeout;
        resumeAfter = resumeAfter == null ? Duration.ofMinutes(1) : resumeAfter;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        resultCache = resultCache == null || resultCache;
    }
}

package io.leadgate.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds leads whose screening was interrupted (a node stopped mid-way) or held for a retry, and screens them: once
 * at start-up, then every minute. Claims keep two nodes from screening the same lead.
 */
@Component
public class InterruptedScreenings {

    private static final Logger log = LoggerFactory.getLogger(InterruptedScreenings.class);
    private static final int BATCH = 100;

    private final ScreeningClaims claims;
    private final Pipeline pipeline;
    private final PipelineProperties properties;
    private final AsyncTaskExecutor executor;
    private final Clock clock;

    public InterruptedScreenings(ScreeningClaims claims, Pipeline pipeline, PipelineProperties properties,
            @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor, Clock clock) {
        this.claims = claims;
        this.pipeline = pipeline;
        this.properties = properties;
        this.executor = executor;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeAtStartUp() {
        executor.execute(this::resume);
    }

    @Scheduled(fixedDelayString = "${leadgate.pipeline.resume-interval:60s}", initialDelayString = "${leadgate.pipeline.resume-interval:60s}")
    void resumePeriodically() {
        resume();
    }

    /** Screens every interrupted lead found now; returns how many were screened. */
    public int resume() {
        int screened = 0;
        List<String> batch;
        do {
            Instant now = clock.instant();
            batch = claims.interrupted(now.minus(properties.resumeAfter()), now.minus(properties.claimTimeout()), BATCH);
            for (String leadId : batch) {
                try {
                    pipeline.screenAgain(leadId, "resume");
                    screened++;
                } catch (RuntimeException e) {
                    // another node claimed it in the meantime, or the lead cannot be screened now: the next pass retries
                    log.debug("lead {} not resumed: {}", leadId, e.getMessage());
                }
            }
        } while (batch.size() == BATCH && screened > 0);
        if (screened > 0) {
            log.info("resumed screening of {} interrupted lead(s)", screened);
        }
        return screened;
    }
}

package io.leadgate.lead;

import io.leadgate.LeadGateProperties;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets idempotency keys older than their window, every hour, so the table holds about one day of posts. */
@Component
class IdempotencyPurge {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final IdempotencyRepository repository;
    private final Clock clock;
    private final Duration window;

    IdempotencyPurge(IdempotencyRepository repository, Clock clock, LeadGateProperties properties) {
        this.repository = repository;
        this.clock = clock;
        this.window = properties.intake().idempotencyWindow();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purge() {
        int purged = repository.purgeBefore(clock.instant().minus(window));
        if (purged > 0) {
            log.info("forgot {} idempotency key(s) older than {}", purged, window);
        }
    }
}

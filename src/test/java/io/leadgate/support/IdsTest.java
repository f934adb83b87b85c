package io.leadgate.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {

        private Instant now;

        ManualClock(Instant now) {
            this.now = now;
        }

        void advanceMillis(long millis) {
            now = now.plusMillis(millis);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void makesVersion7UuidsOfTheIetfVariant() {
        UUID id = UUID.fromString(new Ids(Clock.systemUTC()).next());

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void writesTheCanonical36CharacterText() {
        String id = new Ids(Clock.systemUTC()).next();

        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
    }

    @Test
    void carriesTheClockMillisecondsInItsFirst48Bits() {
        Instant at = Instant.parse("2026-01-31T12:34:56.789Z");

        String id = new Ids(Clock.fixed(at, ZoneOffset.UTC)).next();

        assertThat(UUID.fromString(id).getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
        assertThat(id.replace("-", "").substring(0, 12)).isEqualTo(String.format("%012x", at.toEpochMilli()));
    }

    @Test
    void sortsIdsOfLaterMillisecondsAfterEarlierOnes() {
        ManualClock clock = new ManualClock(Instant.parse("2026-01-31T00:00:00Z"));
        Ids ids = new Ids(clock);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            made.add(ids.next());
            clock.advanceMillis(1);
        }

        assertThat(made).isSorted();
    }

    @Test
    void sortsAcrossTheYearsAsText() {
        String early = new Ids(Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC)).next();
        String late = new Ids(Clock.fixed(Instant.parse("2089-12-31T23:59:59Z"), ZoneOffset.UTC)).next();

        assertThat(early).isLessThan(late);
    }

    @Test
    void neverRepeatsAnIdEvenWithinOneMillisecond() {
        Ids ids = new Ids(Clock.fixed(Instant.parse("2026-01-31T00:00:00Z"), ZoneOffset.UTC));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(ids.next());
        }

        assertThat(seen).hasSize(100_000);
    }
}

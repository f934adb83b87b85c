package io.leadgate.support;

import java.util.concurrent.ThreadLocalRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * A source of time-ordered identifiers (UUID version 7): ids of records created later sort after earlier ones, which
 * keeps primary-key indexes compact and gives paging a stable tie-breaker.
 */
public final class Ids {

    private final Clock clock;

    public Ids(Clock clock) {
        this.clock = clock;
    }

    /** A new identifier, as its canonical 36-character text. */
    public String next() {
        long millis = clock.millis();
        // ids are not secrets (everything they name needs a token), so a per-thread generator is enough and never
        // makes concurrent posts queue on one lock
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long randA = random.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb).toString();
    }
}

package io.leadgate.dnc;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadgate.dnc.DncSnapshot.Loaded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/** The lists a node holds in memory, without a database: changes swap in whole, and lookups never see half of one. */
class DncListsTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T00:00:00Z");
    private static final long ALWAYS = 2125550000L;
    private static final long ODD = 2015550001L;
    private static final long EVEN = 2015550002L;

    /** Without a database: a test that made it read one would fail on the missing repository. */
    private final DncLists lists = new DncLists(null, null);

    private static DncList national(long version, long count) {
        return new DncList("national_dnc", DncListKind.NATIONAL_DNC, null, "National", count, version, "file", CREATED,
                CREATED, CREATED, CREATED);
    }

    private static RoaringBitmap remainderOf(long number) {
        return RoaringBitmap.bitmapOf(DncNumbers.remainder(number));
    }

    @Test
    void appliesAChangeToTheVersionItWasMadeOn() {
        lists.replaced(national(1, 1), DncSet.of(Map.of(212, remainderOf(ALWAYS))));

        lists.changed(national(2, 2), 1, Map.of(201, remainderOf(ODD)));

        Loaded loaded = lists.snapshot().get("national_dnc").orElseThrow();
        assertThat(loaded.list().version()).isEqualTo(2);
        assertThat(loaded.contains(ALWAYS)).isTrue();
        assertThat(loaded.contains(ODD)).isTrue();
        assertThat(lists.loaded("national_dnc", 2)).isPresent();
        assertThat(lists.loaded("national_dnc", 1)).isEmpty();
    }

    @Test
    void keepsANewerVersionWhenAnOlderOneArrivesLate() {
        lists.replaced(national(5, 1), DncSet.of(Map.of(212, remainderOf(ALWAYS))));

        lists.replaced(national(4, 1), DncSet.of(Map.of(201, remainderOf(ODD))));
        lists.changed(national(5, 2), 4, Map.of(201, remainderOf(ODD)));

        Loaded loaded = lists.snapshot().get("national_dnc").orElseThrow();
        assertThat(loaded.list().version()).isEqualTo(5);
        assertThat(loaded.contains(ODD)).isFalse();
    }

    @Test
    void dropsADeletedList() {
        lists.replaced(national(1, 1), DncSet.of(Map.of(212, remainderOf(ALWAYS))));

        lists.deleted("national_dnc");

        assertThat(lists.snapshot().get("national_dnc")).isEmpty();
        assertThat(lists.snapshot().matches(ALWAYS)).isEmpty();
    }

    @Test
    void lookupsDuringChangesAlwaysSeeOneWholeVersion() throws Exception {
        lists.replaced(national(1, 2), DncSet.of(Map.of(212, remainderOf(ALWAYS), 201, remainderOf(ODD))));
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong lookups = new AtomicLong();
        AtomicReference<String> wrong = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(2);
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            readers.add(Thread.ofPlatform().start(() -> {
                started.countDown();
                while (writing.get() && wrong.get() == null) {
                    Loaded loaded = lists.snapshot().get("national_dnc").orElseThrow();
                    long version = loaded.list().version();
                    boolean odd = version % 2 == 1;
                    if (!loaded.contains(ALWAYS) || loaded.contains(ODD) != odd || loaded.contains(EVEN) == odd) {
                        wrong.set("version " + version + " answered always=" + loaded.contains(ALWAYS) + " odd="
                                + loaded.contains(ODD) + " even=" + loaded.contains(EVEN));
                    }
                    lookups.incrementAndGet();
                }
            }));
        }
        started.await();
        for (long version = 2; version <= 3000; version++) {
            long number = version % 2 == 1 ? ODD : EVEN;
            if (version % 10 == 0) {
                lists.replaced(national(version, 2), DncSet.of(Map.of(212, remainderOf(ALWAYS), 201, remainderOf(number))));
            } else {
                lists.changed(national(version, 2), version - 1, Map.of(201, remainderOf(number)));
            }
        }
        writing.set(false);
        for (Thread reader : readers) {
            reader.join();
        }

        assertThat(wrong.get()).isNull();
        assertThat(lookups.get()).isPositive();
        assertThat(lists.snapshot().get("national_dnc").orElseThrow().list().version()).isEqualTo(3000);
    }
}

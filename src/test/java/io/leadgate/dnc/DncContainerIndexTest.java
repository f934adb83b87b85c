package io.leadgate.dnc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.buffer.ImmutableRoaringBitmap;

/** The container index answers exactly as RoaringBitmap does, for every kind of container and header. */
class DncContainerIndexTest {

    /** A bitmap with array, bitmap and (optionally) run containers, over a few or many keys. */
    private static RoaringBitmap mixed(long seed, int keys, boolean runs) {
        SplittableRandom random = new SplittableRandom(seed);
        RoaringBitmap bitmap = new RoaringBitmap();
        for (int k = 0; k < keys; k++) {
            int key = random.nextInt(153);
            int base = key << 16;
            switch (random.nextInt(3)) {
                case 0 -> { // sparse: an array container
                    for (int i = 0; i < 1 + random.nextInt(4000); i++) {
                        bitmap.add(base + random.nextInt(65536));
                    }
                }
                case 1 -> { // dense: a bitmap container
                    for (int i = 0; i < 65536; i++) {
                        if (random.nextInt(100) < 40) {
                            bitmap.add(base + i);
                        }
                    }
                }
                default -> { // ranges: a run container once optimised
                    for (int r = 0; r < 1 + random.nextInt(50); r++) {
                        int from = random.nextInt(65000);
                        bitmap.add((long) base + from, (long) base + from + 1 + random.nextInt(500));
                    }
                }
            }
        }
        if (runs) {
            bitmap.runOptimize();
        }
        bitmap.removeRunCompression();
        if (runs) {
            bitmap.runOptimize();
        }
        return bitmap;
    }

    private static void assertSameAnswers(RoaringBitmap bitmap, int padding) {
        byte[] serialized = DncSet.serialize(bitmap);
        byte[] packed = new byte[serialized.length + 2 * padding];
        System.arraycopy(serialized, 0, packed, padding, serialized.length);
        ByteBuffer view = ByteBuffer.wrap(packed, padding, serialized.length).slice();
        DncContainerIndex index = DncContainerIndex.of(view);
        ImmutableRoaringBitmap reference = new ImmutableRoaringBitmap(view.duplicate());

        bitmap.forEach((int v) -> assertThat(index.contains(v)).as("value %d", v).isTrue());
        SplittableRandom random = new SplittableRandom(bitmap.getCardinality());
        for (int i = 0; i < 200_000; i++) {
            int v = random.nextInt(10_000_000);
            assertThat(index.contains(v)).as("value %d", v).isEqualTo(reference.contains(v));
        }
        assertThat(index.contains(9_999_999)).isEqualTo(bitmap.contains(9_999_999));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 40, 153})
    void answersAsRoaringBitmapWithRunContainers(int keys) {
        assertSameAnswers(mixed(keys, keys, true), 0);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 40})
    void answersAsRoaringBitmapWithoutRunContainers(int keys) {
        RoaringBitmap bitmap = mixed(1000 + keys, keys, false);

        assertThat(bitmap.hasRunCompression()).isFalse();
        assertSameAnswers(bitmap, 0);
    }

    @Test
    void readsABitmapInTheMiddleOfAPackedArray() {
        assertSameAnswers(mixed(77, 20, true), 1234);
    }

    @Test
    void answersNoForAnEmptyBitmapAndEdgeValues() {
        RoaringBitmap bitmap = RoaringBitmap.bitmapOf(0, 65535, 65536, 9_999_999);
        assertSameAnswers(bitmap, 3);
        assertSameAnswers(new RoaringBitmap(), 0);
    }

    @Test
    void refusesBytesThatAreNoBitmap() {
        assertThatThrownBy(() -> DncContainerIndex.of(ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8})))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("corrupt bitmap");
        byte[] cut = DncSet.serialize(mixed(5, 10, true));
        assertThatThrownBy(() -> DncContainerIndex.of(ByteBuffer.wrap(cut, 0, cut.length / 2).slice()))
                .isInstanceOf(UncheckedIOException.class);
    }
}

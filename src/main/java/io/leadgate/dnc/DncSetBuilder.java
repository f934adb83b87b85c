package io.leadgate.dnc;

import java.util.LinkedHashMap;
import java.util.Map;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * Builds a {@link DncSet} from a stream of numbers. Registry files are sorted, so each area code's bitmap is written
 * container by container ({@link RoaringBitmapWriter}); numbers out of order are still added, only more slowly.
 * Not thread-safe: one builder per reading thread.
 */
public final class DncSetBuilder {

    @SuppressWarnings("unchecked")
    private final RoaringBitmapWriter<RoaringBitmap>[] writers = new RoaringBitmapWriter[DncNumbers.AREA_CODES];

    /** Adds a valid ten-digit number. */
    public void add(long number) {
        int index = (int) (number / 10_000_000L) - DncNumbers.FIRST_AREA_CODE;
        RoaringBitmapWriter<RoaringBitmap> writer = writers[index];
        if (writer == null) {
            writer = RoaringBitmapWriter.writer().get();
            writers[index] = writer;
        }
        writer.add((int) (number % 10_000_000L));
    }

    /** The bitmaps built, by area code, compressed (runs where they pay) and trimmed. The builder is spent. */
    public Map<Integer, RoaringBitmap> bitmaps() {
        Map<Integer, RoaringBitmap> bitmaps = new LinkedHashMap<>();
        for (int i = 0; i < writers.length; i++) {
            if (writers[i] != null) {
                RoaringBitmap bitmap = writers[i].get();
                bitmap.runOptimize();
                bitmap.trim();
                if (!bitmap.isEmpty()) {
                    bitmaps.put(i + DncNumbers.FIRST_AREA_CODE, bitmap);
                }
                writers[i] = null;
            }
        }
        return bitmaps;
    }

    public DncSet build() {
        return DncSet.of(bitmaps());
    }
}

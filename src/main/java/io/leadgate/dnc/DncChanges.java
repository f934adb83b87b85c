package io.leadgate.dnc;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.TreeMap;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.buffer.ImmutableRoaringBitmap;

/**
 * Numbers to add to and remove from a list, read from a change file or an additions or deletions file. A number named
 * twice counts as its last line says (added then deleted is deleted).
 */
public final class DncChanges {

    private final RoaringBitmap[] additions = new RoaringBitmap[DncNumbers.AREA_CODES];
    private final RoaringBitmap[] deletions = new RoaringBitmap[DncNumbers.AREA_CODES];

    public void add(long number) {
        int index = DncNumbers.areaCode(number) - DncNumbers.FIRST_AREA_CODE;
        int remainder = DncNumbers.remainder(number);
        bitmap(additions, index).add(remainder);
        if (deletions[index] != null) {
            deletions[index].remove(remainder);
        }
    }

    public void remove(long number) {
        int index = DncNumbers.areaCode(number) - DncNumbers.FIRST_AREA_CODE;
        int remainder = DncNumbers.remainder(number);
        bitmap(deletions, index).add(remainder);
        if (additions[index] != null) {
            additions[index].remove(remainder);
        }
    }

    /** The area codes the changes touch, in order. */
    public SortedSet<Integer> areaCodes() {
        SortedSet<Integer> codes = new TreeSet<>();
        for (int i = 0; i < additions.length; i++) {
            if (nonEmpty(additions[i]) || nonEmpty(deletions[i])) {
                codes.add(i + DncNumbers.FIRST_AREA_CODE);
            }
        }
        return codes;
    }

    /** The additions of one area code (not to be changed), or an empty bitmap. */
    public RoaringBitmap additions(int areaCode) {
        RoaringBitmap b = additions[DncSet.index(areaCode)];
        return b == null ? new RoaringBitmap() : b;
    }

    public RoaringBitmap deletions(int areaCode) {
        RoaringBitmap b = deletions[DncSet.index(areaCode)];
        return b == null ? new RoaringBitmap() : b;
    }

    /**
     * The changes applied to a list's sets: for each area code touched, the new bitmap (empty when nothing is left),
     * with how many numbers were really added (not on the list before) and removed (on it before).
     */
    public Applied applyTo(IntFunction<ImmutableRoaringBitmap> current) {
        Map<Integer, RoaringBitmap> bitmaps = new TreeMap<>();
        long added = 0;
        long removed = 0;
        for (int areaCode : areaCodes()) {
            ImmutableRoaringBitmap base = current.apply(areaCode);
            RoaringBitmap before = base == null ? new RoaringBitmap() : base.toRoaringBitmap();
            RoaringBitmap adds = additions(areaCode);
            RoaringBitmap dels = deletions(areaCode);
            added += RoaringBitmap.andNotCardinality(adds, before);
            removed += RoaringBitmap.andCardinality(dels, before);
            RoaringBitmap after = RoaringBitmap.andNot(RoaringBitmap.or(before, adds), dels);
            after.runOptimize();
            after.trim();
            bitmaps.put(areaCode, after);
        }
        return new Applied(bitmaps, added, removed);
    }

    /** The new bitmaps of the area codes touched, and the real effect. */
    public record Applied(Map<Integer, RoaringBitmap> bitmaps, long added, long removed) {
    }

    private static RoaringBitmap bitmap(RoaringBitmap[] bitmaps, int index) {
        RoaringBitmap b = bitmaps[index];
        if (b == null) {
            b = new RoaringBitmap();
            bitmaps[index] = b;
        }
        return b;
    }

    private static boolean nonEmpty(RoaringBitmap b) {
        return b != null && !b.isEmpty();
    }
}

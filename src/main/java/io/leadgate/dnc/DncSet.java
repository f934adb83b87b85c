package io.leadgate.dnc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.buffer.ImmutableRoaringBitmap;

/**
 * The numbers of one list: for each area code, a compressed set of the 7-digit remainders in RoaringBitmap's portable
 * serialized form, read in place ({@link ImmutableRoaringBitmap}).
 *
 * <p>Why this form: it is what the database stores, so a node loads a list without decoding it; a lookup walks one
 * compact header and reads one word, fewer memory hops than through RoaringBitmap's objects; and the bitmaps loaded or
 * built together are packed into one array. For the registry that array is a quarter of a gigabyte, which the garbage
 * collector allocates outside the young generation and never copies: replacing the list makes no young collection
 * copy hundreds of megabytes while lookups wait.
 *
 * <p>Immutable: lookups need no lock, and a change builds a new set that shares the bitmaps of untouched area codes.
 */
public final class DncSet {

    public static final DncSet EMPTY = new DncSet(new ImmutableRoaringBitmap[DncNumbers.AREA_CODES],
            new ByteBuffer[DncNumbers.AREA_CODES]);

    /** By area code minus 200; null where the list has no number. */
    private final ImmutableRoaringBitmap[] byAreaCode;
    /** The bytes each bitmap reads from (a view of a packed array), as stored. */
    private final ByteBuffer[] stored;
    /** Where each area code's containers are, for lookups (see {@link DncContainerIndex}). */
    private final DncContainerIndex[] index;
    private final long count;

    private DncSet(ImmutableRoaringBitmap[] byAreaCode, ByteBuffer[] stored) {
        this.byAreaCode = byAreaCode;
        this.stored = stored;
        this.index = new DncContainerIndex[stored.length];
        long total = 0;
        for (int i = 0; i < byAreaCode.length; i++) {
            if (byAreaCode[i] != null) {
                total += byAreaCode[i].getLongCardinality();
                index[i] = DncContainerIndex.of(stored[i]);
            }
        }
        this.count = total;
    }

    /** A set of the given bitmaps by area code (copied, packed, into their serialized form); empty ones are left out. */
    public static DncSet of(Map<Integer, RoaringBitmap> bitmaps) {
        return EMPTY.with(bitmaps);
    }

    /** Whether the ten-digit number is in the set. */
    public boolean contains(long number) {
        int i = (int) (number / 10_000_000L) - DncNumbers.FIRST_AREA_CODE;
        if (i < 0 || i >= DncNumbers.AREA_CODES) {
            return false;
        }
        DncContainerIndex containers = index[i];
        return containers != null && containers.contains((int) (number % 10_000_000L));
    }

    /** How many numbers the set holds. */
    public long count() {
        return count;
    }

    /** The area codes with numbers, in order. */
    public SortedSet<Integer> areaCodes() {
        SortedSet<Integer> codes = new TreeSet<>();
        for (int i = 0; i < byAreaCode.length; i++) {
            if (byAreaCode[i] != null) {
                codes.add(i + DncNumbers.FIRST_AREA_CODE);
            }
        }
        return codes;
    }

    /** The area code's bitmap, read in place (not to be changed), or null when the set has no number in it. */
    public ImmutableRoaringBitmap bitmap(int areaCode) {
        int index = areaCode - DncNumbers.FIRST_AREA_CODE;
        return index < 0 || index >= DncNumbers.AREA_CODES ? null : byAreaCode[index];
    }

    /** A copy of the area code's bitmap as stored, or null when the set has no number in it. */
    public byte[] serialized(int areaCode) {
        int index = areaCode - DncNumbers.FIRST_AREA_CODE;
        if (index < 0 || index >= DncNumbers.AREA_CODES || stored[index] == null) {
            return null;
        }
        ByteBuffer view = stored[index].duplicate();
        byte[] bytes = new byte[view.remaining()];
        view.get(bytes);
        return bytes;
    }

    /** Every area code's numbers as a RoaringBitmap of its own (a copy, to change or to compare), in area code order. */
    public SortedMap<Integer, RoaringBitmap> bitmaps() {
        SortedMap<Integer, RoaringBitmap> all = new TreeMap<>();
        for (int i = 0; i < byAreaCode.length; i++) {
            if (byAreaCode[i] != null) {
                all.put(i + DncNumbers.FIRST_AREA_CODE, byAreaCode[i].toRoaringBitmap());
            }
        }
        return all;
    }

    /**
     * This set with the given area codes' numbers replaced (a null or empty bitmap removes the area code); the new
     * bitmaps are packed into one array, the other area codes share this set's.
     */
    public DncSet with(Map<Integer, RoaringBitmap> replaced) {
        long total = 0;
        for (RoaringBitmap bitmap : replaced.values()) {
            total += bitmap == null ? 0 : bitmap.serializedSizeInBytes();
        }
        Packer packer = new Packer(total);
        Map<Integer, ByteBuffer> views = new TreeMap<>();
        replaced.forEach((areaCode, bitmap) -> views.put(areaCode, bitmap == null || bitmap.isEmpty() ? null : packer.put(bitmap)));
        return withStored(views);
    }

    /**
     * This set with the given area codes' numbers replaced by stored bitmaps (views made by a {@link Packer}), read in
     * place; a null removes the area code. Fails with an {@link UncheckedIOException} on bytes that are no bitmap.
     */
    public DncSet withStored(Map<Integer, ByteBuffer> replaced) {
        ImmutableRoaringBitmap[] bitmaps = Arrays.copyOf(byAreaCode, byAreaCode.length);
        ByteBuffer[] views = Arrays.copyOf(stored, stored.length);
        replaced.forEach((areaCode, view) -> {
            int index = index(areaCode);
            views[index] = view;
            bitmaps[index] = view == null ? null : readInPlace(view);
        });
        return new DncSet(bitmaps, views);
    }

    /** This set with only the given area codes kept. */
    public DncSet retain(Set<Integer> areaCodes) {
        ImmutableRoaringBitmap[] bitmaps = new ImmutableRoaringBitmap[byAreaCode.length];
        ByteBuffer[] views = new ByteBuffer[stored.length];
        for (int areaCode : areaCodes) {
            int index = areaCode - DncNumbers.FIRST_AREA_CODE;
            if (index >= 0 && index < bitmaps.length) {
                bitmaps[index] = byAreaCode[index];
                views[index] = stored[index];
            }
        }
        return new DncSet(bitmaps, views);
    }

    /** The memory the numbers take, in bytes: the serialized bitmaps (the objects around them are a few KB). */
    public long sizeInBytes() {
        long bytes = 0;
        for (ByteBuffer b : stored) {
            bytes += b == null ? 0 : b.remaining();
        }
        return bytes;
    }

    /**
     * Packs serialized bitmaps one after the other into one array of a size known in advance, and hands out a view of
     * each. Loading a list this way keeps the garbage collector from copying it: the rows read from the database die at
     * once, and the one large array is allocated where it stays.
     */
    public static final class Packer {

        private final byte[] array;
        private int used;

        public Packer(long totalBytes) {
            if (totalBytes > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("a list's bitmaps take " + totalBytes + " bytes, more than one array holds");
            }
            this.array = new byte[(int) totalBytes];
        }

        /** Copies a serialized bitmap in; its view. */
        public ByteBuffer put(byte[] bytes) {
            if (used + bytes.length > array.length) {
                throw new IllegalStateException("the bitmaps are larger than the " + array.length + " bytes announced");
            }
            System.arraycopy(bytes, 0, array, used, bytes.length);
            ByteBuffer view = ByteBuffer.wrap(array, used, bytes.length).slice();
            used += bytes.length;
            return view;
        }

        ByteBuffer put(RoaringBitmap bitmap) {
            int size = bitmap.serializedSizeInBytes();
            ByteBuffer view = ByteBuffer.wrap(array, used, size).slice();
            bitmap.serialize(view.duplicate());
            used += size;
            return view;
        }
    }

    /** The bitmap in RoaringBitmap's portable serialized form, as stored. */
    public static byte[] serialize(RoaringBitmap bitmap) {
        ByteBuffer buffer = ByteBuffer.allocate(bitmap.serializedSizeInBytes());
        bitmap.serialize(buffer);
        return buffer.array();
    }

    /** A bitmap read in place from its serialized form; fails with an {@link UncheckedIOException} when corrupt. */
    public static ImmutableRoaringBitmap readInPlace(byte[] bytes) {
        return readInPlace(ByteBuffer.wrap(bytes));
    }

    private static ImmutableRoaringBitmap readInPlace(ByteBuffer view) {
        try {
            ImmutableRoaringBitmap bitmap = new ImmutableRoaringBitmap(view.duplicate());
            if (bitmap.serializedSizeInBytes() != view.remaining()) {
                throw new IllegalArgumentException(view.remaining() + " bytes where the header describes "
                        + bitmap.serializedSizeInBytes());
            }
            return bitmap;
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("corrupt bitmap: " + e.getMessage(), e));
        }
    }

    static int index(int areaCode) {
        int index = areaCode - DncNumbers.FIRST_AREA_CODE;
        if (index < 0 || index >= DncNumbers.AREA_CODES) {
            throw new IllegalArgumentException("area code " + areaCode + " is outside 200-999");
        }
        return index;
    }
}

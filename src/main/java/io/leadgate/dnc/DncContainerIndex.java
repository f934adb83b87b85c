package io.leadgate.dnc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Where the containers of one serialized RoaringBitmap are, by key, so that a lookup goes straight to its container's
 * bytes: one read of this small table, which stays in the processor's cache, then one read of the bitmap word (or a
 * short search of an array or run container). {@code ImmutableRoaringBitmap.contains} first binary-searches the keys
 * in the bitmap's header, a chain of a dozen dependent memory reads that makes up most of a lookup's time over a
 * registry-sized set.
 *
 * <p>It reads RoaringBitmap's portable format (github.com/RoaringBitmap/RoaringFormatSpec) as {@link DncSet} stores it;
 * {@code DncContainerIndexTest} checks every answer against RoaringBitmap's own.
 */
final class DncContainerIndex {

    /** A key is the high 16 bits of a 7-digit remainder: 0 to 152. */
    private static final int KEYS = (9_999_999 >>> 16) + 1;

    private static final int SERIAL_COOKIE_NO_RUNCONTAINER = 12346;
    private static final int SERIAL_COOKIE = 12347;
    private static final int NO_OFFSET_THRESHOLD = 4;
    private static final int MAX_ARRAY = 4096;

    private static final long BITMAP = 1L << 48;
    private static final long ARRAY = 2L << 48;
    private static final long RUN = 3L << 48;
    private static final long TYPE = 3L << 48;

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle CHAR = MethodHandles.byteArrayViewVarHandle(char[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[] bytes;
    /** By key: 0 when there is no container, else its type, its cardinality less one, and where its data starts. */
    private final long[] slots;

    private DncContainerIndex(byte[] bytes, long[] slots) {
        this.bytes = bytes;
        this.slots = slots;
    }

    /** The index of a serialized bitmap held in a heap buffer (a view of a packed array). */
    static DncContainerIndex of(ByteBuffer view) {
        if (!view.hasArray()) {
            throw new IllegalArgumentException("the bitmap must be in a heap buffer");
        }
        byte[] bytes = view.array();
        int start = view.arrayOffset() + view.position();
        int end = start + view.remaining();
        try {
            return new DncContainerIndex(bytes, slots(bytes, start, end));
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("corrupt bitmap: " + e.getMessage(), e));
        }
    }

    private static long[] slots(byte[] b, int start, int end) {
        int cookie = (int) INT.get(b, start);
        int size;
        int pos;
        int runMarkers = -1;
        if ((cookie & 0xFFFF) == SERIAL_COOKIE) {
            size = (cookie >>> 16) + 1;
            runMarkers = start + 4;
            pos = runMarkers + (size + 7) / 8;
        } else if (cookie == SERIAL_COOKIE_NO_RUNCONTAINER) {
            size = (int) INT.get(b, start + 4);
            pos = start + 8;
        } else {
            throw new IllegalArgumentException("not a serialized RoaringBitmap (cookie " + cookie + ")");
        }
        if (size < 0 || size > KEYS) {
            throw new IllegalArgumentException(size + " containers, more than a 7-digit remainder has");
        }
        int header = pos;
        pos += 4 * size;
        boolean offsets = runMarkers < 0 || size >= NO_OFFSET_THRESHOLD;
        int offsetTable = pos;
        if (offsets) {
            pos += 4 * size;
        }
        long[] slots = new long[KEYS];
        int data = pos;
        for (int i = 0; i < size; i++) {
            int key = (char) CHAR.get(b, header + 4 * i);
            int cardinality = (char) CHAR.get(b, header + 4 * i + 2) + 1;
            boolean run = runMarkers >= 0 && (b[runMarkers + i / 8] & (1 << (i % 8))) != 0;
            int at = offsets ? start + (int) INT.get(b, offsetTable + 4 * i) : data;
            long type = run ? RUN : cardinality > MAX_ARRAY ? BITMAP : ARRAY;
            int length = run ? 2 + 4 * (char) CHAR.get(b, at) : type == BITMAP ? 8192 : 2 * cardinality;
            if (key >= KEYS || at < start || at + length > end) {
                throw new IllegalArgumentException("container " + i + " (key " + key + ") lies outside the bitmap");
            }
            slots[key] = type | ((long) (cardinality - 1) << 32) | at;
            data = at + length;
        }
        return slots;
    }

    /** Whether the 7-digit remainder is in the bitmap. */
    boolean contains(int remainder) {
        int key = remainder >>> 16;
        if (key >= KEYS) {
            return false;
        }
        long slot = slots[key];
        if (slot == 0) {
            return false;
        }
        int at = (int) slot;
        int low = remainder & 0xFFFF;
        long type = slot & TYPE;
        if (type == BITMAP) {
            return ((long) LONG.get(bytes, at + ((low >>> 6) << 3)) & (1L << low)) != 0;
        }
        if (type == ARRAY) {
            return inArray(at, (int) ((slot >>> 32) & 0xFFFF) + 1, low);
        }
        return inRuns(at, low);
    }

    private boolean inArray(int at, int cardinality, int low) {
        int lo = 0;
        int hi = cardinality - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int value = (char) CHAR.get(bytes, at + 2 * mid);
            if (value < low) {
                lo = mid + 1;
            } else if (value > low) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Runs are (start, length less one) pairs, sorted by start. */
    private boolean inRuns(int at, int low) {
        int runs = (char) CHAR.get(bytes, at);
        int lo = 0;
        int hi = runs - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int begin = (char) CHAR.get(bytes, at + 2 + 4 * mid);
            if (begin > low) {
                hi = mid - 1;
            } else if (low <= begin + (char) CHAR.get(bytes, at + 4 + 4 * mid)) {
                return true;
            } else {
                lo = mid + 1;
            }
        }
        return false;
    }
}

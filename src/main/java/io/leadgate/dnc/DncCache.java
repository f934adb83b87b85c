package io.leadgate.dnc;

import java.util.Map;
import java.util.Optional;
import org.roaringbitmap.RoaringBitmap;

/**
 * The lists a node holds in memory, as {@link DncService} sees them: a base to apply changes to without reading the
 * database, and the place to put what it just stored. The command-line import holds nothing ({@link #NONE}).
 */
public interface DncCache {

    /** The list's numbers as loaded, when what is loaded is exactly the given version. */
    Optional<DncSet> loaded(String listId, long version);

    /** A list whose numbers were all replaced (the new set is exactly the stored version). */
    void replaced(DncList list, DncSet numbers);

    /** A list some area codes of which changed from {@code baseVersion} to {@code list.version()}. */
    void changed(DncList list, long baseVersion, Map<Integer, RoaringBitmap> areaCodes);

    /** A list that is no more. */
    void deleted(String listId);

    /** Holds nothing: every change is read back from the database by the nodes that serve lookups. */
    DncCache NONE = new DncCache() {
        @Override
        public Optional<DncSet> loaded(String listId, long version) {
            return Optional.empty();
        }

        @Override
        public void replaced(DncList list, DncSet numbers) {
        }

        @Override
        public void changed(DncList list, long baseVersion, Map<Integer, RoaringBitmap> areaCodes) {
        }

        @Override
        public void deleted(String listId) {
        }
    };
}

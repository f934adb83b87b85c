package io.leadgate.dnc;

import io.leadgate.dnc.DncSnapshot.Loaded;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.roaringbitmap.RoaringBitmap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The suppression lists this node answers lookups from, in memory. Loaded from the database before the node takes
 * traffic; every few seconds it checks each list's version and reads only the area codes written since, so that an
 * import or an opt-out on any node (or the command-line import) reaches every node. A new state is built aside and
 * swapped in at once: lookups never wait and never see half a change.
 */
@Component
public class DncLists implements DncCache, InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DncLists.class);

    private final DncRepository repository;
    private final TransactionTemplate reads;
    private final Object installs = new Object();
    private volatile DncSnapshot snapshot = DncSnapshot.EMPTY;

    public DncLists(DncRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.reads = new TransactionTemplate(transactions);
        // one consistent state of a list: its version and the bitmaps written up to it
        this.reads.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.reads.setReadOnly(true);
    }

    /** The lists as they are now; hold on to it for one lead, so that all its lookups see the same state. */
    public DncSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public void afterPropertiesSet() {
        long t0 = System.nanoTime();
        refresh();
        long numbers = snapshot.lists().stream().mapToLong(l -> l.numbers().count()).sum();
        long bytes = snapshot.lists().stream().mapToLong(l -> l.numbers().sizeInBytes()).sum();
        log.info("loaded {} suppression list(s), {} numbers in {} MB, in {} ms", snapshot.lists().size(), numbers,
                bytes / (1024 * 1024), (System.nanoTime() - t0) / 1_000_000);
    }

    /** Brings every list up to the database's version; lists deleted there are dropped. */
    @Scheduled(fixedDelayString = "${leadgate.dnc.refresh-interval:5s}", initialDelayString = "${leadgate.dnc.refresh-interval:5s}")
    public void refresh() {
        Map<String, Stamp> stored = new HashMap<>();
        repository.lists().forEach(l -> stored.put(l.id(), new Stamp(l.version(), l.createdAt())));
        for (Loaded loaded : snapshot.lists()) {
            if (!stored.containsKey(loaded.list().id())) {
                deleted(loaded.list().id());
            }
        }
        stored.forEach((id, stamp) -> {
            Loaded loaded = snapshot.get(id).orElse(null);
            if (loaded == null || !stamp.sameList(loaded.list()) || loaded.list().version() < stamp.version()) {
                try {
                    refresh(id);
                } catch (RuntimeException e) {
                    log.error("suppression list {} could not be loaded; lookups use what was loaded before", id, e);
                }
            }
        });
    }

    /** Brings one list up to the database's version, reading only the area codes written since the loaded one. */
    public void refresh(String listId) {
        Loaded current = snapshot.get(listId).orElse(null);
        Optional<Loaded> next = reads.execute(status -> {
            Optional<DncList> list = repository.find(listId);
            if (list.isEmpty()) {
                return Optional.empty();
            }
            boolean incremental = current != null && new Stamp(list.get().version(), list.get().createdAt()).sameList(current.list());
            if (incremental && current.list().version() >= list.get().version()) {
                return Optional.of(current);
            }
            long after = incremental ? current.list().version() : -1;
            // room for every bitmap first, so that each row read is copied into place and dropped at once
            DncSet.Packer packer = new DncSet.Packer(repository.bitmapBytes(listId, after));
            Map<Integer, ByteBuffer> written = new HashMap<>();
            repository.readBitmaps(listId, after, (areaCode, version, numbers, bitmap) -> {
                if (DncSet.readInPlace(bitmap).getCardinality() != numbers) {
                    throw new IllegalStateException("list " + listId + ", area code " + areaCode + ": the stored bitmap "
                            + "does not hold the " + numbers + " numbers its row says");
                }
                written.put(areaCode, packer.put(bitmap));
            });
            DncSet base = incremental ? current.numbers().retain(new HashSet<>(repository.areaCodes(listId))) : DncSet.EMPTY;
            return Optional.of(new Loaded(list.get(), base.withStored(written)));
        });
        if (next == null || next.isEmpty()) {
            deleted(listId);
        } else if (next.get() != current) {
            install(next.get());
        }
    }

    @Override
    public Optional<DncSet> loaded(String listId, long version) {
        return snapshot.get(listId).filter(l -> l.list().version() == version).map(Loaded::numbers);
    }

    @Override
    public void replaced(DncList list, DncSet numbers) {
        install(new Loaded(list, numbers));
    }

    @Override
    public void changed(DncList list, long baseVersion, Map<Integer, RoaringBitmap> areaCodes) {
        synchronized (installs) {
            Loaded current = snapshot.get(list.id()).orElse(null);
            if (current != null && Objects.equals(current.list().createdAt(), list.createdAt())) {
                if (current.list().version() >= list.version()) {
                    return;
                }
                if (current.list().version() == baseVersion) {
                    snapshot = snapshot.with(new Loaded(list, current.numbers().with(areaCodes)));
                    return;
                }
            }
        }
        // this node had not loaded the version the change was made on: read the list back
        refresh(list.id());
    }

    @Override
    public void deleted(String listId) {
        synchronized (installs) {
            snapshot = snapshot.without(listId);
        }
    }

    /** Swaps in a list's new state unless a newer one of the same list is there already. */
    private void install(Loaded next) {
        synchronized (installs) {
            Loaded current = snapshot.get(next.list().id()).orElse(null);
            if (current != null && Objects.equals(current.list().createdAt(), next.list().createdAt())
                    && current.list().version() >= next.list().version()) {
                return;
            }
            snapshot = snapshot.with(next);
        }
    }

    /** A list's version, and when it was created: a list deleted and created again starts its versions over. */
    private record Stamp(long version, Instant createdAt) {

        boolean sameList(DncList list) {
            return Objects.equals(createdAt, list.createdAt());
        }
    }
}

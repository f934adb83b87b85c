package io.leadgate.dnc;

import io.leadgate.support.ApiException;
import io.leadgate.support.FieldError;
import io.leadgate.support.Ids;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.buffer.ImmutableRoaringBitmap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes suppression lists: creates and deletes them, imports files into them (full, per area code, additions,
 * deletions, change files), and adds or removes single numbers. Every change is stored first, in one transaction per
 * change, then handed to the node's {@link DncCache}; the other nodes read it back when they see the version move.
 */
@Service
public class DncService {

    private static final Logger log = LoggerFactory.getLogger(DncService.class);

    /** A replace may shrink a list this small by more than half without being taken for a mistake. */
    static final long SHRINK_GUARD_MINIMUM = 1000;

    private final DncRepository repository;
    private final DncCache cache;
    private final TransactionTemplate transactions;
    private final DncProperties properties;
    private final Clock clock;
    private final Ids ids;

    public DncService(DncRepository repository, DncCache cache, TransactionTemplate transactions, DncProperties properties,
            Clock clock, Ids ids) {
        this.repository = repository;
        this.cache = cache;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        this.ids = ids;
    }

    // ---- lists

    public List<DncList> lists() {
        return repository.lists();
    }

    public DncList get(String id) {
        return repository.find(id).orElseThrow(() -> ApiException.notFound("list", id));
    }

    /** Creates a list; refused with 422 naming the field when it cannot be, 409 when the id is taken. */
    public DncList create(String id, String kindId, String state, String name) {
        List<FieldError> errors = new ArrayList<>();
        if (id == null || !DncList.ID.matcher(id).matches()) {
            errors.add(new FieldError("id", id == null ? "required" : "invalid",
                    "a list id is 2 to 64 lower-case letters, digits and underscores, starting with a letter (e.g. partner_suppression)"));
        }
        Optional<DncList> known = DncList.wellKnown(id, now());
        DncListKind kind = kindId == null ? known.map(DncList::kind).orElse(null) : DncListKind.fromId(kindId).orElse(null);
        if (kind == null) {
            errors.add(new FieldError("kind", kindId == null ? "required" : "invalid",
                    (kindId == null ? "the list's kind is required" : "'" + kindId + "' is not a list kind") + "; use one of "
                            + DncListKind.ids()));
        }
        String stateCode = null;
        if (kind == DncListKind.STATE_DNC) {
            stateCode = state == null ? known.map(DncList::state).orElse(null) : DncList.stateCode(state).orElse(null);
            if (stateCode == null) {
                errors.add(new FieldError("state", state == null ? "required" : "invalid",
                        state == null ? "a state_dnc list needs its state (e.g. TX)" : "'" + state + "' is not a US state"));
            }
        } else if (state != null && !state.isBlank()) {
            errors.add(new FieldError("state", "invalid", "only a state_dnc list has a state"));
        }
        if (known.isPresent() && kind != null && (kind != known.get().kind() || (stateCode != null && !stateCode.equals(known.get().state())))) {
            errors.add(new FieldError("kind", "invalid", "list id '" + id + "' is reserved for the " + known.get().name()));
        }
        if (name != null && name.length() > 200) {
            errors.add(new FieldError("name", "too_long", "a list name has at most 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        String label = name != null && !name.isBlank() ? name.strip()
                : known.map(DncList::name).orElse(stateCode != null ? stateCode + " state Do Not Call list" : id);
        DncList list = DncList.empty(id, kind, stateCode, label, now());
        if (!repository.insertIfAbsent(list)) {
            throw ApiException.conflict("list '" + id + "' exists already");
        }
        return repository.find(id).orElse(list);
    }

    /** The list, created first when its id is a well-known one ({@code national_dnc}, {@code state_dnc_tx}...). */
    DncList getOrCreate(String id) {
        Optional<DncList> found = repository.find(id);
        if (found.isPresent()) {
            return found.get();
        }
        DncList known = DncList.wellKnown(id, now()).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "not_found",
                "list '" + id + "' does not exist: create it first (POST /api/v1/dnc/lists with its id and kind), or use "
                        + "national_dnc, litigator, internal_dnc or state_dnc_<state>"));
        repository.insertIfAbsent(known);
        return repository.find(id).orElseThrow();
    }

    public void delete(String id) {
        if (!repository.delete(id)) {
            throw ApiException.notFound("list", id);
        }
        cache.deleted(id);
    }

    // ---- imports

    /** One file to import: its name (kept as the list's source file) and how to open it. */
    public record Input(String name, Opener opener) {
    }

    /** Opens an input; the import closes what it opened. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * How to import.
     *
     * @param sourceFile the name recorded as the list's source; the inputs' names when null
     * @param asOf how current the file's numbers are (the registry download date); the import time when null
     * @param allowShrink let a replace empty the list or take off more than half of its numbers (otherwise refused as a
     *     likely mistake, such as one area code's file sent as the whole registry)
     */
    public record ImportOptions(DncImportMode mode, String sourceFile, Instant asOf, boolean allowShrink) {
    }

    /** Follows an import: the reader while it reads (for progress), then each later phase by name. */
    public interface ImportObserver {

        default void reading(DncFileReader reader) {
        }

        default void phase(String description) {
        }

        ImportObserver NONE = new ImportObserver() {
        };
    }

    /** An import as recorded, with the list as it is after it. */
    public record ImportResult(DncImport record, DncList list) {
    }

    /**
     * Imports files into a list. The files are read (and the new numbers built) before anything is stored; the list
     * changes in one transaction, so lookups on every node see the old numbers until they see all the new ones. A file
     * with no usable line, or mostly malformed lines, or a replace that would empty the list, is refused (422) and
     * recorded as refused, the list untouched.
     */
    public ImportResult importFiles(String listId, List<Input> inputs, ImportOptions options, DncActor by,
            ImportObserver observer) {
        Instant started = now();
        Instant asOf = options.asOf() == null ? started : options.asOf().truncatedTo(ChronoUnit.MICROS);
        if (asOf.isAfter(started.plus(1, ChronoUnit.DAYS))) {
            throw ApiException.invalid("as_of", "invalid", "as_of is in the future: it is the date the file's numbers were downloaded");
        }
        DncList list = getOrCreate(listId);
        String source = options.sourceFile() != null && !options.sourceFile().isBlank() ? options.sourceFile().strip()
                : String.join(", ", inputs.stream().map(Input::name).toList());

        boolean replaces = options.mode().replaces();
        DncSetBuilder builder = replaces ? new DncSetBuilder() : null;
        DncChanges changes = replaces ? null : new DncChanges();
        DncFileReader.Receiver receiver = switch (options.mode()) {
            case REPLACE, REPLACE_AREA_CODES -> receiver(builder::add, builder::add);
            case ADD -> receiver(changes::add, changes::add);
            case REMOVE -> receiver(changes::remove, changes::remove);
            case CHANGES -> receiver(changes::add, changes::remove);
        };
        DncFileReader reader = new DncFileReader(options.mode() == DncImportMode.CHANGES, properties.malformedExamples(), receiver);
        observer.reading(reader);
        for (Input input : inputs) {
            try (InputStream in = input.opener().open()) {
                reader.read(input.name(), in);
            } catch (IOException e) {
                String message = "cannot read " + input.name() + ": " + e.getMessage() + "; nothing was changed";
                DncReadReport sofar = reader.report();
                repository.insertImport(new DncImport(ids.next(), listId, options.mode(), DncImport.FAILED, message, source,
                        asOf, started, now(), sofar.lines(), sofar.skipped(), sofar.numbers(), 0, 0, sofar.malformed(),
                        sofar.examples(), list.count(), list.count(), by));
                throw new ApiException(HttpStatus.BAD_REQUEST, "unreadable_file", message);
            }
        }
        DncReadReport read = reader.report();
        observer.phase("building the sets");
        DncSet replacement = replaces ? builder.build() : null;

        String refusal = refusal(read, options, replacement, list.count());
        if (refusal != null) {
            DncImport refused = new DncImport(ids.next(), listId, options.mode(), DncImport.REFUSED, refusal, source, asOf,
                    started, now(), read.lines(), read.skipped(), read.numbers(), 0, 0, read.malformed(), read.examples(),
                    list.count(), list.count(), by);
            repository.insertImport(refused);
            log.warn("import into list {} refused: {}", listId, refusal);
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "import_refused", refusal, List.of(),
                    Map.of("import", refused));
        }

        observer.phase("storing");
        Stored stored = transactions.execute(tx -> store(listId, options.mode(), replacement, changes, read, source, asOf,
                started, by));
        if (stored.replaced() != null) {
            cache.replaced(stored.list(), stored.replaced());
        } else {
            cache.changed(stored.list(), stored.baseVersion(), stored.areaCodes());
        }
        log.info("imported {} into list {} ({}): {} lines, {} numbers, {} malformed; +{} -{}, {} on the list, {} ms",
                source, listId, options.mode().id(), read.lines(), read.numbers(), read.malformed(), stored.record().added(),
                stored.record().removed(), stored.list().count(), stored.record().durationMs());
        return new ImportResult(stored.record(), stored.list());
    }

    private String refusal(DncReadReport read, ImportOptions options, DncSet replacement, long countBefore) {
        if (read.numbers() == 0 && read.malformed() > 0) {
            return "no line of the file holds a usable phone number (" + read.malformed() + " malformed lines): is it the right file?";
        }
        if (read.malformed() > 0 && read.malformedShare() > properties.maxMalformedShare()) {
            return String.format("%d of %d lines are malformed (more than %.0f%%): is it the right file? Nothing was changed",
                    read.malformed(), read.lines() - read.skipped(), properties.maxMalformedShare() * 100);
        }
        if (options.mode() == DncImportMode.REPLACE && !options.allowShrink()) {
            if (replacement.count() == 0) {
                return "the file holds no number, and a replace with it would empty the list; pass allow_shrink=true to empty it";
            }
            if (countBefore >= SHRINK_GUARD_MINIMUM && replacement.count() < countBefore / 2) {
                return String.format("a replace with this file would leave %d of the list's %d numbers: if it holds only "
                        + "some area codes, import it with mode replace_area_codes; to replace the list anyway, pass "
                        + "allow_shrink=true", replacement.count(), countBefore);
            }
        }
        if (options.mode() != DncImportMode.REPLACE && read.numbers() == 0) {
            return "the file holds no number: there is nothing to change";
        }
        return null;
    }

    /** What a change stored: the list after it and, to update the cache, the new numbers. */
    private record Stored(DncImport record, DncList list, DncSet replaced, long baseVersion,
            Map<Integer, RoaringBitmap> areaCodes) {
    }

    private Stored store(String listId, DncImportMode mode, DncSet replacement, DncChanges changes, DncReadReport read,
            String source, Instant asOf, Instant started, DncActor by) {
        DncList list = repository.lock(listId).orElseThrow(() -> ApiException.notFound("list", listId));
        long version = list.version() + 1;
        IntFunction<ImmutableRoaringBitmap> before = base(list);
        Map<Integer, RoaringBitmap> written = new TreeMap<>();
        long added = 0;
        long removed = 0;
        long count;
        List<Long> addedNumbers = new ArrayList<>();
        List<Long> removedNumbers = new ArrayList<>();
        boolean keepEntries = list.kind() == DncListKind.INTERNAL_DNC;
        if (mode == DncImportMode.REPLACE) {
            for (int areaCode = DncNumbers.FIRST_AREA_CODE; areaCode < DncNumbers.FIRST_AREA_CODE + DncNumbers.AREA_CODES; areaCode++) {
                ImmutableRoaringBitmap old = list.count() == 0 ? null : before.apply(areaCode);
                ImmutableRoaringBitmap now = replacement.bitmap(areaCode);
                added += now == null ? 0 : old == null ? now.getLongCardinality() : ImmutableRoaringBitmap.andNotCardinality(now, old);
                removed += old == null ? 0 : now == null ? old.getLongCardinality() : ImmutableRoaringBitmap.andNotCardinality(old, now);
                if (keepEntries) {
                    collect(areaCode, now, old, addedNumbers);
                    collect(areaCode, old, now, removedNumbers);
                }
            }
            repository.deleteBitmaps(listId);
            for (int areaCode : replacement.areaCodes()) {
                repository.insertBitmap(listId, areaCode, version, replacement.bitmap(areaCode).getCardinality(),
                        replacement.serialized(areaCode));
            }
            count = replacement.count();
        } else {
            Map<Integer, RoaringBitmap> next = mode == DncImportMode.REPLACE_AREA_CODES ? replacement.bitmaps()
                    : changes.applyTo(before).bitmaps();
            for (Map.Entry<Integer, RoaringBitmap> e : next.entrySet()) {
                ImmutableRoaringBitmap old = before.apply(e.getKey());
                RoaringBitmap oldCopy = old == null ? new RoaringBitmap() : old.toRoaringBitmap();
                RoaringBitmap now = e.getValue();
                added += RoaringBitmap.andNotCardinality(now, oldCopy);
                removed += RoaringBitmap.andNotCardinality(oldCopy, now);
                if (keepEntries) {
                    collect(e.getKey(), now, oldCopy, addedNumbers);
                    collect(e.getKey(), oldCopy, now, removedNumbers);
                }
                repository.writeBitmap(listId, e.getKey(), version, now);
                written.put(e.getKey(), now);
            }
            count = list.count() + added - removed;
        }
        Instant finished = now();
        DncList after = list.imported(count, version, source, finished, asOf);
        repository.update(after);
        repository.addEntries(listId, addedNumbers, finished, by, source, null);
        repository.removeEntries(listId, removedNumbers, finished, by, source);
        DncImport record = new DncImport(ids.next(), listId, mode, DncImport.COMPLETED, null, source, asOf, started, finished,
                read.lines(), read.skipped(), read.numbers(), added, removed, read.malformed(), read.examples(), list.count(),
                count, by);
        repository.insertImport(record);
        return new Stored(record, after, mode == DncImportMode.REPLACE ? replacement : null, list.version(), written);
    }

    /** The numbers of an area code in {@code from} and not in {@code not}, as ten-digit numbers. */
    private static void collect(int areaCode, ImmutableRoaringBitmap from, ImmutableRoaringBitmap not, List<Long> into) {
        if (from != null) {
            collect(areaCode, from.toRoaringBitmap(), not == null ? null : not.toRoaringBitmap(), into);
        }
    }

    private static void collect(int areaCode, RoaringBitmap from, RoaringBitmap not, List<Long> into) {
        if (from == null) {
            return;
        }
        RoaringBitmap only = not == null ? from : RoaringBitmap.andNot(from, not);
        only.forEach((int remainder) -> into.add(DncNumbers.of(areaCode, remainder)));
    }

    /**
     * The list's bitmaps as stored at its locked version: from memory when this node holds exactly that version (no
     * read of hundreds of megabytes), else from the database.
     */
    private IntFunction<ImmutableRoaringBitmap> base(DncList locked) {
        Optional<DncSet> loaded = cache.loaded(locked.id(), locked.version());
        if (loaded.isPresent()) {
            return loaded.get()::bitmap;
        }
        return areaCode -> repository.readBitmap(locked.id(), areaCode);
    }

    private static DncFileReader.Receiver receiver(java.util.function.LongConsumer add, java.util.function.LongConsumer remove) {
        return new DncFileReader.Receiver() {
            @Override
            public void add(long number) {
                add.accept(number);
            }

            @Override
            public void remove(long number) {
                remove.accept(number);
            }
        };
    }

    public List<DncImport> imports(String listId, int limit) {
        get(listId);
        return repository.imports(listId, limit);
    }

    // ---- single numbers

    /** What adding or removing one number did. */
    public record NumberChange(DncList list, boolean changed, DncEntry entry) {
    }

    /** Puts one number on a list (e.g. a consumer asked to stop), recording who and when; idempotent. */
    public NumberChange addNumber(String listId, long number, String note, DncActor by) {
        getOrCreate(listId);
        return change(listId, number, true, note, by);
    }

    /** Takes one number off a list, recording who and when; 404 when it is not on it. */
    public NumberChange removeNumber(String listId, long number, DncActor by) {
        get(listId);
        NumberChange change = change(listId, number, false, null, by);
        if (!change.changed()) {
            throw new ApiException(HttpStatus.NOT_FOUND, "not_on_list", DncNumbers.e164(number) + " is not on list '" + listId + "'");
        }
        return change;
    }

    private NumberChange change(String listId, long number, boolean add, String note, DncActor by) {
        int areaCode = DncNumbers.areaCode(number);
        int remainder = DncNumbers.remainder(number);
        record Done(NumberChange change, long baseVersion, RoaringBitmap bitmap) {
        }
        Done done = transactions.execute(tx -> {
            DncList list = repository.lock(listId).orElseThrow(() -> ApiException.notFound("list", listId));
            ImmutableRoaringBitmap old = base(list).apply(areaCode);
            boolean present = old != null && old.contains(remainder);
            Instant at = now();
            if (present == add) {
                if (add && repository.entry(listId, number).filter(DncEntry::active).isEmpty()) {
                    repository.addEntries(listId, List.of(number), at, by, "api", note);
                }
                return new Done(new NumberChange(list, false, repository.entry(listId, number).orElse(null)), list.version(), null);
            }
            RoaringBitmap now = old == null ? new RoaringBitmap() : old.toRoaringBitmap();
            if (add) {
                now.add(remainder);
            } else {
                now.remove(remainder);
            }
            now.runOptimize();
            DncList after = list.withNumbers(list.count() + (add ? 1 : -1), list.version() + 1, at);
            repository.writeBitmap(listId, areaCode, after.version(), now);
            repository.update(after);
            if (add) {
                repository.addEntries(listId, List.of(number), at, by, "api", note);
            } else {
                repository.removeEntries(listId, List.of(number), at, by, "api");
            }
            return new Done(new NumberChange(after, true, repository.entry(listId, number).orElse(null)), list.version(), now);
        });
        if (done.change().changed()) {
            Map<Integer, RoaringBitmap> areaCodes = new LinkedHashMap<>();
            areaCodes.put(areaCode, done.bitmap());
            cache.changed(done.change().list(), done.baseVersion(), areaCodes);
        }
        return done.change();
    }

    /** Whether the number is on the list as stored now (this node's copy when it is current, else the database's). */
    public boolean isListed(String listId, long number) {
        DncList list = get(listId);
        ImmutableRoaringBitmap bitmap = base(list).apply(DncNumbers.areaCode(number));
        return bitmap != null && bitmap.contains(DncNumbers.remainder(number));
    }

    public Optional<DncEntry> entry(String listId, long number) {
        return repository.entry(listId, number);
    }

    public List<DncEntry> entries(String listId, Long after, int limit, boolean includeRemoved) {
        get(listId);
        return repository.entries(listId, after, limit, includeRemoved);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

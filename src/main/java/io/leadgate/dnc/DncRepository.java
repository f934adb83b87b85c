package io.leadgate.dnc;

import static io.leadgate.support.Sql.instant;
import static io.leadgate.support.Sql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.buffer.ImmutableRoaringBitmap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores suppression lists: their description, their numbers as one serialized bitmap per area code, the entries added
 * one at a time, and the history of imports.
 */
@Repository
public class DncRepository {

    private static final TypeReference<List<MalformedLine>> MALFORMED = new TypeReference<>() { };
    private static final String LIST_COLUMNS = "id, kind, state, name, entry_count, version, source_file, imported_at, "
            + "refreshed_at, created_at, updated_at";
    private static final String ENTRY_COLUMNS = "list_id, phone, added_at, added_by_id, added_by_name, source, note, "
            + "removed_at, removed_by_id, removed_by_name";
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    /** Reads bitmaps a few rows at a time (a whole registry is hundreds of megabytes). */
    private final JdbcTemplate streaming;
    private final JsonMapper json;

    public DncRepository(JdbcClient jdbc, JdbcTemplate batch, DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(4);
        this.json = json;
    }

    // ---- lists

    public List<DncList> lists() {
        return jdbc.sql("SELECT " + LIST_COLUMNS + " FROM dnc_list ORDER BY id").query(this::list).list();
    }

    public Optional<DncList> find(String id) {
        return jdbc.sql("SELECT " + LIST_COLUMNS + " FROM dnc_list WHERE id = ?").param(id).query(this::list).optional();
    }

    /** The list, locked until the transaction ends: changes of one list's numbers are made one at a time. */
    public Optional<DncList> lock(String id) {
        return jdbc.sql("SELECT " + LIST_COLUMNS + " FROM dnc_list WHERE id = ? FOR UPDATE").param(id).query(this::list)
                .optional();
    }

    /** Every list's version, to notice changes made by other nodes. */
    public Map<String, Long> versions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        jdbc.sql("SELECT id, version FROM dnc_list ORDER BY id")
                .query(rs -> { versions.put(rs.getString("id"), rs.getLong("version")); });
        return versions;
    }

    /** Creates the list; false when one with its id exists already. */
    public boolean insertIfAbsent(DncList list) {
        if (find(list.id()).isPresent()) {
            return false;
        }
        try {
            jdbc.sql("INSERT INTO dnc_list (" + LIST_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(list.id(), list.kind().id(), list.state(), list.name(), list.count(), list.version(),
                            list.sourceFile(), utc(list.importedAt()), utc(list.refreshedAt()), utc(list.createdAt()),
                            utc(list.updatedAt()))
                    .update();
            return true;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false;
        }
    }

    public void update(DncList list) {
        jdbc.sql("UPDATE dnc_list SET name = ?, entry_count = ?, version = ?, source_file = ?, imported_at = ?, "
                        + "refreshed_at = ?, updated_at = ? WHERE id = ?")
                .params(list.name(), list.count(), list.version(), list.sourceFile(), utc(list.importedAt()),
                        utc(list.refreshedAt()), utc(list.updatedAt()), list.id())
                .update();
    }

    public boolean delete(String id) {
        return jdbc.sql("DELETE FROM dnc_list WHERE id = ?").param(id).update() > 0;
    }

    // ---- numbers, one bitmap per area code

    /** What {@link #readBitmaps} hands over for each row: the bitmap as stored, and how many numbers it holds. */
    @FunctionalInterface
    public interface BitmapRow {
        void accept(int areaCode, long version, int numbers, byte[] bitmap);
    }

    /** The area codes the list has numbers in. */
    public List<Integer> areaCodes(String listId) {
        return jdbc.sql("SELECT area_code FROM dnc_snapshot WHERE list_id = ? ORDER BY area_code").param(listId)
                .query(Integer.class).list();
    }

    /** How many bytes the bitmaps written after the given version take, in all (to make room for them first). */
    public long bitmapBytes(String listId, long afterVersion) {
        return jdbc.sql("SELECT COALESCE(SUM(OCTET_LENGTH(bitmap)), 0) FROM dnc_snapshot WHERE list_id = ? AND version > ?")
                .params(listId, afterVersion).query(Long.class).single();
    }

    /**
     * Streams the list's bitmaps written after the given version (all of them for -1), a few rows at a time. Run it in
     * a transaction: PostgreSQL fetches in batches only inside one.
     */
    public void readBitmaps(String listId, long afterVersion, BitmapRow row) {
        streaming.query("SELECT area_code, version, numbers, bitmap FROM dnc_snapshot WHERE list_id = ? AND version > ? "
                        + "ORDER BY area_code",
                rs -> { row.accept(rs.getInt(1), rs.getLong(2), rs.getInt(3), rs.getBytes(4)); },
                listId, afterVersion);
    }

    /** One area code's bitmap, read in place, or null when the list has no number in it. */
    public ImmutableRoaringBitmap readBitmap(String listId, int areaCode) {
        return jdbc.sql("SELECT bitmap FROM dnc_snapshot WHERE list_id = ? AND area_code = ?").params(listId, areaCode)
                .query((rs, n) -> DncSet.readInPlace(rs.getBytes(1))).optional().orElse(null);
    }

    public void deleteBitmaps(String listId) {
        jdbc.sql("DELETE FROM dnc_snapshot WHERE list_id = ?").param(listId).update();
    }

    /** Stores an area code's bitmap under a version; an empty bitmap removes the area code from the list. */
    public void writeBitmap(String listId, int areaCode, long version, RoaringBitmap bitmap) {
        if (bitmap == null || bitmap.isEmpty()) {
            jdbc.sql("DELETE FROM dnc_snapshot WHERE list_id = ? AND area_code = ?").params(listId, areaCode).update();
            return;
        }
        byte[] bytes = DncSet.serialize(bitmap);
        int updated = jdbc.sql("UPDATE dnc_snapshot SET version = ?, numbers = ?, bitmap = ? WHERE list_id = ? AND area_code = ?")
                .params(version, bitmap.getCardinality(), bytes, listId, areaCode).update();
        if (updated == 0) {
            insertBitmap(listId, areaCode, version, bitmap.getCardinality(), bytes);
        }
    }

    /** Stores a serialized bitmap for an area code the list has no row for (after {@link #deleteBitmaps}). */
    public void insertBitmap(String listId, int areaCode, long version, int numbers, byte[] bytes) {
        jdbc.sql("INSERT INTO dnc_snapshot (list_id, area_code, version, numbers, bitmap) VALUES (?, ?, ?, ?, ?)")
                .params(listId, areaCode, version, numbers, bytes).update();
    }

    // ---- entries

    public Optional<DncEntry> entry(String listId, long number) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM dnc_entry WHERE list_id = ? AND phone = ?")
                .params(listId, Long.toString(number)).query(this::entry).optional();
    }

    /** A page of a list's entries in number order, after the given number (or from the start). */
    public List<DncEntry> entries(String listId, Long after, int limit, boolean includeRemoved) {
        return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM dnc_entry WHERE list_id = ? AND phone > ?"
                        + (includeRemoved ? "" : " AND removed_at IS NULL") + " ORDER BY phone LIMIT ?")
                .params(listId, after == null ? "" : Long.toString(after), limit).query(this::entry).list();
    }

    /** Records numbers as added (again, for numbers that were removed) by someone, at a time, from a source. */
    public void addEntries(String listId, Iterable<Long> numbers, Instant at, DncActor by, String source, String note) {
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (long number : numbers) {
            Object[] added = {utc(at), by.id(), by.name(), source, note};
            rows.add(new Object[] {listId, Long.toString(number), added[0], added[1], added[2], added[3], added[4],
                added[0], added[1], added[2], added[3], added[4]});
            if (rows.size() == BATCH) {
                mergeEntries(rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            mergeEntries(rows);
        }
    }

    private void mergeEntries(List<Object[]> rows) {
        batch.batchUpdate("MERGE INTO dnc_entry e USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(10)))) "
                + "AS v (list_id, phone) ON e.list_id = v.list_id AND e.phone = v.phone "
                + "WHEN MATCHED THEN UPDATE SET added_at = ?, added_by_id = ?, added_by_name = ?, source = ?, note = ?, "
                + "removed_at = NULL, removed_by_id = NULL, removed_by_name = NULL "
                + "WHEN NOT MATCHED THEN INSERT (list_id, phone, added_at, added_by_id, added_by_name, source, note) "
                + "VALUES (v.list_id, v.phone, ?, ?, ?, ?, ?)", rows);
    }

    /** Records numbers as taken off the list; a number without an entry gets one that says only that. */
    public void removeEntries(String listId, Iterable<Long> numbers, Instant at, DncActor by, String source) {
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (long number : numbers) {
            rows.add(new Object[] {listId, Long.toString(number), utc(at), by.id(), by.name(),
                utc(at), by.id(), by.name(), source});
            if (rows.size() == BATCH) {
                mergeRemovals(rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            mergeRemovals(rows);
        }
    }

    private void mergeRemovals(List<Object[]> rows) {
        batch.batchUpdate("MERGE INTO dnc_entry e USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(10)))) "
                + "AS v (list_id, phone) ON e.list_id = v.list_id AND e.phone = v.phone "
                + "WHEN MATCHED THEN UPDATE SET removed_at = ?, removed_by_id = ?, removed_by_name = ? "
                + "WHEN NOT MATCHED THEN INSERT (list_id, phone, removed_at, removed_by_id, removed_by_name, source) "
                + "VALUES (v.list_id, v.phone, ?, ?, ?, ?)", rows);
    }

    // ---- imports

    public void insertImport(DncImport i) {
        jdbc.sql("INSERT INTO dnc_import (id, list_id, mode, status, message, source_file, as_of, started_at, "
                        + "finished_at, lines, skipped, numbers, added, removed, malformed, malformed_examples, "
                        + "count_before, count_after, imported_by_id, imported_by_name) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(i.id(), i.listId(), i.mode().id(), i.status(), cut(i.message(), 2000), cut(i.sourceFile(), 500),
                        utc(i.asOf()), utc(i.startedAt()), utc(i.finishedAt()), i.lines(), i.skipped(), i.numbers(),
                        i.added(), i.removed(), i.malformed(), json.writerFor(MALFORMED).writeValueAsString(i.malformedLines()),
                        i.countBefore(), i.countAfter(), i.importedBy() == null ? null : i.importedBy().id(),
                        i.importedBy() == null ? null : cut(i.importedBy().name(), 200))
                .update();
    }

    /** The list's imports, newest first. */
    public List<DncImport> imports(String listId, int limit) {
        return jdbc.sql("SELECT * FROM dnc_import WHERE list_id = ? ORDER BY started_at DESC, id DESC LIMIT ?")
                .params(listId, limit).query(this::importRow).list();
    }

    // ---- mapping

    private DncList list(ResultSet rs, int row) throws SQLException {
        return new DncList(rs.getString("id"), DncListKind.fromId(rs.getString("kind")).orElse(DncListKind.CUSTOM),
                rs.getString("state"), rs.getString("name"), rs.getLong("entry_count"), rs.getLong("version"),
                rs.getString("source_file"), instant(rs, "imported_at"), instant(rs, "refreshed_at"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private DncEntry entry(ResultSet rs, int row) throws SQLException {
        return new DncEntry(rs.getString("list_id"), Long.parseLong(rs.getString("phone")), instant(rs, "added_at"),
                actor(rs.getString("added_by_id"), rs.getString("added_by_name")), rs.getString("source"),
                rs.getString("note"), instant(rs, "removed_at"),
                actor(rs.getString("removed_by_id"), rs.getString("removed_by_name")));
    }

    private DncImport importRow(ResultSet rs, int row) throws SQLException {
        return new DncImport(rs.getString("id"), rs.getString("list_id"),
                DncImportMode.fromId(rs.getString("mode")).orElse(DncImportMode.REPLACE), rs.getString("status"),
                rs.getString("message"), rs.getString("source_file"), instant(rs, "as_of"), instant(rs, "started_at"),
                instant(rs, "finished_at"), rs.getLong("lines"), rs.getLong("skipped"), rs.getLong("numbers"),
                rs.getLong("added"), rs.getLong("removed"), rs.getLong("malformed"),
                json.readValue(rs.getString("malformed_examples"), MALFORMED), rs.getLong("count_before"),
                rs.getLong("count_after"), actor(rs.getString("imported_by_id"), rs.getString("imported_by_name")));
    }

    private static DncActor actor(String id, String name) {
        return id == null && name == null ? null : new DncActor(id, name);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

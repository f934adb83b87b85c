package io.leadgate.dnc;

import java.time.Instant;
import java.util.List;

/**
 * One import into a list, as recorded: what was read, what changed, and the first malformed lines.
 *
 * @param status {@code completed}; {@code refused} (the file looked wrong) or {@code failed} (it could not be read to
 *     its end): then nothing was changed, and the message says why
 * @param asOf how current the file's numbers are (the download date); the list's freshness after the import
 * @param lines every line read; {@code skipped} blank, comment and header lines; {@code numbers} lines with a number
 * @param added numbers that were not on the list before; {@code removed} numbers that were and are not any more
 */
public record DncImport(String id, String listId, DncImportMode mode, String status, String message, String sourceFile,
        Instant asOf, Instant startedAt, Instant finishedAt, long lines, long skipped, long numbers, long added,
        long removed, long malformed, List<MalformedLine> malformedLines, long countBefore, long countAfter,
        DncActor importedBy) {

    public static final String COMPLETED = "completed";
    public static final String REFUSED = "refused";
    public static final String FAILED = "failed";

    public DncImport {
        malformedLines = malformedLines == null ? List.of() : List.copyOf(malformedLines);
    }

    public long durationMs() {
        return finishedAt.toEpochMilli() - startedAt.toEpochMilli();
    }
}

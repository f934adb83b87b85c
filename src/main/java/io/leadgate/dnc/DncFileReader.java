package io.leadgate.dnc;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads phone numbers from list files, streaming: the Do Not Call Registry's files (one number a line, as
 * {@code 2015551234} or {@code 201,5551234}), change files (a number and {@code A} or {@code D} a line), and CSV or plain
 * lists (the phone in the column a header names, else the first field holding ten digits). Plain, zip (every entry) or
 * gzip, told apart by their first bytes.
 *
 * <p>Registry lines take a fast path over the raw bytes, so a multi-gigabyte registry reads at disk speed; any other
 * line is read as text. A line without a usable number is counted and its first occurrences kept with their line
 * numbers; it never stops the reading. Not thread-safe: one reader per import.
 */
public final class DncFileReader {

    /** Where the numbers read go. */
    public interface Receiver {

        /** A number to put on the list (every number of a full or additions file, an {@code A} line of a change file). */
        void add(long number);

        /** A number to take off the list (a {@code D} line of a change file, every number of a deletions file). */
        void remove(long number);
    }

    /** How a list's text is cut at most, in messages and examples. */
    static final int EXAMPLE_TEXT = 100;

    private static final int BUFFER = 1 << 20;
    private static final int MIN_FAST = 13;

    private static final Set<String> PHONE_HEADERS = Set.of("phone", "phonenumber", "phoneno", "number", "telephone",
            "telephonenumber", "tel", "mobile", "mobilenumber", "cell", "cellphone", "wireless", "msisdn", "dnc",
            "dncnumber", "contactnumber", "primaryphone");
    private static final Set<String> AREA_CODE_HEADERS = Set.of("areacode", "npa", "area");
    private static final Set<String> CHANGE_HEADERS = Set.of("change", "changetype", "action", "type", "operation",
            "flag", "status", "addordelete", "adddelete");
    private static final Set<String> ADD_FLAGS = Set.of("a", "add", "added", "addition", "i", "insert", "n", "new", "+");
    private static final Set<String> DELETE_FLAGS = Set.of("d", "del", "delete", "deleted", "deletion", "r", "remove",
            "removed", "-");

    private final boolean changeFile;
    private final int maxExamples;
    private final Receiver receiver;
    private final byte[] buffer = new byte[BUFFER];

    private final List<String> files = new ArrayList<>();
    private final List<MalformedLine> examples = new ArrayList<>();
    private long lines;
    private long numbers;
    private long deletions;
    private long skipped;
    private long malformed;
    private volatile Progress progress = new Progress(0, 0, 0);

    /** The state of the file being read. */
    private String file;
    private long lineInFile;
    private boolean headerChecked;
    private Columns columns;

    /**
     * @param changeFile whether each line says whether its number is added or deleted
     * @param maxExamples how many malformed lines to keep as examples
     */
    public DncFileReader(boolean changeFile, int maxExamples, Receiver receiver) {
        this.changeFile = changeFile;
        this.maxExamples = maxExamples;
        this.receiver = receiver;
    }

    /** How far the reading is, for a progress display; safe to call from another thread. */
    public record Progress(long lines, long numbers, long malformed) {
    }

    public Progress progress() {
        return progress;
    }

    /** Reads one input: a plain text file, a zip (every entry, in order) or a gzip file. Does not close it. */
    public void read(String name, InputStream input) throws IOException {
        BufferedInputStream in = new BufferedInputStream(new Unclosable(input), 1 << 16);
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
            ZipInputStream zip = new ZipInputStream(in);
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String entryName = entry.getName();
                String base = entryName.substring(entryName.lastIndexOf('/') + 1);
                if (!entry.isDirectory() && !entryName.startsWith("__MACOSX/") && !base.startsWith(".")) {
                    readText(name + "!" + entryName, new Unclosable(zip));
                }
            }
        } else if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            readText(name, new GZIPInputStream(in, 1 << 16));
        } else {
            readText(name, in);
        }
        publish();
    }

    public DncReadReport report() {
        return new DncReadReport(files, lines, numbers, deletions, skipped, malformed, examples);
    }

    private void readText(String name, InputStream in) throws IOException {
        file = name;
        files.add(name);
        lineInFile = 0;
        headerChecked = false;
        columns = null;
        byte[] buf = buffer;
        int start = 0;
        int end = 0;
        int scan = 0;
        boolean eof = false;
        boolean discarding = false;
        while (true) {
            if (!discarding && !changeFile && end - start >= MIN_FAST) {
                int next = fastLine(buf, start);
                if (next > 0) {
                    start = next;
                    scan = next;
                    continue;
                }
            }
            int newline = indexOfNewline(buf, scan, end);
            if (newline >= 0) {
                if (discarding) {
                    discarding = false;
                } else {
                    textLine(buf, start, newline);
                }
                start = newline + 1;
                scan = start;
                continue;
            }
            if (eof) {
                if (start < end && !discarding) {
                    textLine(buf, start, end);
                }
                return;
            }
            if (discarding) {
                start = 0;
                end = 0;
            } else if (start > 0) {
                System.arraycopy(buf, start, buf, 0, end - start);
                end -= start;
                start = 0;
            }
            scan = end;
            if (end == buf.length) {
                // a line longer than the buffer is no list line: report it and skip to its end
                lineInFile++;
                lines++;
                malformed(new String(buf, 0, EXAMPLE_TEXT, StandardCharsets.UTF_8), "line longer than " + buf.length + " bytes");
                discarding = true;
                end = 0;
                scan = 0;
            }
            int read = in.read(buf, end, buf.length - end);
            if (read < 0) {
                eof = true;
            } else {
                end += read;
            }
        }
    }

    /**
     * Reads a registry line ({@code 2015551234} or {@code 201,5551234}, then LF or CRLF) at {@code p} straight from
     * the bytes; returns where the next line starts, or -1 when the line is anything else (read then as text). The
     * caller makes sure at least {@link #MIN_FAST} bytes follow {@code p}.
     */
    private int fastLine(byte[] b, int p) {
        long value = 0;
        for (int i = p; i < p + 3; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        int q = b[p + 3] == ',' ? p + 4 : p + 3;
        for (int i = q; i < q + 7; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        q += 7;
        int next;
        if (b[q] == '\n') {
            next = q + 1;
        } else if (b[q] == '\r' && b[q + 1] == '\n') {
            next = q + 2;
        } else {
            return -1;
        }
        if (value < 2_000_000_000L || value % 10_000_000L < 2_000_000) {
            return -1;
        }
        headerChecked = true;
        receiver.add(value);
        numbers++;
        lineInFile++;
        if ((++lines & 0xFFFF) == 0) {
            publish();
        }
        return next;
    }

    private static int indexOfNewline(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void textLine(byte[] b, int from, int to) {
        if (to > from && b[to - 1] == '\r') {
            to--;
        }
        lineInFile++;
        lines++;
        String raw = new String(b, from, to - from, StandardCharsets.UTF_8);
        String text = (lineInFile == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw).strip();
        if (text.isEmpty() || text.startsWith("#")) {
            skipped++;
            return;
        }
        List<String> fields = split(text);
        if (!headerChecked) {
            headerChecked = true;
            if (fields.stream().noneMatch(DncFileReader::hasDigit)) {
                columns = Columns.of(fields);
                skipped++;
                return;
            }
        }
        parseFields(text, fields);
    }

    private void parseFields(String text, List<String> fields) {
        long number = -1;
        int phoneField = -1;
        int areaField = -1;
        if (columns != null && columns.phone >= 0) {
            if (columns.phone >= fields.size() || fields.get(columns.phone).isBlank()) {
                malformed(text, "no value in column " + columns.phoneName);
                return;
            }
            phoneField = columns.phone;
            String value = fields.get(phoneField);
            String digits = value.replaceAll("\\D", "");
            if (columns.areaCode >= 0 && columns.areaCode < fields.size() && digits.length() == 7) {
                areaField = columns.areaCode;
                number = DncNumbers.digits(fields.get(areaField) + value);
            } else {
                number = DncNumbers.digits(value);
            }
            if (number < 0) {
                malformed(text, "'" + cut(value) + "' in column " + columns.phoneName + " is not a 10-digit US phone number");
                return;
            }
        } else if (fields.size() >= 2 && digitsOnly(fields.get(0), 3) && digitsOnly(fields.get(1), 7)) {
            areaField = 0;
            phoneField = 1;
            number = DncNumbers.digits(fields.get(0) + fields.get(1));
        } else {
            for (int i = 0; i < fields.size() && number < 0; i++) {
                number = DncNumbers.digits(fields.get(i));
                phoneField = i;
            }
            if (number < 0) {
                malformed(text, fields.stream().anyMatch(DncFileReader::hasDigit)
                        ? "no 10-digit US phone number" : "no phone number");
                return;
            }
        }
        String problem = DncNumbers.problem(number);
        if (problem != null) {
            malformed(text, problem);
            return;
        }
        if (!changeFile) {
            receiver.add(number);
            numbers++;
            return;
        }
        Boolean add = null;
        if (columns != null && columns.change >= 0) {
            add = columns.change < fields.size() ? flag(fields.get(columns.change)) : null;
        } else {
            for (int i = 0; i < fields.size() && add == null; i++) {
                if (i != phoneField && i != areaField) {
                    add = flag(fields.get(i));
                }
            }
        }
        if (add == null) {
            malformed(text, "no change type: a change line ends with A (added) or D (deleted)");
            return;
        }
        numbers++;
        if (add) {
            receiver.add(number);
        } else {
            deletions++;
            receiver.remove(number);
        }
    }

    private void malformed(String text, String problem) {
        malformed++;
        if (examples.size() < maxExamples) {
            examples.add(new MalformedLine(file, lineInFile, cut(text), problem));
        }
    }

    private void publish() {
        progress = new Progress(lines, numbers, malformed);
    }

    /** The fields of a CSV, tab, semicolon or pipe separated line, without their quotes and surrounding spaces. */
    static List<String> split(String line) {
        char separator = line.indexOf('\t') >= 0 ? '\t'
                : line.indexOf(',') >= 0 ? ','
                : line.indexOf(';') >= 0 ? ';'
                : line.indexOf('|') >= 0 ? '|' : 0;
        List<String> fields = new ArrayList<>();
        if (separator == 0) {
            fields.add(unquote(line));
            return fields;
        }
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == separator && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    private static String unquote(String field) {
        String f = field.strip();
        return f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"") ? f.substring(1, f.length() - 1).strip() : f;
    }

    private static Boolean flag(String field) {
        String f = field.strip().toLowerCase(Locale.ROOT);
        if (ADD_FLAGS.contains(f)) {
            return Boolean.TRUE;
        }
        return DELETE_FLAGS.contains(f) ? Boolean.FALSE : null;
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }

    private static boolean digitsOnly(String s, int length) {
        return s.length() == length && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    static String cut(String text) {
        return text.length() <= EXAMPLE_TEXT ? text : text.substring(0, EXAMPLE_TEXT) + "...";
    }

    /** Where a header line puts the phone, its area code and the change type. */
    private record Columns(int phone, String phoneName, int areaCode, int change) {

        static Columns of(List<String> header) {
            int phone = -1;
            int areaCode = -1;
            int change = -1;
            for (int i = 0; i < header.size(); i++) {
                String key = header.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
                if (phone < 0 && PHONE_HEADERS.contains(key)) {
                    phone = i;
                } else if (areaCode < 0 && AREA_CODE_HEADERS.contains(key)) {
                    areaCode = i;
                } else if (change < 0 && CHANGE_HEADERS.contains(key)) {
                    change = i;
                }
            }
            return new Columns(phone, phone < 0 ? null : "'" + header.get(phone) + "'", areaCode, change);
        }
    }

    /** An input stream whose close does nothing: the caller owns the stream (a zip entry, a request body). */
    private static final class Unclosable extends FilterInputStream {

        Unclosable(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}

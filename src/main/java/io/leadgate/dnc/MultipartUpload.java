package io.leadgate.dnc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body one part at a time, streaming: a part's content is read straight from the
 * request as the import consumes it, so a multi-gigabyte registry file is never held in memory or written to a
 * temporary file, and no multipart size limit applies.
 */
final class MultipartUpload {

    /** One part: its form name, its file name (null for a plain field), its content type, and its content. */
    record Part(String name, String filename, String contentType, InputStream content) {

        boolean isFile() {
            return filename != null;
        }

        /** The content of a plain field, as text (at most 10,000 characters). */
        String text() throws IOException {
            byte[] bytes = content.readNBytes(10_000);
            return new String(bytes, StandardCharsets.UTF_8).strip();
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");
    private static final int MAX_HEADERS = 16 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int end;
    private boolean eof;
    private boolean finished;
    private Content current;
    /** Bytes before this index (from {@code pos}) are known to be content, not a delimiter. */
    private int safeEnd;

    private MultipartUpload(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // the body starts with "--boundary": reading it as if a line break came first finds the first delimiter too
        buf[0] = '\r';
        buf[1] = '\n';
        end = 2;
        current = new Content();
    }

    /** A reader of a body of the given content type; empty when it is not multipart or names no boundary. */
    static java.util.Optional<MultipartUpload> of(String contentType, InputStream in) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return java.util.Optional.empty();
        }
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new MultipartUpload(in, m.group(2) != null ? m.group(2) : m.group(3)));
    }

    /** The next part, or null after the last; what was not read of the previous part is skipped. */
    Part next() throws IOException {
        if (current != null) {
            current.skipRest();
            current = null;
        }
        if (finished) {
            return null;
        }
        if (!fill(2)) {
            throw new EOFException("the multipart body ended without its closing boundary");
        }
        if (buf[pos] == '-' && buf[pos + 1] == '-') {
            finished = true;
            return null;
        }
        readLine(); // the rest of the boundary line (normally nothing before its CRLF)
        String name = null;
        String filename = null;
        String contentType = null;
        int headerBytes = 0;
        for (String line; !(line = readLine()).isEmpty(); ) {
            headerBytes += line.length();
            if (headerBytes > MAX_HEADERS) {
                throw new IOException("the headers of a multipart part are longer than " + MAX_HEADERS + " bytes");
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-disposition:")) {
                Matcher n = NAME.matcher(line);
                name = n.find() ? n.group(1) : null;
                Matcher f = FILENAME.matcher(line);
                filename = f.find() ? f.group(1) : null;
            } else if (lower.startsWith("content-type:")) {
                contentType = line.substring("content-type:".length()).strip();
            }
        }
        current = new Content();
        return new Part(name, filename, contentType, current);
    }

    /** Makes sure {@code n} bytes are buffered from {@code pos}; false when the body ends first. */
    private boolean fill(int n) throws IOException {
        while (end - pos < n && !eof) {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, end - pos);
                end -= pos;
                safeEnd = Math.max(0, safeEnd - pos);
                pos = 0;
            }
            int read = in.read(buf, end, buf.length - end);
            if (read < 0) {
                eof = true;
            } else {
                end += read;
            }
        }
        return end - pos >= n;
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            if (!fill(1)) {
                throw new EOFException("the multipart body ended inside a part's headers");
            }
            byte b = buf[pos++];
            if (b == '\n') {
                int len = line.length();
                return len > 0 && line.charAt(len - 1) == '\r' ? line.substring(0, len - 1) : line.toString();
            }
            line.append((char) (b & 0xff));
            if (line.length() > MAX_HEADERS) {
                throw new IOException("a multipart header line is longer than " + MAX_HEADERS + " bytes");
            }
        }
    }

    /** Where the delimiter starts in the buffer from {@code pos}, or -1 when it is not wholly there. */
    private int delimiterAt() {
        byte first = delimiter[0];
        for (int i = pos, last = end - delimiter.length; i <= last; i++) {
            if (buf[i] == first) {
                int j = 1;
                while (j < delimiter.length && buf[i + j] == delimiter[j]) {
                    j++;
                }
                if (j == delimiter.length) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The content of the current part: ends where the next delimiter starts. */
    private final class Content extends InputStream {

        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            if (pos >= safeEnd) {
                fill(delimiter.length);
                int at = delimiterAt();
                if (at == pos) {
                    pos += delimiter.length;
                    safeEnd = pos;
                    done = true;
                    return -1;
                }
                // bytes before a delimiter, or before where one could still begin, are content
                safeEnd = at >= 0 ? at : eof ? end : end - (delimiter.length - 1);
                if (safeEnd <= pos) {
                    throw new EOFException("the multipart body ended before its closing boundary");
                }
            }
            int n = Math.min(len, safeEnd - pos);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }

        void skipRest() throws IOException {
            byte[] skip = new byte[8192];
            while (read(skip, 0, skip.length) >= 0) {
                // discard
            }
        }

        @Override
        public void close() {
            // the request body stays open: the next part follows
        }
    }
}

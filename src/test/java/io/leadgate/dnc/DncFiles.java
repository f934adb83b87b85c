package io.leadgate.dnc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Fixtures for the list tests: files as the registry and list vendors send them, and what a read of them gave. */
final class DncFiles {

    private DncFiles() {
    }

    /** What a reader received and reported. */
    record Read(List<Long> added, List<Long> removed, DncReadReport report) {
    }

    static Read read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), false);
    }

    static Read readChanges(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), true);
    }

    static Read read(byte[] bytes, boolean changes) {
        return read(new ByteArrayInputStream(bytes), changes, 20);
    }

    static Read read(InputStream in, boolean changes, int examples) {
        List<Long> added = new ArrayList<>();
        List<Long> removed = new ArrayList<>();
        DncFileReader reader = new DncFileReader(changes, examples, new DncFileReader.Receiver() {
            @Override
            public void add(long number) {
                added.add(number);
            }

            @Override
            public void remove(long number) {
                removed.add(number);
            }
        });
        try {
            reader.read("list.txt", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Read(added, removed, reader.report());
    }

    /** A zip of the given entries (name, text), in order. */
    static byte[] zip(String... namesAndTexts) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            entries.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                if (!e.getKey().endsWith("/")) {
                    zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An input stream that hands out at most a few bytes per read, as a slow network does. */
    static InputStream trickle(byte[] bytes, int maxPerRead) {
        return new ByteArrayInputStream(bytes) {
            private int turn;

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + (turn++ % maxPerRead)));
            }
        };
    }
}

package org.newsgraph.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * News dumps, one article per record: JSON Lines ({@code .jsonl}, {@code .ndjson}) and CSV with a header row
 * ({@code .csv}), either gzipped ({@code .jsonl.gz}, {@code .csv.gz}). Records are read one at a time, so a dump of
 * millions of articles never sits in memory; a bad record is reported under {@code FILE:LINE} and the rest go on.
 */
public final class NewsDumps {
    private NewsDumps() {
    }

    /** True for the file names this class reads. */
    public static boolean isDump(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".csv") || n.endsWith(".jsonl.gz")
                || n.endsWith(".ndjson.gz") || n.endsWith(".csv.gz");
    }

    /** One record of a dump, or why it cannot be one. */
    public record Entry(String source, NewsRecord record, String error) {
    }

    /** The records of a dump, lazily; the file is closed when the last has been taken. */
    public static Iterator<Entry> entries(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            InputStream in = Files.newInputStream(file);
            if (n.endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            return n.endsWith(".csv") || n.endsWith(".csv.gz") ? csv(file, r) : jsonLines(file, r);
        } catch (IOException | UncheckedIOException e) {
            return List.of(new Entry(file.toString(), null, "cannot read the dump (" + e.getMessage() + "); skipped"))
                    .iterator();
        }
    }

    private static Iterator<Entry> jsonLines(Path file, BufferedReader r) {
        return new Iterator<>() {
            private int line;
            /** The file failed to read: the entry saying so is the last. */
            private boolean broken;
            private Entry next = advance();

            private Entry advance() {
                try {
                    String s;
                    while ((s = r.readLine()) != null) {
                        line++;
                        if (!s.isBlank()) {
                            return json(file + ":" + line, s);
                        }
                    }
                    r.close();
                    return null;
                } catch (IOException e) {
                    closeQuietly(r);
                    broken = true;
                    return new Entry(file + ":" + (line + 1), null, "the dump cannot be read further ("
                            + e.getMessage() + "); the rest of it is skipped");
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Entry next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Entry e = next;
                next = broken ? null : advance();
                return e;
            }
        };
    }

    public static Entry json(String source, String line) {
        JsonObject o;
        try {
            JsonElement e = JsonParser.parseString(line);
            if (!e.isJsonObject()) {
                return new Entry(source, null, "the record is not a JSON object; skipped");
            }
            o = e.getAsJsonObject();
        } catch (RuntimeException e) {
            return new Entry(source, null, "the record is not valid JSON; skipped");
        }
        Map<String, String> fields = new HashMap<>();
        for (Map.Entry<String, JsonElement> f : o.entrySet()) {
            JsonElement v = f.getValue();
            String value = v.isJsonPrimitive() ? v.getAsString()
                    // NewsAPI: "source": {"id": "reuters", "name": "Reuters"}
                    : v.isJsonObject() && v.getAsJsonObject().has("name")
                    && v.getAsJsonObject().get("name").isJsonPrimitive()
                    ? v.getAsJsonObject().get("name").getAsString() : null;
            if (value != null) {
                fields.putIfAbsent(NewsRecord.fold(f.getKey()), value);
            }
        }
        return record(source, fields);
    }

    private static Iterator<Entry> csv(Path file, BufferedReader r) throws IOException {
        CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get().parse(r);
        Iterator<CSVRecord> it = p.iterator();
        return new Iterator<>() {
            private boolean broken;

            @Override
            public boolean hasNext() {
                try {
                    boolean more = !broken && it.hasNext();
                    if (!more) {
                        closeQuietly(p);
                    }
                    return more;
                } catch (UncheckedIOException | IllegalStateException e) {
                    broken = true;
                    closeQuietly(p);
                    return false;
                }
            }

            @Override
            public Entry next() {
                CSVRecord rec = it.next();
                String source = file + ":" + rec.getRecordNumber();
                Map<String, String> fields = new HashMap<>();
                rec.toMap().forEach((k, v) -> {
                    if (k != null && v != null) {
                        fields.putIfAbsent(NewsRecord.fold(k), v);
                    }
                });
                return record(source, fields);
            }
        };
    }

    private static Entry record(String source, Map<String, String> fields) {
        String text = field(fields, "text");
        if (text == null || text.isBlank()) {
            return new Entry(source, null, "the record has no text (looked for: "
                    + String.join(", ", NewsRecord.FIELDS.get("text")) + "); skipped");
        }
        String trimmed = text.stripLeading();
        boolean html = trimmed.startsWith("<") && trimmed.matches("(?s)<[a-zA-Z!].*");
        return new Entry(source, new NewsRecord(field(fields, "url"), field(fields, "title"),
                field(fields, "published"), field(fields, "outlet"), text, html), null);
    }

    private static String field(Map<String, String> fields, String name) {
        for (String alias : NewsRecord.FIELDS.get(name)) {
            String v = fields.get(alias);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // nothing more to read from it either way
        }
    }
}

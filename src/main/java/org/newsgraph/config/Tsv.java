package org.newsgraph.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's tab-separated data files from the classpath: the first non-comment line names the
 * columns, lines starting with {@code #} and blank lines are skipped.
 */
public final class Tsv {
    /** One data row, addressed by column name; {@link #line} is the 1-based line number for messages. */
    public record Row(String file, int line, Map<String, String> cells) {
        public String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.trim();
        }

        public String require(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw new IllegalArgumentException(file + ":" + line + ": column '" + column + "' is empty");
            }
            return v;
        }

        public List<String> list(String column) {
            String v = get(column);
            return v.isEmpty() ? List.of() : Arrays.stream(v.split("\\|")).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList();
        }
    }

    private Tsv() {
    }

    /** Reads a classpath resource such as {@code newsgraph/lexicon/reporting-verbs.tsv}. */
    public static List<Row> read(String resource) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("data file " + resource + " is not on the classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(resource, r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
    }

    /** Lines of a plain list resource (one entry a line, # comments). */
    public static List<String> lines(String resource) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("data file " + resource + " is not on the classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
    }

    static List<Row> parse(String name, BufferedReader r) throws IOException {
        List<Row> rows = new ArrayList<>();
        String[] header = null;
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
                continue;
            }
            if (cells.length > header.length) {
                throw new IllegalArgumentException(name + ":" + n + ": " + cells.length + " fields, header has "
                        + header.length);
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                m.put(header[i].trim(), i < cells.length ? cells[i] : "");
            }
            rows.add(new Row(name, n, m));
        }
        return rows;
    }
}

package org.newsgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The analyst's query catalogue: the {@code .rq} files in {@code queries/}, each opening with comment lines that
 * say what it answers and what it should return.
 *
 * <pre>
 * # Question: Who said what about whom, and when?
 * # any further lines explain the query
 * # expect-min-rows: 20
 * # expect-contains: Dmitry Peskov
 * # federated: true            (only for queries that use SERVICE)
 * PREFIX ng: ...
 * </pre>
 */
public final class QueryCatalogue {
    private static final String QUESTION = "Question:";
    private static final String MIN_ROWS = "expect-min-rows:";
    private static final String CONTAINS = "expect-contains:";
    private static final String FEDERATED = "federated:";

    private QueryCatalogue() {
    }

    /**
     * One catalogue query.
     *
     * @param fileName      the file's name, e.g. {@code 03-sochi-memorandum-wordings.rq}
     * @param question      the analyst's question in plain English, or null when the file has no Question line
     * @param notes         the further comment lines that explain the query
     * @param expectMinRows the least number of rows it returns on the seeds (0 when not stated)
     * @param expectContains texts that some result cell contains on the seeds
     * @param federated     true when it calls a remote endpoint with SERVICE
     * @param text          the whole file, comments included
     */
    public record Entry(String fileName, String question, List<String> notes, int expectMinRows,
                        List<String> expectContains, boolean federated, String text) {
        public Entry {
            Objects.requireNonNull(fileName);
            notes = List.copyOf(notes);
            expectContains = List.copyOf(expectContains);
            Objects.requireNonNull(text);
        }
    }

    /** Reads every {@code *.rq} file in a folder, sorted by name; an empty list when the folder is missing. */
    public static List<Entry> load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                out.add(parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    /** Reads the header comments of one query. */
    public static Entry parse(String fileName, String text) {
        String question = null;
        List<String> notes = new ArrayList<>();
        List<String> contains = new ArrayList<>();
        int minRows = 0;
        boolean federated = false;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("#")) {
                break; // the header ends at the first line of SPARQL
            }
            String c = line.substring(1).strip();
            if (c.startsWith(QUESTION)) {
                question = c.substring(QUESTION.length()).strip();
            } else if (c.startsWith(MIN_ROWS)) {
                String n = c.substring(MIN_ROWS.length()).strip();
                try {
                    minRows = Integer.parseInt(n);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("query " + fileName + ": '" + MIN_ROWS + " " + n
                            + "' is not a whole number; write e.g. '# " + MIN_ROWS + " 3'", e);
                }
            } else if (c.startsWith(CONTAINS)) {
                contains.add(c.substring(CONTAINS.length()).strip());
            } else if (c.startsWith(FEDERATED)) {
                federated = Boolean.parseBoolean(c.substring(FEDERATED.length()).strip());
            } else if (!c.isEmpty()) {
                notes.add(c);
            }
        }
        return new Entry(fileName, question, notes, minRows, contains, federated, text);
    }
}

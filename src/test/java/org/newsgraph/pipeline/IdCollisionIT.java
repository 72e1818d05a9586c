package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.store.GraphStore;

/**
 * Two different sources never share an article id (issue 9, ingest item 4): file names that reduce to one id are
 * reported, in one batch and against the store, and what is stored stays the first source's.
 */
class IdCollisionIT {
    private static final Extractor EXTRACTOR = Extractor.builder().build();
    private static final String ONE = "Turkish troops entered Idlib on Monday, the ministry said.\n";
    private static final String TWO = "Syrian forces captured Saraqib on Tuesday, state media said.\n";

    @Test
    void namesThatReduceToOneIdInOneBatchAreReportedAndTheFirstIsKept(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path spaced = Files.writeString(in.resolve("a b.txt"), ONE);
        Path dashed = Files.writeString(in.resolve("a-b.txt"), TWO);
        Path one = Files.writeString(Files.createDirectories(in.resolve("one")).resolve("dup.txt"), ONE);
        Path two = Files.writeString(Files.createDirectories(in.resolve("two")).resolve("dup.txt"), TWO);

        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            Ingestion.Summary s = run(store, List.of(spaced.toString(), dashed.toString(), one.toString(),
                    two.toString()));

            assertEquals(2, s.added(), s.toString());
            assertEquals(2, s.failures().size(), s.failures().toString());
            assertTrue(s.failures().get(0).startsWith(dashed + ": its article id 'a-b' is already taken by " + spaced
                    + " in this batch"), s.failures().get(0));
            assertTrue(s.failures().get(1).startsWith(two + ": its article id 'dup' is already taken by " + one),
                    s.failures().get(1));
            assertEquals("a b.txt", store.sourceFileOf("a-b"));
        }
    }

    @Test
    void anotherFileNameWithAnIdTheStoreHoldsIsReportedAndTheStoredArticleKept(@TempDir Path tmp) throws Exception {
        Path md = Files.writeString(tmp.resolve("x.md"), ONE);
        Path txt = Files.writeString(tmp.resolve("x.txt"), TWO);

        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            assertEquals(1, run(store, List.of(md.toString())).added());
            Ingestion.Summary second = run(store, List.of(txt.toString()));

            assertEquals(0, second.stored());
            assertEquals(List.of(txt + ": its article id 'x' is already taken in the store by 'x.md'; rename this "
                    + "file, or remove the stored article first; skipped"), second.failures());
            assertEquals("x.md", store.sourceFileOf("x"));
            // the same file again, edited, still replaces its own article
            Files.writeString(md, TWO);
            assertEquals(1, run(store, List.of(md.toString())).replaced());
        }
    }

    private static Ingestion.Summary run(GraphStore store, List<String> inputs) throws Exception {
        return new Ingestion(store, EXTRACTOR).run(inputs, System.in, new PrintWriter(new StringWriter()), 0);
    }
}

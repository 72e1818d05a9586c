package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.rdf.Ids;
import org.newsgraph.rdf.NG;

/**
 * The full-text index against a real TDB2 store and Lucene index: re-ingesting a changed article leaves no stale
 * hit, re-ingesting an unchanged one no duplicate, entity labels that accumulate altLabels stay one hit per
 * literal, and an index that fell out of step is rebuilt on open.
 *
 * <p>The exact check: for a word and a predicate, the subjects that {@code text:query} returns (with repeats) are
 * exactly the subjects of the quads whose literal contains the word, one per quad.
 */
class SearchIndexIT {
    private static final String PREFIXES = "PREFIX text: <http://jena.apache.org/text#>\n"
            + "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";
    private static Extractor extractor;

    @BeforeAll
    static void loadExtractor() {
        extractor = Extractor.builder().build();
    }

    private static Ingestion.Summary ingest(GraphStore store, Path file) throws Exception {
        Ingestion.Summary s = new Ingestion(store, extractor).run(List.of(file.toString()), System.in,
                new PrintWriter(new StringWriter()), 0);
        assertEquals(List.of(), s.failures());
        return s;
    }

    private static List<String> select(GraphStore store, String query) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query)
                    .set(GraphStore.UNION_DEFAULT_GRAPH, true).build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.get("s").toString()));
            }
            out.sort(null);
            return out;
        });
    }

    /** Subjects of text:query hits, one entry per hit. */
    private static List<String> hits(GraphStore store, String predicate, String word) {
        return select(store, "SELECT ?s WHERE { ?s text:query (" + predicate + " '" + word + "') }");
    }

    /**
     * Subjects of the quads (in any graph) whose literal has the word as a token, one entry per quad ("Turkey's" is
     * one token for Lucene's standard tokenizer, as is "Turkey’s", "Kremlin-backed" two).
     */
    private static List<String> quads(GraphStore store, String predicate, String word) {
        return select(store, "SELECT ?s WHERE { GRAPH ?g { ?s " + predicate + " ?o } "
                + "FILTER(REGEX(STR(?o), \"(^|[^\\\\p{L}\\\\p{N}'’])" + word + "($|[^\\\\p{L}\\\\p{N}'’])\", 'i')) }");
    }

    private static void assertExact(GraphStore store, String predicate, String word) {
        assertEquals(quads(store, predicate, word), hits(store, predicate, word), predicate + " '" + word + "'");
    }

    @Test
    void reingestingAChangedArticleLeavesNoStaleOrDuplicateHits(@TempDir Path tmp) throws Exception {
        String original = Files.readString(Path.of("seeds", "003_f3cbd4cda5a5ffaf.txt"));
        assertTrue(original.contains("are unacceptable"));
        Path article = tmp.resolve("in").resolve("peskov.txt");
        Files.createDirectories(article.getParent());
        Files.writeString(article, original);
        Path other = tmp.resolve("in").resolve("kremlin.txt");
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            assertEquals(1, ingest(store, article).added());
            List<String> first = hits(store, "ng:quote", "unacceptable");
            assertEquals(1, first.size(), "one statement quotes 'unacceptable': " + first);
            assertTrue(first.get(0).contains("/statement/peskov/"), first.toString());
            assertExact(store, "ng:quote", "unacceptable");
            assertExact(store, "ng:evidence", "unacceptable");

            // The same article with its quote changed (same length, so the same statement IRI) replaces the graph:
            // the old words are gone from the index.
            Files.writeString(article, original.replace("are unacceptable", "are inadmissible"));
            assertEquals(1, ingest(store, article).replaced());
            assertEquals(List.of(), hits(store, "ng:quote", "unacceptable"));
            assertEquals(List.of(), hits(store, "ng:evidence", "unacceptable"));
            assertEquals(first, hits(store, "ng:quote", "inadmissible"), "exactly one hit for the changed statement");
            assertExact(store, "ng:evidence", "inadmissible");

            // Unchanged content: nothing is written, nothing is duplicated.
            long docs = SearchIndex.documents(store.dataset());
            assertEquals(1, ingest(store, article).unchanged());
            assertEquals(docs, SearchIndex.documents(store.dataset()));
            assertEquals(first, hits(store, "ng:quote", "inadmissible"));

            // A second article about the same people: the entities graph gains altLabels, labels stay single.
            Files.copy(Path.of("seeds", "001_f22061eb0096845d.txt"), other);
            assertEquals(1, ingest(store, other).added());
            assertEquals(List.of(Ids.entity("peskov").getURI()),
                    select(store, "SELECT ?s WHERE { GRAPH <" + Ids.ENTITIES_GRAPH + "> { ?s text:query "
                            + "(rdfs:label 'peskov') } }"));
            assertExact(store, "rdfs:label", "peskov");
            assertExact(store, "skos:altLabel", "peskov");
            assertExact(store, "skos:altLabel", "erdogan");
            assertEquals(List.of(Ids.entity("erdogan").getURI()),
                    select(store, "SELECT ?s WHERE { GRAPH <" + Ids.ENTITIES_GRAPH + "> { ?s text:query "
                            + "(rdfs:label 'Erdogan') } }"), "accents folded: 'Erdogan' finds \"Recep Tayyip Erdoğan\"");
            assertExact(store, "ng:quote", "unacceptable");

            // Back to the original text, and the other article replaced by itself with a change.
            Files.writeString(article, original);
            assertEquals(1, ingest(store, article).replaced());
            Files.writeString(other, Files.readString(other).replace("Peskov", "Peskov (the Kremlin spokesman)"));
            assertEquals(1, ingest(store, other).replaced());
            assertEquals(List.of(), hits(store, "ng:quote", "inadmissible"));
            assertEquals(2, hits(store, "ng:quote", "unacceptable").size());
            for (String word : List.of("unacceptable", "idlib", "peskov", "turkey", "kremlin", "putin")) {
                for (String p : List.of("ng:quote", "ng:evidence", "rdfs:label", "skos:altLabel",
                        "<http://purl.org/dc/terms/title>")) {
                    assertExact(store, p, word);
                }
            }
            assertTrue(SearchIndex.inStep(store.dataset()));
        }
        // Reopening finds the index in step and leaves it alone, by the store state its last commit recorded
        // (without counting the store's quads).
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            assertEquals(-1, store.rebuiltOnOpen());
            assertTrue(SearchIndex.committedWith(store.dataset(), tmp.resolve("store")));
        }
    }

    @Test
    void rebuildsAMissingOrDriftedIndexOnOpen(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("store");
        List<String> before;
        try (GraphStore store = GraphStore.open(dir)) {
            ingest(store, Path.of("seeds", "002_6a3b87e544eb1277.txt"));
            before = hits(store, "ng:evidence", "idlib");
            assertFalse(before.isEmpty());
        }
        // Missing: the store was copied without its index.
        deleteTree(SearchIndex.location(dir));
        try (GraphStore store = GraphStore.open(dir)) {
            assertTrue(store.rebuiltOnOpen() > 0);
            assertEquals(before, hits(store, "ng:evidence", "idlib"));
        }
        // Drifted: a quad written to TDB2 behind the index's back (as a crash between the two commits would leave).
        Dataset tdb = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(tdb, () -> tdb.asDatasetGraph().add(NodeFactory.createURI(Ids.graph("002_6a3b87e544eb1277")),
                NodeFactory.createURI("urn:x:statement"), NG.evidence.asNode(),
                NodeFactory.createLiteralString("A sentence about Idlib written around the index.")));
        org.apache.jena.tdb2.sys.TDBInternal.expel(tdb.asDatasetGraph());
        try (GraphStore store = GraphStore.open(dir)) {
            assertTrue(store.rebuiltOnOpen() > 0, "the drift went unnoticed");
            assertTrue(SearchIndex.committedWith(store.dataset(), dir), "the rebuild records the store's state");
            List<String> after = hits(store, "ng:evidence", "idlib");
            assertEquals(before.size() + 1, after.size());
            assertTrue(after.contains("urn:x:statement"));
            assertExact(store, "ng:evidence", "idlib");
        }
        // The explicit rebuild (newsgraph reindex) gives the same index.
        try (GraphStore store = GraphStore.open(dir)) {
            assertEquals(SearchIndex.indexable(store.dataset()), store.rebuildSearchIndex());
            assertExact(store, "ng:evidence", "idlib");
            assertExact(store, "rdfs:label", "idlib");
        }
    }

    private static void deleteTree(Path p) throws Exception {
        try (var s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}

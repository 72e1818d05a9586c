package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash window between the store's commit and the full-text index's commit: an article is replaced by a version
 * with one word changed (so the index holds as many documents before as after), and the ingest process is halted
 * exactly between the two commits (the {@link MarkedTextIndex#HALT_PROPERTY} hook). Reopened, the store must find the
 * new word and not the old one: the commit marker it left makes opening rebuild the index.
 */
@Tag("torture")
class CommitWindowIT {
    private static final String V1 = """
            ANKARA, March 3, 2020 - Turkey's defence minister Hulusi Akar said on Tuesday that the army would answer \
            every attack on its observation posts in Idlib.
            "Our soldiers will hold their positions and every attack will get a marmalade answer," Akar told \
            reporters in Ankara.
            """;

    @Test
    void aWriteCutBetweenTheStoreAndTheIndexCommitIsRepairedOnOpen(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path article = corpus.resolve("akar-posts.txt");
        Path store = tmp.resolve("store");
        Files.writeString(article, V1);
        assertEquals(0, ingest(article, store, false), "the first ingest");
        try (GraphStore gs = GraphStore.open(store)) {
            assertEquals(1, storeHas(gs, "marmalade"), "the first version's quote is stored");
            assertEquals(1, hits(gs, "marmalade"), "the first version is found");
        }

        Files.writeString(article, V1.replace("marmalade", "porcupine"));
        assertEquals(86, ingest(article, store, true), "the ingest halts between the two commits");
        assertTrue(Files.exists(MarkedTextIndex.marker(store)), "the halted write left its marker");

        try (GraphStore gs = GraphStore.open(store)) {
            assertTrue(gs.rebuiltOnOpen() >= 0, "opening rebuilt the index");
            assertEquals(1, storeHas(gs, "porcupine"), "the store committed the new version");
            assertEquals(1, hits(gs, "porcupine"), "the index finds the new version");
            assertEquals(0, hits(gs, "marmalade"), "the index no longer finds the replaced one");
            assertTrue(SearchIndex.inStep(gs.dataset()));
        }
        assertTrue(Files.notExists(MarkedTextIndex.marker(store)), "the repair cleared the marker");
        try (GraphStore gs = GraphStore.open(store)) {
            assertEquals(-1, gs.rebuiltOnOpen(), "a clean store opens without a rebuild");
        }
    }

    /** Distinct quotes the full-text index finds for a word. */
    private static int hits(GraphStore gs, String word) {
        return count(gs, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s <http://jena.apache.org/text#query> '" + word
                + "' }");
    }

    /** Distinct quotes that hold a word in the store itself. */
    private static int storeHas(GraphStore gs, String word) {
        return count(gs, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s "
                + "<https://w3id.org/newsgraph/ontology#quote> ?q } FILTER(CONTAINS(?q, '" + word + "')) }");
    }

    private static int count(GraphStore gs, String sparql) {
        return Txn.calculateRead(gs.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(gs.dataset()).query(sparql)
                    .set(GraphStore.UNION_DEFAULT_GRAPH, true).build()) {
                return qe.execSelect().next().getLiteral("n").getInt();
            }
        });
    }

    private static int ingest(Path file, Path store, boolean haltBeforeIndexCommit) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g"));
        if (haltBeforeIndexCommit) {
            cmd.add("-D" + MarkedTextIndex.HALT_PROPERTY + "=true");
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.Main", "ingest",
                file.toString(), "--store", store.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "ingest did not finish: " + out);
        System.out.println(out);
        return p.exitValue();
    }
}

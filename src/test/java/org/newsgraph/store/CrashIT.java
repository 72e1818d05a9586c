package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Ids;
import org.newsgraph.rdf.NG;

/**
 * Kills an ingest process (SIGKILL) partway through a batch of a few hundred articles, reopens the store, and
 * finds every article graph complete or absent and the text index in step; then re-runs the ingest to completion.
 */
@Tag("torture")
class CrashIT {
    private static final int ARTICLES = 300;

    @Test
    void killedIngestLeavesEveryArticleCompleteOrAbsent(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        List<Path> seeds;
        try (var s = Files.list(Path.of("seeds"))) {
            seeds = s.sorted().toList();
        }
        for (int i = 0; i < ARTICLES; i++) {
            Path seed = seeds.get(i % seeds.size());
            String text = Files.readString(seed) + "\n\nCorpus copy number " + i + ".\n";
            Files.writeString(corpus.resolve(String.format("a%03d.txt", i)), text);
        }
        Path store = tmp.resolve("store");
        Process p = ingestProcess(corpus, store);
        int seen = waitForProgress(p);
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertTrue(seen > 0, "the ingest never committed a group");

        int complete = checkCompleteOrAbsent(store);
        assertTrue(complete > 0 && complete < ARTICLES, "killed partway, yet " + complete + " articles stored");

        Process again = ingestProcess(corpus, store);
        again.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(again.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, again.exitValue());
        assertEquals(ARTICLES, checkCompleteOrAbsent(store));
        try (GraphStore gs = GraphStore.open(store)) {
            assertEquals(0, gs.awaitingFusion(), "the second batch fused what the killed one left unfused");
        }
    }

    private static Process ingestProcess(Path corpus, Path store) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.newsgraph.cli.Main", "ingest", corpus.toString(), "--store", store.toString(),
                "--progress-every", "10");
        pb.redirectErrorStream(true);
        return pb.start();
    }

    /**
     * Reads progress lines until a group of articles is committed (the kill then falls while the next one is
     * extracted or written); returns the count stored by then.
     */
    private static int waitForProgress(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            var m = java.util.regex.Pattern.compile("^\\s*\\d+/\\d+ articles \\((\\d+) stored").matcher(line);
            if (m.find() && Integer.parseInt(m.group(1)) > 0) {
                return Integer.parseInt(m.group(1));
            }
        }
        return 0;
    }

    /** Every article graph present has its article node, text, hash and provenance, and its mentions are whole. */
    private static int checkCompleteOrAbsent(Path dir) {
        try (GraphStore gs = GraphStore.open(dir)) {
            // Opening rebuilds a text index that the kill left behind the store; either way it is in step now.
            assertTrue(SearchIndex.inStep(gs.dataset()), "the text index is out of step with the store");
            DatasetGraph dsg = gs.dataset().asDatasetGraph();
            return Txn.calculateRead(gs.dataset(), () -> {
                List<Node> graphs = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(graphs::add);
                int complete = 0;
                org.newsgraph.FusedGraphs.check(dsg);
                for (Node g : graphs) {
                    if (!org.newsgraph.FusedGraphs.isArticle(g)) {
                        continue;
                    }
                    String id = g.getURI().substring(g.getURI().lastIndexOf('/') + 1);
                    Node art = Ids.article(id).asNode();
                    assertTrue(dsg.contains(g, art, NG.text.asNode(), Node.ANY), id + " lacks its text");
                    assertTrue(dsg.contains(g, art, NG.contentHash.asNode(), Node.ANY), id + " lacks its hash");
                    long mentions = 0;
                    for (Iterator<Quad> it = dsg.find(g, Node.ANY, NG.refersTo.asNode(), Node.ANY); it.hasNext(); ) {
                        Node target = it.next().getObject();
                        assertTrue(dsg.contains(NodeFactory.createURI(Ids.ENTITIES_GRAPH), target, Node.ANY, Node.ANY),
                                id + " refers to " + target + " which the entities graph does not describe");
                        mentions++;
                    }
                    assertTrue(mentions > 10, id + " has only " + mentions + " references");
                    complete++;
                }
                return complete;
            });
        }
    }
}

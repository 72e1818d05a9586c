package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.extract.Extractor;
import org.newsgraph.rdf.Ids;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * Several articles per transaction, several extraction threads, compaction: none of them changes the graph a batch
 * leaves, and each article still lands whole or not at all. Graphs are compared as graphs, without the run
 * timestamps (prov:startedAtTime, prov:endedAtTime) that differ from run to run.
 */
class GroupCommitIT {
    private static final List<String> INPUTS = List.of("seeds", "src/test/resources/fusion");
    private static final Extractor EXTRACTOR = Extractor.builder().build();
    @TempDir
    static Path tmp;
    /** One article per transaction, fused in it, on one thread: the reference. */
    private static DatasetGraph oneByOne;
    private static Ingestion.Summary oneByOneSummary;

    @BeforeAll
    static void ingestOneArticlePerTransaction() throws Exception {
        Path dir = tmp.resolve("one");
        try (GraphStore gs = GraphStore.open(dir)) {
            oneByOneSummary = new Ingestion(gs, EXTRACTOR).group(1).fuseEvery(1).run(INPUTS,
                    InputStream.nullInputStream(), null, 0);
        }
        oneByOne = copy(dir);
    }

    @Test
    void aBatchReportsWhatItWroteWithoutCountingTheStore() throws Exception {
        assertEquals(9, oneByOneSummary.added());
        long counted;
        try (GraphStore gs = GraphStore.open(tmp.resolve("one"))) {
            counted = gs.size();
        }
        assertEquals(counted, oneByOneSummary.written().added() - oneByOneSummary.written().removed(),
                "a fresh store holds what the batch added less what it removed");
        assertTrue(oneByOneSummary.storeBytes() > 0);
    }

    @Test
    void groupsOfArticlesAndTwoThreadsLeaveTheSameGraph() throws Exception {
        Path dir = tmp.resolve("grouped");
        Ingestion.Summary s;
        try (GraphStore gs = GraphStore.open(dir)) {
            s = new Ingestion(gs, EXTRACTOR).group(4).threads(2).run(INPUTS, InputStream.nullInputStream(), null, 0);
        }
        assertEquals(oneByOneSummary.added(), s.added());
        // a group's articles are re-fused once: the same quads in the end, fewer written and taken back on the way
        assertEquals(oneByOneSummary.written().added() - oneByOneSummary.written().removed(),
                s.written().added() - s.written().removed());
        assertTrue(s.written().removed() < oneByOneSummary.written().removed(), s.written() + " vs one by one "
                + oneByOneSummary.written());
        assertTrue(IsoMatcher.isomorphic(oneByOne, copy(dir)));
    }

    /** On one thread fusion runs in the transaction of the group then due; on two, after it, on two threads. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void fusingEveryFewGroupsLeavesTheSameGraphAndNoMarks(int threads) throws Exception {
        Path dir = tmp.resolve("fused-later-" + threads);
        // groups of 2, fused once 3 articles await it: fusions in the middle of the batch and at its end
        Ingestion.Summary s = ingestFused(dir, i -> i.group(2).fuseEvery(3).threads(threads));
        assertEquals(oneByOneSummary.added(), s.added());
        assertEquals(oneByOneSummary.written().added() - oneByOneSummary.written().removed(),
                s.written().added() - s.written().removed(), "the marks are not counted as quads written");
        assertTrue(IsoMatcher.isomorphic(oneByOne, copy(dir)));
    }

    /**
     * A batch stopped where it would fuse: on one thread the last group's transaction, which fuses, never commits
     * (eight articles await fusion, the ninth is not stored); on two the last group commits before the fusion.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aBatchStoppedBeforeItsFusionLeavesMarksThatTheNextBatchFuses(int threads) throws Exception {
        Path dir = tmp.resolve("stopped-" + threads);
        Node awaiting = NodeFactory.createURI(Ids.AWAITING_FUSION_GRAPH);
        try (GraphStore gs = GraphStore.open(dir)) {
            Ingestion stopping = new Ingestion(gs, EXTRACTOR).group(2).threads(threads);
            stopping.beforeFusion = () -> {
                throw new StoppedHere();
            };
            assertThrows(StoppedHere.class, () -> stopping.run(INPUTS, InputStream.nullInputStream(), null, 0));
            assertEquals(threads == 1 ? 8 : 9, gs.awaitingFusion(), "the committed groups' articles await fusion");
        }
        DatasetGraph stopped = copy(dir);
        assertTrue(stopped.getGraph(awaiting).contains(NodeFactory.createURI(Ids.article("f1_wire").getURI()),
                NG.awaitsFusion.asNode(), Node.ANY), "each article awaiting fusion is named in the graph");
        assertFalse(stopped.getGraph(awaiting).isEmpty());
        try (GraphStore gs = GraphStore.open(dir)) {
            // the next batch, even one that stores nothing new, fuses what the stopped one left
            Ingestion.Summary s = new Ingestion(gs, EXTRACTOR).run(List.of("seeds"), InputStream.nullInputStream(),
                    null, 0);
            assertEquals(5, s.unchanged());
            assertEquals(0, gs.awaitingFusion());
            assertTrue(s.warnings().contains((threads == 1 ? 8 : 9) + " article(s) stored by a batch that stopped "
                    + "half-way were never fused into events and utterances; this batch fuses them"), s.warnings()
                    .toString());
        }
        DatasetGraph resumed = copy(dir);
        assertTrue(resumed.getGraph(awaiting).isEmpty(), "no mark is left");
        // the articles never committed are ingested again; then the store is the one-by-one store
        try (GraphStore gs = GraphStore.open(dir)) {
            assertEquals(threads == 1 ? 1 : 0, new Ingestion(gs, EXTRACTOR).run(INPUTS, InputStream.nullInputStream(),
                    null, 0).added());
        }
        assertTrue(IsoMatcher.isomorphic(oneByOne, copy(dir)));
    }

    /** Deleting an article a stopped batch left awaiting fusion takes its mark and its events with it. */
    @Test
    void deletingAnArticleAwaitingFusionLeavesTheStoreAsIfItHadNeverBeenIngested() throws Exception {
        Path reference = tmp.resolve("deleted-reference");
        try (GraphStore gs = GraphStore.open(reference)) {
            new Ingestion(gs, EXTRACTOR).group(1).fuseEvery(1).run(INPUTS, InputStream.nullInputStream(), null, 0);
            assertTrue(Ingestion.delete(gs, "f1_wire") > 0);
        }
        Path dir = tmp.resolve("deleted-awaiting");
        try (GraphStore gs = GraphStore.open(dir)) {
            Ingestion stopping = new Ingestion(gs, EXTRACTOR).group(2);
            stopping.beforeFusion = () -> {
                throw new StoppedHere();
            };
            assertThrows(StoppedHere.class, () -> stopping.run(INPUTS, InputStream.nullInputStream(), null, 0));
            assertTrue(Ingestion.delete(gs, "f1_wire") > 0);
            assertEquals(7, gs.awaitingFusion(), "the deleted article's mark is gone with it");
            // the last article, never committed, comes in; the others are fused
            assertEquals(1, new Ingestion(gs, EXTRACTOR).run(List.of("src/test/resources/fusion/f4_later_strike.txt"),
                    InputStream.nullInputStream(), null, 0).added());
        }
        assertTrue(IsoMatcher.isomorphic(copy(reference), copy(dir)));
    }

    /** A fusion that fails is done again article by article, each in its own transaction: the same graph. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aFusionThatFailsIsDoneAgainArticleByArticle(int threads) throws Exception {
        Path dir = tmp.resolve("refused-fusion-" + threads);
        Ingestion.Summary s = ingestFused(dir, i -> {
            i.beforeFusion = () -> {
                throw new IllegalStateException("fusion refused");
            };
            return i.group(4).fuseEvery(6).threads(threads);
        });
        assertEquals(9, s.added());
        assertTrue(s.failures().isEmpty(), s.failures().toString());
        assertTrue(IsoMatcher.isomorphic(oneByOne, copy(dir)));
    }

    /** Ingests the inputs into the store in {@code dir} with these settings; nothing awaits fusion afterwards. */
    private static Ingestion.Summary ingestFused(Path dir, java.util.function.UnaryOperator<Ingestion> settings)
            throws Exception {
        try (GraphStore gs = GraphStore.open(dir)) {
            Ingestion.Summary s = settings.apply(new Ingestion(gs, EXTRACTOR)).run(INPUTS,
                    InputStream.nullInputStream(), null, 0);
            assertEquals(0, gs.awaitingFusion(), "nothing awaits fusion after the batch");
            return s;
        }
    }

    /** Stands for a batch stopped half-way (a kill, a power cut). */
    private static final class StoppedHere extends Error {
        StoppedHere() {
            super("stopped before fusing");
        }
    }

    @Test
    void anArticleThatCannotBeStoredFailsAloneAndItsGroupLands() throws Exception {
        Path dir = tmp.resolve("refused");
        String refused = "002_6a3b87e544eb1277";
        Ingestion.Summary s;
        System.setProperty(Ingestion.REFUSE_WRITE_PROPERTY, refused);
        try (GraphStore gs = GraphStore.open(dir)) {
            s = new Ingestion(gs, EXTRACTOR).run(INPUTS, InputStream.nullInputStream(), null, 0);
        } finally {
            System.clearProperty(Ingestion.REFUSE_WRITE_PROPERTY);
        }
        assertEquals(8, s.added());
        assertEquals(1, s.failures().size());
        assertTrue(s.failures().get(0).contains(refused + ".txt"), s.failures().get(0));
        DatasetGraph stored = copy(dir);
        assertFalse(stored.containsGraph(NodeFactory.createURI(Ids.graph(refused))), "nothing of it was stored");
        for (Node g : List.of(NodeFactory.createURI(Ids.graph("001_f22061eb0096845d")),
                NodeFactory.createURI(Ids.graph("f1_wire")))) {
            assertTrue(IsoMatcher.isomorphic(oneByOne.getGraph(g), stored.getGraph(g)), g + " is whole");
        }
    }

    @Test
    void compactionKeepsTheGraphAndTheIndexAndShrinksTheStore() throws Exception {
        Path dir = tmp.resolve("compacted");
        try (GraphStore gs = GraphStore.open(dir)) {
            new Ingestion(gs, EXTRACTOR).group(1).compactFloor(-1).run(INPUTS, InputStream.nullInputStream(), null, 0);
            long[] sizes = gs.compact();
            assertTrue(sizes[1] < sizes[0], "smaller after: " + sizes[0] + " -> " + sizes[1]);
            assertNull(gs.compactIfDue(0), "not due again right after compacting");
        }
        try (GraphStore gs = GraphStore.open(dir)) {
            assertEquals(-1, gs.rebuiltOnOpen(), "the index is in step with the compacted store");
            assertTrue(gs.searchIndexInStep());
            Ingestion.Summary again = new Ingestion(gs, EXTRACTOR).run(List.of("seeds"), InputStream.nullInputStream(),
                    null, 0);
            assertEquals(5, again.unchanged(), "the compacted store still knows its articles");
        }
        assertTrue(IsoMatcher.isomorphic(oneByOne, copy(dir)));
        try (var old = Files.list(dir)) {
            assertEquals(1, old.filter(p -> p.getFileName().toString().startsWith("Data-")).count(),
                    "the old generation is deleted");
        }
    }

    @Test
    void aBatchCompactedOnTheWayGoesOnWritingIntoTheNewGeneration() throws Exception {
        Path dir = tmp.resolve("compacted-during");
        Ingestion.Summary s;
        try (GraphStore gs = GraphStore.open(dir)) {
            s = new Ingestion(gs, EXTRACTOR).group(1).compactFloor(0).compactDuringBatch(2, 0, 1)
                    .run(INPUTS, InputStream.nullInputStream(), null, 0);
        }
        assertTrue(s.warnings().stream().anyMatch(w -> w.startsWith("store compacted during the batch")),
                String.join("\n", s.warnings()));
        assertEquals(oneByOneSummary.added(), s.added());
        assertTrue(IsoMatcher.isomorphic(oneByOne, copy(dir)), "the same graph as one by one without compacting");
        try (GraphStore gs = GraphStore.open(dir)) {
            assertEquals(-1, gs.rebuiltOnOpen(), "the index is in step with the last generation");
        }
    }

    /** The store's quads in memory, without the run timestamps. */
    private static DatasetGraph copy(Path dir) {
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        Node started = NodeFactory.createURI("http://www.w3.org/ns/prov#startedAtTime");
        Node ended = NodeFactory.createURI("http://www.w3.org/ns/prov#endedAtTime");
        try (GraphStore gs = GraphStore.open(dir)) {
            Txn.executeRead(gs.dataset(), () -> gs.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                if (!q.getPredicate().equals(started) && !q.getPredicate().equals(ended)) {
                    out.add(q);
                }
            }));
        }
        return out;
    }
}

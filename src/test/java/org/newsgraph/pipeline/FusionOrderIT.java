package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.rdf.Ids;
import org.newsgraph.store.GraphStore;

/**
 * Fusion is incremental and reversible: four articles (three reports of one strike, one of another) ingested one at a
 * time in three orders, and with an article removed and added back, leave the same events — compared as graphs,
 * every event graph with its reports, links and figures.
 */
class FusionOrderIT {
    private static final Path DIR = Path.of("src/test/resources/fusion");
    private static final List<String> FILES = List.of("f1_wire.txt", "f2_republished.txt", "f3_other_side.txt",
            "f4_later_strike.txt");
    private static final Extractor EXTRACTOR = Extractor.builder().build();
    @TempDir
    static Path tmp;
    private static DatasetGraph inOrder;

    @BeforeAll
    static void ingestInFileOrder() throws Exception {
        inOrder = events(ingestOneByOne(tmp.resolve("a"), List.of(0, 1, 2, 3)));
    }

    @Test
    void theStrikeIsOneEventOfThreeReportsWithTwoIndependentSourcesAndTheTollsSideBySide() {
        Map<String, String> e = row(tmp.resolve("a"), """
                SELECT ?n ?outlets ?independent ?disputed (GROUP_CONCAT(?v; separator=" ") AS ?tolls) WHERE {
                  ?e a ng:Event ; ng:reportCount ?n ; ng:outletCount ?outlets ; ng:independentCount ?independent ;
                     ng:disputed ?disputed ; ng:figure ?f . ?f ng:measure ng:killed ; ng:value ?v
                  FILTER(?n > 1) } GROUP BY ?n ?outlets ?independent ?disputed""");
        assertEquals("3", e.get("n"), "the wire story, its copy and the other side's account");
        assertEquals("3", e.get("outlets"));
        assertEquals("2", e.get("independent"), "the copy of the wire story is the wire again");
        assertEquals("true", e.get("disputed"));
        assertEquals(List.of("33", "33", "34"), List.of(e.get("tolls").split(" ")).stream().sorted().toList());
    }

    @Test
    void anyOrderGivesTheSameEvents() throws Exception {
        assertTrue(IsoMatcher.isomorphic(inOrder, events(ingestOneByOne(tmp.resolve("b"), List.of(3, 2, 1, 0)))),
                "reversed order");
        assertTrue(IsoMatcher.isomorphic(inOrder, events(ingestOneByOne(tmp.resolve("c"), List.of(2, 0, 3, 1)))),
                "shuffled order");
    }

    @Test
    void removingAnArticleAndAddingItBackGivesTheSameEventsAndRemovingItUndoesItsLinks() throws Exception {
        Path store = ingestOneByOne(tmp.resolve("d"), List.of(0, 1, 2, 3));
        try (GraphStore gs = GraphStore.open(store)) {
            assertTrue(Ingestion.delete(gs, "f3_other_side") > 0);
            // only the removed article named the Russian Defence Ministry: its description goes with it, although
            // the event graph still named it as a figure's source until the event was fused again
            org.apache.jena.graph.Node ruMod = org.apache.jena.graph.NodeFactory.createURI(Ids.NS + "entity/ru-mod");
            assertTrue(!Txn.calculateRead(gs.dataset(), () -> gs.dataset().asDatasetGraph().find(
                    org.apache.jena.graph.Node.ANY, ruMod, org.apache.jena.graph.Node.ANY,
                    org.apache.jena.graph.Node.ANY).hasNext()), "no description left of an entity nothing names");
        }
        assertTrue(IsoMatcher.isomorphic(events(ingestOneByOne(tmp.resolve("e"), List.of(0, 1, 3))), events(store)),
                "removed is as never added");
        ingestOneByOne(store, List.of(2));
        assertTrue(IsoMatcher.isomorphic(inOrder, events(store)), "added back");
    }

    /** Ingests the fusion articles, one batch per article, in the given order. */
    private static Path ingestOneByOne(Path store, List<Integer> order) throws Exception {
        try (GraphStore gs = GraphStore.open(store)) {
            for (int i : order) {
                Ingestion.Summary s = new Ingestion(gs, EXTRACTOR).run(List.of(DIR.resolve(FILES.get(i)).toString()),
                        System.in, new PrintWriter(new StringWriter()), 0);
                assertEquals(List.of(), s.failures());
            }
        }
        return store;
    }

    /** Every quad of every event graph of the store, copied out. */
    private static DatasetGraph events(Path store) {
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        try (GraphStore gs = GraphStore.open(store)) {
            DatasetGraph dsg = gs.dataset().asDatasetGraph();
            Txn.executeRead(dsg, () -> Txn.executeWrite(out, () -> dsg.find().forEachRemaining(q -> {
                if (q.getGraph().isURI() && Ids.isFusedGraph(q.getGraph().getURI())) {
                    out.add(q);
                }
            })));
        }
        Txn.executeRead(out, () -> assertTrue(out.find().hasNext(), "the store has events"));
        return out;
    }

    private static Map<String, String> row(Path store, String select) {
        try (GraphStore gs = GraphStore.open(store)) {
            return Txn.calculateRead(gs.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(gs.dataset())
                        .query("PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n" + select)
                        .set(GraphStore.UNION_DEFAULT_GRAPH, true).build()) {
                    var rs = qe.execSelect();
                    assertTrue(rs.hasNext(), select);
                    var sol = rs.next();
                    Map<String, String> m = new java.util.HashMap<>();
                    rs.getResultVars().forEach(v -> m.put(v, sol.get(v).isLiteral() ? sol.getLiteral(v).getLexicalForm()
                            : sol.get(v).toString()));
                    return m;
                }
            });
        }
    }
}

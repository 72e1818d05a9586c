package org.newsgraph.torture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Ids;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/** Running the real command line in its own JVM, and checking that a store is whole. */
final class Torture {
    private Torture() {
    }

    /** An ingest that ran: its exit status and everything it printed. */
    record Run(int exit, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    /** Starts {@code newsgraph ingest PATHS --store STORE} in a new JVM with the given system properties. */
    static Process start(Path store, List<String> paths, Map<String, String> properties, String... more)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g"));
        properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.Main", "ingest"));
        cmd.addAll(paths);
        cmd.addAll(List.of("--store", store.toString()));
        cmd.addAll(List.of(more));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Runs an ingest to its end (at most 20 minutes). */
    static Run ingest(Path store, List<String> paths, Map<String, String> properties, String... more)
            throws Exception {
        Process p = start(store, paths, properties, more);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread pump = new Thread(() -> {
            try {
                p.getInputStream().transferTo(out);
            } catch (java.io.IOException e) {
                // the process is gone; what was read is kept
            }
        });
        pump.start();
        boolean done = p.waitFor(20, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        pump.join(10_000);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(done, "the ingest did not finish in 20 minutes:\n" + text);
        return new Run(p.exitValue(), text);
    }

    /**
     * Opens the store (which repairs what a crash left behind) and checks it is whole: the full-text index in step,
     * every article graph complete (article node, text, hash, references that the entities graph describes), every
     * fused event and utterance pointing at live reports and every report in one, and the union graph valid against
     * {@code ontology/shapes.ttl}. Returns the number of article graphs.
     */
    static int checkWhole(Path store) {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        try (GraphStore gs = GraphStore.open(store)) {
            assertTrue(gs.searchIndexInStep(), "the text index is out of step with the store");
            DatasetGraph dsg = gs.dataset().asDatasetGraph();
            return Txn.calculateRead(gs.dataset(), () -> {
                List<Node> graphs = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(graphs::add);
                Node entities = NodeFactory.createURI(Ids.ENTITIES_GRAPH);
                int articles = 0;
                org.newsgraph.FusedGraphs.check(dsg);
                for (Node g : graphs) {
                    if (!org.newsgraph.FusedGraphs.isArticle(g)) {
                        continue;
                    }
                    String id = g.getURI().substring(g.getURI().lastIndexOf('/') + 1);
                    Node art = Ids.article(id).asNode();
                    assertTrue(dsg.contains(g, art, NG.text.asNode(), Node.ANY), id + " lacks its text");
                    assertTrue(dsg.contains(g, art, NG.contentHash.asNode(), Node.ANY), id + " lacks its hash");
                    for (Iterator<Quad> it = dsg.find(g, Node.ANY, NG.refersTo.asNode(), Node.ANY); it.hasNext(); ) {
                        Node target = it.next().getObject();
                        assertTrue(dsg.contains(entities, target, Node.ANY, Node.ANY),
                                id + " refers to " + target + ", which the entities graph does not describe");
                    }
                    articles++;
                }
                Graph union = dsg.getUnionGraph();
                ValidationReport report = ShaclValidator.get().validate(shapes, union);
                if (!report.conforms()) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ShLib.printReport(out, report);
                    throw new AssertionError("the store does not conform to the shapes:\n"
                            + out.toString(StandardCharsets.UTF_8));
                }
                return articles;
            });
        }
    }
}

package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.rdf.Ids;
import org.newsgraph.rdf.NG;

/** Checks, for the store tests, that the graphs of fused events and utterances are whole and point at live reports. */
public final class FusedGraphs {
    private FusedGraphs() {
    }

    /** Whether a named graph holds a fused event or utterance rather than an article. */
    public static boolean isFused(Node graph) {
        return graph.isURI() && Ids.isFusedGraph(graph.getURI());
    }

    /** Whether a named graph holds an article: not the entities, the proposed links, the marks, or a fused graph. */
    public static boolean isArticle(Node graph) {
        return graph.isURI() && !isFused(graph) && !graph.getURI().equals(Ids.ENTITIES_GRAPH)
                && !graph.getURI().equals(Ids.PROPOSED_LINKS_GRAPH) && !graph.getURI().equals(Ids.AWAITING_FUSION_GRAPH);
    }

    /**
     * Every report an event or utterance lists is a statement or incident of an article graph, and belongs to exactly
     * one event or utterance; every incident and statement of the store belongs to one. Articles a batch stopped
     * half-way left awaiting fusion are the exception: their reports may belong to none yet, and the events and
     * utterances their old reports were in may still list reports that are gone. Call in a read transaction.
     *
     * @return the number of fused graphs
     */
    public static int check(DatasetGraph dsg) {
        Node marks = NodeFactory.createURI(Ids.AWAITING_FUSION_GRAPH);
        Set<Node> awaiting = new HashSet<>();
        Set<String> stale = new HashSet<>();
        dsg.find(marks, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            awaiting.add(q.getSubject());
            if (!q.getPredicate().equals(NG.awaitsFusion.asNode())) {
                stale.add(Ids.graphOfFused(q.getObject().getURI()));
            }
        });
        int fused = 0;
        Set<Node> reported = new HashSet<>();
        for (Iterator<Node> gs = dsg.listGraphNodes(); gs.hasNext(); ) {
            Node g = gs.next();
            if (!isFused(g)) {
                continue;
            }
            fused++;
            for (Iterator<Quad> it = dsg.find(g, Node.ANY, NG.report.asNode(), Node.ANY); it.hasNext(); ) {
                Node r = it.next().getObject();
                assertTrue(reported.add(r), r + " is a report of two events or utterances");
                assertTrue(stale.contains(g.getURI()) || dsg.find(Node.ANY, r, NG.inArticle.asNode(), Node.ANY)
                        .hasNext(), g + " lists " + r + ", which no article holds");
            }
        }
        for (Node kind : new Node[] {NG.Incident.asNode(), NG.Statement.asNode()}) {
            long n = 0;
            long in = 0;
            for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), kind);
                    it.hasNext(); ) {
                Node report = it.next().getSubject();
                Iterator<Quad> article = dsg.find(Node.ANY, report, NG.inArticle.asNode(), Node.ANY);
                if (article.hasNext() && awaiting.contains(article.next().getObject())) {
                    continue;
                }
                n++;
                in += reported.contains(report) ? 1 : 0;
            }
            assertEquals(n, in, "every " + kind.getLocalName() + " belongs to one event or utterance");
        }
        return fused;
    }
}

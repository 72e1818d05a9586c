package org.newsgraph.spark;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;

/** Triples and quads as the lines of N-Triples and N-Quads, the form in which graphs cross the cluster. */
final class Quads {
    private Quads() {
    }

    static String nquads(String graphIri, Graph g) {
        String suffix = " <" + graphIri + "> .\n";
        StringBuilder sb = new StringBuilder();
        g.find().forEachRemaining(t -> sb.append(triple(t)).append(suffix));
        return sb.toString();
    }

    static String ntriples(Graph g) {
        StringBuilder sb = new StringBuilder();
        g.find().forEachRemaining(t -> sb.append(triple(t)).append(" .\n"));
        return sb.toString();
    }

    static Graph parse(String ntriples) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ntriples, Lang.NTRIPLES).parse(g);
        return g;
    }

    static String quad(Node g, Triple t) {
        return triple(t) + " " + NodeFmtLib.strNT(g) + " .\n";
    }

    private static String triple(Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                + NodeFmtLib.strNT(t.getObject());
    }
}

package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a {@link PropertyGraph} as GraphML (http://graphml.graphdrawing.org/): every attribute declared as a
 * {@code <key>} with its {@code attr.type}, a directed graph, node ids that are XML NMTOKENs, unique edge ids.
 * Gephi, Cytoscape (File → Import → Network from File), yEd, networkx and igraph read it.
 */
public final class GraphMlWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA = NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
    private static final String NODE_LABEL = "label";
    private static final String EDGE_LABEL = "edge.label";

    private GraphMlWriter() {
    }

    public static void write(PropertyGraph graph, OutputStream out) throws IOException {
        try {
            XmlOut x = new XmlOut(out);
            x.root("graphml", NS).attr("xsi", XSI, "schemaLocation", SCHEMA);
            key(x, NODE_LABEL, "node", "label", Attribute.Type.STRING, "display name (rdfs:label)");
            key(x, EDGE_LABEL, "edge", "label", Attribute.Type.STRING, "relation, as the ontology property");
            for (Attribute a : Attribute.values()) {
                key(x, keyId(a), a.target() == Attribute.Target.NODE ? "node" : "edge", a.key(), a.type(),
                        a.description());
            }
            x.open("graph").attr("id", "newsgraph").attr("edgedefault", "directed");
            for (PropertyGraph.Node n : graph.nodes()) {
                x.open("node").attr("id", n.id());
                x.open("data").attr("key", NODE_LABEL).text(n.label()).close();
                data(x, n.attributes());
                x.close();
            }
            for (PropertyGraph.Edge e : graph.edges()) {
                x.open("edge").attr("id", e.id()).attr("source", e.source()).attr("target", e.target());
                x.open("data").attr("key", EDGE_LABEL).text(e.label()).close();
                data(x, e.attributes());
                x.close();
            }
            x.finish();
        } catch (XMLStreamException e) {
            throw new IOException("writing GraphML: " + e.getMessage(), e);
        }
    }

    private static void key(XmlOut x, String id, String target, String name, Attribute.Type type, String desc)
            throws XMLStreamException {
        x.open("key").attr("id", id).attr("for", target).attr("attr.name", name).attr("attr.type", type.graphml());
        x.element("desc", desc).close();
    }

    private static void data(XmlOut x, Map<Attribute, Object> attributes) throws XMLStreamException {
        for (Map.Entry<Attribute, Object> a : attributes.entrySet()) {
            x.open("data").attr("key", keyId(a.getKey())).text(String.valueOf(a.getValue())).close();
        }
    }

    /** Node keys are named after the attribute; edge keys get an {@code edge.} prefix (key ids are global). */
    private static String keyId(Attribute a) {
        return a.target() == Attribute.Target.NODE ? a.key() : "edge." + a.key();
    }
}

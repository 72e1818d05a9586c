package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a {@link PropertyGraph} as GEXF 1.3 (https://gexf.net/), Gephi's own format: a directed, dynamic graph
 * with {@code timeformat="date"}, where dated nodes and edges carry {@code start}/{@code end} days so that
 * Gephi's timeline can play the statements, incidents and meetings in order; an actor or place is present on the
 * days of the events it takes part in, as {@code <spells>} when there are several; nodes without dates are always
 * present. All attributes are declared in {@code <attributes>}.
 *
 * <p>Every edge has a {@code kind}, its relation ({@code perpetrator}, {@code reportedBy}, ...): an incident whose
 * perpetrator is also the source of the claim has two edges to that actor, and a GEXF reader that merges parallel
 * edges of one kind (Gephi does) keeps edges of different kinds apart.
 */
public final class GexfWriter {
    static final String NS = "http://gexf.net/1.3";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA = NS + " http://gexf.net/1.3/gexf.xsd";

    private GexfWriter() {
    }

    public static void write(PropertyGraph graph, OutputStream out) throws IOException {
        try {
            XmlOut x = new XmlOut(out);
            x.root("gexf", NS).attr("xsi", XSI, "schemaLocation", SCHEMA).attr("version", "1.3");
            x.open("meta");
            x.element("creator", "newsgraph");
            x.element("description", "Actors, places, articles, agreements, statements, incidents and meetings "
                    + "from the newsgraph knowledge graph");
            x.close();
            x.open("graph").attr("defaultedgetype", "directed").attr("mode", "dynamic").attr("timeformat", "date");
            declare(x, Attribute.Target.NODE);
            declare(x, Attribute.Target.EDGE);
            x.open("nodes");
            for (PropertyGraph.Node n : graph.nodes()) {
                x.open("node").attr("id", n.id()).attr("label", n.label());
                when(x, n.spells());
                values(x, n.attributes());
                spells(x, n.spells());
                x.close();
            }
            x.close().open("edges");
            for (PropertyGraph.Edge e : graph.edges()) {
                x.open("edge").attr("id", e.id()).attr("source", e.source()).attr("target", e.target())
                        .attr("type", "directed").attr("kind", e.label()).attr("label", e.label());
                when(x, e.spells());
                values(x, e.attributes());
                spells(x, e.spells());
                x.close();
            }
            x.finish();
        } catch (XMLStreamException e) {
            throw new IOException("writing GEXF: " + e.getMessage(), e);
        }
    }

    private static void declare(XmlOut x, Attribute.Target target) throws XMLStreamException {
        x.open("attributes").attr("class", target == Attribute.Target.NODE ? "node" : "edge").attr("mode", "static");
        for (Attribute a : Attribute.values()) {
            if (a.target() == target) {
                x.empty("attribute").attr("id", a.key()).attr("title", a.key()).attr("type", a.type().gexf());
            }
        }
        x.close();
    }

    /** One spell is written as the element's own {@code start}/{@code end}. */
    private static void when(XmlOut x, List<PropertyGraph.Interval> spells) throws XMLStreamException {
        if (spells.size() == 1) {
            interval(x, spells.get(0));
        }
    }

    /** Several spells are written as a {@code <spells>} child, after the attribute values. */
    private static void spells(XmlOut x, List<PropertyGraph.Interval> spells) throws XMLStreamException {
        if (spells.size() > 1) {
            x.open("spells");
            for (PropertyGraph.Interval i : spells) {
                x.empty("spell");
                interval(x, i);
            }
            x.close();
        }
    }

    private static void interval(XmlOut x, PropertyGraph.Interval when) throws XMLStreamException {
        if (when.start() != null) {
            x.attr("start", when.start());
        }
        if (when.end() != null) {
            x.attr("end", when.end());
        }
    }

    private static void values(XmlOut x, Map<Attribute, Object> attributes) throws XMLStreamException {
        if (attributes.isEmpty()) {
            return;
        }
        x.open("attvalues");
        for (Map.Entry<Attribute, Object> a : attributes.entrySet()) {
            x.empty("attvalue").attr("for", a.getKey().key()).attr("value", String.valueOf(a.getValue()));
        }
        x.close();
    }
}

package org.newsgraph.export;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link PropertyGraph} as Cytoscape.js JSON, the "elements" format that {@code cy.json(...)} and
 * {@code cytoscape({elements: ...})} take and that Cytoscape desktop imports as a {@code .cyjs} file:
 *
 * <pre>{@code {"data": {...}, "directed": true, "multigraph": true,
 *  "elements": {"nodes": [{"data": {"id": ..., "name": ..., ...}}], "edges": [{"data": {"id": ..., "source": ...,
 *  "target": ..., ...}}]}}}</pre>
 *
 * The top-level {@code directed}/{@code multigraph} keys and the node {@code value} and edge {@code key} fields
 * let networkx's {@code cytoscape_graph} read the same file; Cytoscape ignores them.
 */
public final class CytoscapeJsonWriter {
    private CytoscapeJsonWriter() {
    }

    public static void write(PropertyGraph graph, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        JsonWriter j = new JsonWriter(w);
        j.setIndent(" ");
        j.beginObject();
        j.name("data").beginObject().name("name").value("newsgraph").endObject();
        j.name("directed").value(true);
        j.name("multigraph").value(true);
        j.name("elements").beginObject();
        j.name("nodes").beginArray();
        for (PropertyGraph.Node n : graph.nodes()) {
            j.beginObject().name("data").beginObject();
            j.name("id").value(n.id());
            j.name("value").value(n.id());
            j.name("name").value(n.label());
            j.name("label").value(n.label());
            interval(j, n.spells());
            values(j, n.attributes());
            j.endObject().endObject();
        }
        j.endArray();
        j.name("edges").beginArray();
        for (PropertyGraph.Edge e : graph.edges()) {
            j.beginObject().name("data").beginObject();
            j.name("id").value(e.id());
            j.name("key").value(e.id());
            j.name("source").value(e.source());
            j.name("target").value(e.target());
            j.name("label").value(e.label());
            interval(j, e.spells());
            values(j, e.attributes());
            j.endObject().endObject();
        }
        j.endArray();
        j.endObject();
        j.endObject();
        j.flush();
        w.write('\n');
        w.flush();
    }

    /** {@code start}/{@code end} span all spells; several spells are listed as {@code spells: [[start, end], ...]}. */
    private static void interval(JsonWriter j, List<PropertyGraph.Interval> spells) throws IOException {
        PropertyGraph.Interval when = PropertyGraph.Interval.hull(spells);
        if (when == null) {
            return;
        }
        if (when.start() != null) {
            j.name("start").value(when.start());
        }
        if (when.end() != null) {
            j.name("end").value(when.end());
        }
        if (spells.size() > 1) {
            j.name("spells").beginArray();
            for (PropertyGraph.Interval i : spells) {
                j.beginArray().value(i.start()).value(i.end()).endArray();
            }
            j.endArray();
        }
    }

    private static void values(JsonWriter j, Map<Attribute, Object> attributes) throws IOException {
        for (Map.Entry<Attribute, Object> a : attributes.entrySet()) {
            Object v = a.getValue();
            j.name(a.getKey().key());
            if (v instanceof Number num) {
                j.value(num);
            } else {
                j.value(String.valueOf(v));
            }
        }
    }
}

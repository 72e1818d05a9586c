package org.newsgraph.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The store seen as a labelled property graph, ready for graph tools: nodes and directed edges with typed
 * attributes and optional time intervals. Built by {@link GraphProjection}, written by {@link GraphMlWriter},
 * {@link GexfWriter} and {@link CytoscapeJsonWriter}.
 *
 * @param nodes the nodes, in output order
 * @param edges the edges, in output order; every edge's ends are among {@code nodes}
 */
public record PropertyGraph(List<Node> nodes, List<Edge> edges) {
    public PropertyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * A time interval of ISO dates ({@code yyyy-mm-dd}); either end may be null (open).
     *
     * @param start first day, or null
     * @param end last day (inclusive), or null
     */
    public record Interval(String start, String end) {
        public Interval {
            if (start == null && end == null) {
                throw new IllegalArgumentException("an interval needs a start or an end");
            }
        }
    }

    /**
     * A node.
     *
     * @param id the node id, an XML NMTOKEN unique in the graph (e.g. {@code entity:turkey})
     * @param label the display name
     * @param attributes attribute values by attribute, in {@link Attribute} order; absent when unknown
     * @param when when the node exists on a timeline, or null (always)
     */
    public record Node(String id, String label, Map<Attribute, Object> attributes, Interval when) {
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }
    }

    /**
     * A directed edge.
     *
     * @param id the edge id, unique in the graph (e.g. {@code e12})
     * @param source the id of the source node
     * @param target the id of the target node
     * @param label the relation, the local name of the ontology property (e.g. {@code speaker}, {@code about})
     * @param attributes attribute values by attribute
     * @param when when the edge exists on a timeline, or null (always)
     */
    public record Edge(String id, String source, String target, String label, Map<Attribute, Object> attributes,
            Interval when) {
        public Edge {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(label, "label");
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }
    }
}

package org.newsgraph.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
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
        private static final Comparator<String> OPEN_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

        public Interval {
            if (start == null && end == null) {
                throw new IllegalArgumentException("an interval needs a start or an end");
            }
        }

        /**
         * The intervals as disjoint spells in date order: intervals that overlap or touch (one ends the day before
         * the other starts) become one. {@code [10–12 Oct, 13 Oct, 20 Oct]} gives {@code [10–13 Oct, 20 Oct]}.
         */
        public static List<Interval> spells(Collection<Interval> intervals) {
            List<Interval> sorted = new ArrayList<>(intervals);
            sorted.sort(Comparator.comparing(Interval::start, OPEN_FIRST).thenComparing(Interval::end,
                    Comparator.nullsLast(Comparator.naturalOrder())));
            List<Interval> out = new ArrayList<>();
            for (Interval i : sorted) {
                Interval last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && (last.end() == null || i.start() == null
                        || !LocalDate.parse(last.end()).plusDays(1).isBefore(LocalDate.parse(i.start())))) {
                    String end = last.end() == null || i.end() == null ? null
                            : OPEN_FIRST.compare(last.end(), i.end()) >= 0 ? last.end() : i.end();
                    out.set(out.size() - 1, new Interval(last.start(), end));
                } else {
                    out.add(i);
                }
            }
            return List.copyOf(out);
        }

        /** From the first spell's start to the last spell's end; null for no spells (always present). */
        public static Interval hull(List<Interval> spells) {
            if (spells.isEmpty()) {
                return null;
            }
            String end = spells.stream().anyMatch(i -> i.end() == null) ? null : spells.get(spells.size() - 1).end();
            return new Interval(spells.get(0).start(), end);
        }
    }

    /**
     * A node.
     *
     * @param id the node id, an XML NMTOKEN unique in the graph (e.g. {@code entity:turkey})
     * @param label the display name
     * @param attributes attribute values by attribute, in {@link Attribute} order; absent when unknown
     * @param spells when the node exists on a timeline, disjoint and in date order; empty for always
     */
    public record Node(String id, String label, Map<Attribute, Object> attributes, List<Interval> spells) {
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
            spells = Interval.spells(spells);
        }

        /** The node's whole time span, from its first spell to its last; null when it is always present. */
        public Interval when() {
            return Interval.hull(spells);
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
     * @param spells when the edge exists on a timeline, disjoint and in date order; empty for always
     */
    public record Edge(String id, String source, String target, String label, Map<Attribute, Object> attributes,
            List<Interval> spells) {
        public Edge {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(label, "label");
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
            spells = Interval.spells(spells);
        }

        /** The edge's whole time span; null when it is always present. */
        public Interval when() {
            return Interval.hull(spells);
        }
    }
}

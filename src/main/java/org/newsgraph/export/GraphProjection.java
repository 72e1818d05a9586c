package org.newsgraph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.Geo;
import org.newsgraph.rdf.Ids;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * Projects the knowledge graph onto a {@link PropertyGraph} for graph tools, with SPARQL SELECTs in one read
 * transaction. Actors, places, articles, agreements, and every statement, incident and meeting become nodes, so
 * two statements between the same actors stay two paths (actor → statement → actor) even in tools that merge
 * parallel edges. Edges follow the ontology properties (statement → about, incident → target, X → article via
 * inArticle, article → publisher, ...), except {@code speaker}, which runs from the actor to the statement.
 *
 * <pre>{@code PropertyGraph g = GraphProjection.of(store.dataset());}</pre>
 */
public final class GraphProjection {
    /** Node classes in output order; a node with several of them takes the first. */
    private static final List<String> KINDS = List.of("Person", "State", "GovernmentBody", "MilitaryForce",
            "ArmedGroup", "MediaOutlet", "InternationalOrganization", "Organization", "Place", "Agreement", "Article", "Statement",
            "Incident", "Meeting", "Event", "Utterance");
    private static final Set<String> EVENTS = Set.of("Statement", "Incident", "Meeting", "Event", "Utterance");
    /** Properties that become edges; those in REVERSED run from object to subject. */
    private static final List<String> RELATIONS = List.of("speaker", "addressee", "about", "reportedBy",
            "perpetrator", "target", "location", "participant", "party", "signedAt", "mentionedIn", "inArticle",
            "publisher", "creditedSource", "affiliation", "within", "report");
    private static final Set<String> REVERSED = Set.of("speaker");
    private static final Map<String, Attribute> LITERALS = Map.ofEntries(
            Map.entry("date", Attribute.DATE), Map.entry("signed", Attribute.DATE),
            Map.entry("published", Attribute.DATE), Map.entry("dateEarliest", Attribute.DATE_EARLIEST),
            Map.entry("dateLatest", Attribute.DATE_LATEST), Map.entry("dateText", Attribute.DATE_TEXT),
            Map.entry("killed", Attribute.KILLED), Map.entry("displaced", Attribute.DISPLACED),
            Map.entry("quote", Attribute.QUOTE), Map.entry("cue", Attribute.CUE),
            Map.entry("evidence", Attribute.EVIDENCE), Map.entry("meetingKind", Attribute.MEETING_KIND),
            Map.entry("placeKind", Attribute.PLACE_KIND), Map.entry("role", Attribute.ROLE),
            Map.entry("confidence", Attribute.CONFIDENCE), Map.entry("incidentType", Attribute.INCIDENT_TYPE),
            Map.entry("mode", Attribute.MODE), Map.entry("reportCount", Attribute.REPORT_COUNT),
            Map.entry("outletCount", Attribute.OUTLET_COUNT), Map.entry("independentCount", Attribute.INDEPENDENT_COUNT));
    private static final int QUOTE_CHARS = 200;
    private static final int EVIDENCE_CHARS = 300;
    private static final String PREFIXES = "PREFIX ng: <" + NG.NS + ">\nPREFIX rdfs: <" + RDFS.getURI()
            + ">\nPREFIX rdf: <" + RDF.getURI() + ">\nPREFIX owl: <" + OWL.NS + ">\nPREFIX geo: <" + Geo.NS + ">\n";

    private final Dataset dataset;
    private final Map<String, String> kindOf = new HashMap<>();
    private final Map<String, Map<Attribute, TreeSet<String>>> values = new HashMap<>();
    private final Map<String, TreeSet<String>> labels = new HashMap<>();
    private final List<String[]> triples = new ArrayList<>();

    private GraphProjection(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Reads the whole store (union of all graphs) into a property graph; nodes and edges in a stable order. */
    public static PropertyGraph of(Dataset dataset) {
        GraphProjection p = new GraphProjection(dataset);
        Txn.executeRead(dataset, p::read);
        return p.build();
    }

    private void read() {
        select("SELECT ?n ?type WHERE { ?n rdf:type ?type " + values("?type", KINDS) + " }", row -> {
            String n = iri(row, "n");
            String kind = local(row.getResource("type").getURI());
            if (n != null && (!kindOf.containsKey(n) || KINDS.indexOf(kind) < KINDS.indexOf(kindOf.get(n)))) {
                kindOf.put(n, kind);
            }
        });
        select("SELECT ?n ?p ?o WHERE { ?n ?p ?o " + values("?p", LITERALS.keySet())
                + " }", row -> add(iri(row, "n"), LITERALS.get(local(row.getResource("p").getURI())),
                        text(row.get("o"))));
        select("SELECT ?n ?l WHERE { ?n rdfs:label ?l }", row -> {
            String n = iri(row, "n");
            if (kindOf.containsKey(n)) {
                labels.computeIfAbsent(n, k -> new TreeSet<>()).add(row.getLiteral("l").getLexicalForm());
            }
        });
        select("SELECT ?n ?wd WHERE { ?n owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), \"" + Ids.WIKIDATA + "\")) }",
                row -> add(iri(row, "n"), Attribute.WIKIDATA, local(row.getResource("wd").getURI())));
        select("""
                SELECT ?n ?id ?outlet WHERE {
                  { ?n ng:inArticle ?a } UNION { ?n rdf:type ng:Article BIND(?n AS ?a) }
                  OPTIONAL { ?a ng:articleId ?id }
                  OPTIONAL { ?a ng:publisher ?pub . ?pub rdfs:label ?outlet }
                }""", row -> {
                    String n = iri(row, "n");
                    add(n, Attribute.ARTICLE, row.contains("id") ? text(row.get("id")) : null);
                    add(n, Attribute.OUTLET, row.contains("outlet") ? text(row.get("outlet")) : null);
                });
        select("SELECT ?n ?wkt WHERE { ?n geo:hasGeometry ?g . ?g geo:asWKT ?wkt }", row -> {
            double[] lonLat = Literals.point(row.getLiteral("wkt").getLexicalForm());
            if (lonLat != null) {
                add(iri(row, "n"), Attribute.LONGITUDE, Double.toString(lonLat[0]));
                add(iri(row, "n"), Attribute.LATITUDE, Double.toString(lonLat[1]));
            }
        });
        select("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o " + values("?p", RELATIONS) + " FILTER(isIRI(?o)) }",
                row -> triples.add(new String[] {iri(row, "s"), local(row.getResource("p").getURI()),
                    iri(row, "o")}));
    }

    private PropertyGraph build() {
        Map<String, String> ids = new NodeIds().assign(kindOf.keySet());
        Map<String, List<PropertyGraph.Interval>> spells = spells();
        Map<String, PropertyGraph.Node> nodes = new LinkedHashMap<>();
        kindOf.keySet().stream()
                .sorted(Comparator.comparing((String n) -> KINDS.indexOf(kindOf.get(n))).thenComparing(ids::get))
                .forEach(n -> nodes.put(n, node(n, ids.get(n), spells.getOrDefault(n, List.of()))));
        TreeMap<String, String[]> ordered = new TreeMap<>();
        for (String[] t : triples) {
            boolean rev = REVERSED.contains(t[1]);
            String from = rev ? t[2] : t[0];
            String to = rev ? t[0] : t[2];
            if (nodes.containsKey(from) && nodes.containsKey(to)) {
                // tab-separated key: source id, relation, target id sort well and are unique per edge
                ordered.put(ids.get(from) + '\t' + t[1] + '\t' + ids.get(to), new String[] {from, t[1], to});
            }
        }
        List<PropertyGraph.Edge> edges = new ArrayList<>();
        for (String[] e : ordered.values()) {
            edges.add(edge("e" + edges.size(), nodes.get(e[0]), e[1], nodes.get(e[2]), dated(e[0]) ? e[0] : e[2],
                    spells));
        }
        return new PropertyGraph(List.copyOf(nodes.values()), edges);
    }

    /**
     * When each node is on the timeline. A statement, incident or meeting: the days of its date (or date range); an
     * agreement: from its signing on. An actor or place: the days of the dated events it takes part in (as speaker,
     * target, party, location, ...; an agreement counts with its signing day only), merged into spells, so that
     * Gephi's timeline shows who is active when; one without dated events is always present, as are articles.
     */
    private Map<String, List<PropertyGraph.Interval>> spells() {
        Map<String, List<PropertyGraph.Interval>> own = new HashMap<>();
        Map<String, List<PropertyGraph.Interval>> days = new HashMap<>();
        kindOf.forEach((n, kind) -> {
            if (dated(n)) {
                Map<Attribute, TreeSet<String>> v = values.getOrDefault(n, Map.of());
                PropertyGraph.Interval when = interval(v);
                if (when != null) {
                    days.put(n, List.of(when));
                    // an agreement stays in force once concluded
                    boolean inForce = kind.equals("Agreement") && when.start() != null;
                    own.put(n, List.of(inForce ? new PropertyGraph.Interval(when.start(), null) : when));
                }
            }
        });
        Map<String, List<PropertyGraph.Interval>> spells = new HashMap<>(own);
        for (String[] t : triples) {
            for (int end = 0; end <= 2; end += 2) {
                String event = t[end];
                String other = t[2 - end];
                if (days.containsKey(event) && kindOf.containsKey(other) && !dated(other)
                        && !"Article".equals(kindOf.get(other))) {
                    spells.computeIfAbsent(other, k -> new ArrayList<>()).addAll(days.get(event));
                }
            }
        }
        return spells;
    }

    /** Statements, incidents, meetings and agreements carry dates of their own; other nodes take theirs from them. */
    private boolean dated(String iri) {
        String kind = kindOf.get(iri);
        return kind != null && (EVENTS.contains(kind) || kind.equals("Agreement"));
    }

    private PropertyGraph.Node node(String iri, String id, List<PropertyGraph.Interval> spells) {
        String kind = kindOf.get(iri);
        Map<Attribute, TreeSet<String>> v = values.getOrDefault(iri, Map.of());
        Map<Attribute, Object> attrs = new EnumMap<>(Attribute.class);
        attrs.put(Attribute.KIND, kind);
        attrs.put(Attribute.CATEGORY, category(kind));
        attrs.put(Attribute.IRI, iri);
        v.forEach((a, vals) -> {
            Object value = value(a, vals);
            if (value != null) {
                attrs.put(a, value);
            }
        });
        TreeSet<String> l = labels.get(iri);
        String label = l == null ? local(iri) : l.first();
        return new PropertyGraph.Node(id, label, attrs, spells);
    }

    /**
     * An edge lives as long as the dated event it belongs to (the statement, incident, meeting or agreement at one
     * of its ends); an edge between undated nodes (an article's publisher, an actor's affiliation) always.
     */
    private PropertyGraph.Edge edge(String id, PropertyGraph.Node from, String relation, PropertyGraph.Node to,
            String eventIri, Map<String, List<PropertyGraph.Interval>> spells) {
        boolean timed = dated(eventIri) && spells.containsKey(eventIri);
        Map<Attribute, Object> attrs = new EnumMap<>(Attribute.class);
        attrs.put(Attribute.RELATION, relation);
        PropertyGraph.Node event = from.attributes().get(Attribute.IRI).equals(eventIri) ? from : to;
        Object date = event.attributes().get(Attribute.DATE);
        if (date != null && timed) {
            attrs.put(Attribute.EDGE_DATE, date);
        }
        return new PropertyGraph.Edge(id, from.id(), to.id(), relation, attrs,
                timed ? spells.get(eventIri) : List.of());
    }

    private static Object value(Attribute a, TreeSet<String> vals) {
        return switch (a.type()) {
            case INT -> parse(vals.first(), Long::valueOf);
            case DOUBLE -> parse(vals.first(), Double::valueOf);
            case STRING -> switch (a) {
                case QUOTE -> Literals.shorten(String.join(" / ", vals), QUOTE_CHARS);
                case EVIDENCE -> Literals.shorten(String.join(" ", vals), EVIDENCE_CHARS);
                default -> String.join("; ", vals);
            };
        };
    }

    /** The days a date (or, without one, a date range) covers; null without either. */
    private static PropertyGraph.Interval interval(Map<Attribute, TreeSet<String>> v) {
        PropertyGraph.Interval when = null;
        if (v.containsKey(Attribute.DATE)) {
            when = Dates.interval(v.get(Attribute.DATE).first());
        }
        if (when == null && (v.containsKey(Attribute.DATE_EARLIEST) || v.containsKey(Attribute.DATE_LATEST))) {
            String start = v.containsKey(Attribute.DATE_EARLIEST) ? Dates.day(v.get(Attribute.DATE_EARLIEST).first())
                    : null;
            String end = v.containsKey(Attribute.DATE_LATEST) ? Dates.day(v.get(Attribute.DATE_LATEST).last()) : null;
            when = start == null && end == null ? null : new PropertyGraph.Interval(start, end);
        }
        return when;
    }

    private static String category(String kind) {
        return switch (kind) {
            case "Place", "Article", "Agreement", "Statement", "Incident", "Meeting", "Event", "Utterance" ->
                    kind.toLowerCase();
            default -> "actor";
        };
    }

    private void add(String node, Attribute a, String value) {
        if (node != null && a != null && value != null && !value.isBlank()) {
            values.computeIfAbsent(node, k -> new EnumMap<>(Attribute.class))
                    .computeIfAbsent(a, k -> new TreeSet<>()).add(value);
        }
    }

    private void select(String query, Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(PREFIXES + query)
                .set(GraphStore.UNION_DEFAULT_GRAPH, true).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }

    private static String values(String var, java.util.Collection<String> locals) {
        StringBuilder sb = new StringBuilder(" VALUES ").append(var).append(" {");
        locals.stream().sorted().forEach(l -> sb.append(" ng:").append(l));
        return sb.append(" }").toString();
    }

    private static String iri(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    /** The lexical form of a literal, or the local name of an IRI (ng:Attack becomes "Attack"). */
    private static String text(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? local(n.asResource().getURI())
                : null;
    }

    private static String local(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }

    private static <T> T parse(String s, java.util.function.Function<String, T> f) {
        try {
            return f.apply(s.strip());
        } catch (NumberFormatException e) {
            return null; // a malformed number is left out rather than breaking the export
        }
    }

    /** Readable node ids that are XML NMTOKENs, as GraphML requires: {@code entity:turkey}. */
    private static final class NodeIds {
        Map<String, String> assign(Set<String> iris) {
            Map<String, String> ids = new HashMap<>();
            Set<String> used = new HashSet<>();
            for (String iri : new TreeSet<>(iris)) {
                String rest = iri.startsWith(Ids.NS) ? iri.substring(Ids.NS.length()) : iri;
                String base = rest.replace('/', ':').replaceAll("[^A-Za-z0-9._:-]", "_");
                base = base.isEmpty() ? "node" : base;
                String id = base;
                for (int i = 2; !used.add(id); i++) {
                    id = base + "_" + i;
                }
                ids.put(iri, id);
            }
            return ids;
        }
    }
}

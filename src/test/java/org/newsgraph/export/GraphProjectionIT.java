package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.SeedStore;
import org.newsgraph.store.GraphStore;

/** The property graph of the seeds store, held against SPARQL over the same store. */
class GraphProjectionIT {
    private static GraphStore store;
    private static Dataset ds;
    private static PropertyGraph graph;
    private static Map<String, PropertyGraph.Node> byIri;

    @BeforeAll
    static void project() throws Exception {
        store = GraphStore.open(SeedStore.path());
        ds = store.dataset();
        graph = GraphProjection.of(ds);
        byIri = graph.nodes().stream()
                .collect(Collectors.toMap(n -> (String) n.attributes().get(Attribute.IRI), Function.identity()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyStatementIncidentMeetingAndAgreementIsItsOwnNode() {
        for (String cls : List.of("Statement", "Incident", "Meeting", "Agreement", "Article", "Place")) {
            long nodes = graph.nodes().stream().filter(n -> cls.equals(n.attributes().get(Attribute.KIND))).count();
            assertEquals(StoreQueries.countOf(ds, cls), nodes, cls + " nodes");
        }
        assertTrue(StoreQueries.countOf(ds, "Statement") > 10, "the seeds hold statements");
        int all = StoreQueries.count(ds, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?k " + StoreQueries.NODE_CLASSES
                + " }");
        assertEquals(all, graph.nodes().size());
    }

    @Test
    void repeatedStatementsBetweenTheSameActorsStayApart() {
        // two statements by the same speaker about the same thing: two nodes, two speaker edges, two about edges
        List<Map<String, String>> pairs = StoreQueries.select(ds, """
                SELECT ?a ?b ?sp ?x WHERE { ?a ng:speaker ?sp ; ng:about ?x . ?b ng:speaker ?sp ; ng:about ?x .
                  FILTER(STR(?a) < STR(?b)) } ORDER BY ?a ?b LIMIT 1""");
        assertFalse(pairs.isEmpty(), "the seeds have a speaker with two statements about the same thing");
        Map<String, String> p = pairs.get(0);
        String a = byIri.get(p.get("a")).id();
        String b = byIri.get(p.get("b")).id();
        String speaker = byIri.get(p.get("sp")).id();
        String about = byIri.get(p.get("x")).id();
        assertNotEquals(a, b);
        assertTrue(hasEdge(speaker, "speaker", a) && hasEdge(speaker, "speaker", b), "speaker edges of both");
        assertTrue(hasEdge(a, "about", about) && hasEdge(b, "about", about), "about edges of both");
    }

    @Test
    void everyRelationTripleBetweenNodesIsAnEdgeAndSpeakerRunsFromTheActor() {
        for (String rel : List.of("speaker", "about", "addressee", "perpetrator", "target", "location", "party",
                "participant", "publisher", "mentionedIn")) {
            List<Map<String, String>> rows = StoreQueries.select(ds, "SELECT DISTINCT ?s ?o WHERE { ?s ng:" + rel
                    + " ?o . ?o a ?k " + StoreQueries.NODE_CLASSES + " }");
            assertFalse(rows.isEmpty(), rel + " occurs in the seeds");
            for (Map<String, String> r : rows) {
                String s = byIri.get(r.get("s")).id();
                String o = byIri.get(r.get("o")).id();
                boolean found = rel.equals("speaker") ? hasEdge(o, rel, s) : hasEdge(s, rel, o);
                assertTrue(found, rel + " edge for " + r);
            }
        }
        Set<String> ids = new HashSet<>();
        graph.edges().forEach(e -> assertTrue(ids.add(e.id()), "duplicate edge id " + e.id()));
    }

    @Test
    void statementsCarryTheirArticlesPublisherDateModeAndQuote() {
        List<Map<String, String>> rows = StoreQueries.select(ds, """
                SELECT ?s ?outlet ?date ?mode ?quote WHERE { ?s a ng:Statement ; ng:mode ?mode ;
                  ng:inArticle/ng:publisher/rdfs:label ?outlet OPTIONAL { ?s ng:date ?date }
                  OPTIONAL { ?s ng:quote ?quote } }""");
        assertEquals(StoreQueries.countOf(ds, "Statement"), rows.size());
        for (Map<String, String> r : rows) {
            PropertyGraph.Node n = byIri.get(r.get("s"));
            assertEquals(r.get("outlet"), n.attributes().get(Attribute.OUTLET), r.get("s"));
            assertEquals(r.get("date"), n.attributes().get(Attribute.DATE), r.get("s"));
            assertTrue(r.get("mode").endsWith("#" + n.attributes().get(Attribute.MODE)), r.get("s"));
            if (r.get("quote") != null) {
                String q = (String) n.attributes().get(Attribute.QUOTE);
                assertTrue(q.length() <= 200 && q.replace("…", "").strip().length() > 0, q);
                assertTrue(r.get("quote").replaceAll("\\s+", " ").startsWith(q.replace("…", "")), q);
            }
            if (r.get("date") != null && r.get("date").length() == 10) {
                assertEquals(new PropertyGraph.Interval(r.get("date"), r.get("date")), n.when());
            }
        }
    }

    @Test
    void incidentsCarryTypeCasualtiesAndLocation() {
        List<Map<String, String>> rows = StoreQueries.select(ds,
                "SELECT ?i ?type ?killed WHERE { ?i a ng:Incident ; ng:incidentType ?type ; ng:killed ?killed }");
        assertFalse(rows.isEmpty(), "the seeds report casualties");
        for (Map<String, String> r : rows) {
            PropertyGraph.Node n = byIri.get(r.get("i"));
            assertEquals(Long.valueOf(r.get("killed")), n.attributes().get(Attribute.KILLED));
            assertTrue(r.get("type").endsWith("#" + n.attributes().get(Attribute.INCIDENT_TYPE)));
            assertNotNull(n.attributes().get(Attribute.OUTLET));
        }
    }

    @Test
    void rangesAndMonthsBecomeIntervalsAndArticlesAreTimeless() {
        List<Map<String, String>> rows = StoreQueries.select(ds, """
                SELECT ?x ?from ?to WHERE { ?x ng:dateEarliest ?from ; ng:dateLatest ?to FILTER NOT EXISTS { ?x ng:date ?d }
                  ?x a ?k VALUES ?k { ng:Statement ng:Incident ng:Meeting } }""");
        assertFalse(rows.isEmpty(), "the seeds have a date range");
        for (Map<String, String> r : rows) {
            assertEquals(new PropertyGraph.Interval(r.get("from"), r.get("to")), byIri.get(r.get("x")).when());
        }
        graph.nodes().stream().filter(n -> "article".equals(n.attributes().get(Attribute.CATEGORY)))
                .forEach(n -> assertEquals(List.of(), n.spells(), n.id()));
        PropertyGraph.Node putin = byIri.get("https://w3id.org/newsgraph/id/entity/putin");
        assertEquals("Q7747", putin.attributes().get(Attribute.WIKIDATA));
        assertEquals("Vladimir Putin", putin.label());
    }

    @Test
    void anActorIsOnTheTimelineOnTheDaysOfTheDatedEventsItTakesPartIn() {
        List<Map<String, String>> days = StoreQueries.select(ds, """
                SELECT DISTINCT ?day WHERE { ?x ng:date ?day ; a ?k VALUES ?k { ng:Statement ng:Incident ng:Meeting }
                  { ?x ?p <https://w3id.org/newsgraph/id/entity/turkey> } UNION { <https://w3id.org/newsgraph/id/entity/turkey> ?p ?x }
                  FILTER(DATATYPE(?day) = <http://www.w3.org/2001/XMLSchema#date>) } ORDER BY ?day""");
        assertTrue(days.size() >= 2, "Turkey acts on several days in the seeds: " + days);
        List<PropertyGraph.Interval> spells = byIri.get("https://w3id.org/newsgraph/id/entity/turkey").spells();
        for (Map<String, String> d : days) {
            String day = d.get("day");
            assertTrue(spells.stream().anyMatch(i -> (i.start() == null || i.start().compareTo(day) <= 0)
                    && (i.end() == null || i.end().compareTo(day) >= 0)), day + " in " + spells);
        }
        assertTrue(spells.size() >= 2, "days weeks apart are separate spells: " + spells);
        for (int i = 1; i < spells.size(); i++) {
            assertTrue(spells.get(i - 1).end().compareTo(spells.get(i).start()) < 0, "disjoint, in order: " + spells);
        }
        PropertyGraph.Node statement = graph.nodes().stream()
                .filter(n -> "statement".equals(n.attributes().get(Attribute.CATEGORY)) && n.when() != null)
                .findFirst().orElseThrow();
        graph.edges().stream().filter(e -> e.source().equals(statement.id()) || e.target().equals(statement.id()))
                .forEach(e -> assertEquals(statement.spells(), e.spells(), "edge " + e.id() + " lives with its statement"));
    }

    @Test
    void theProjectionIsDeterministic() {
        assertEquals(graph, GraphProjection.of(ds));
    }

    private static boolean hasEdge(String from, String rel, String to) {
        return graph.edges().stream().anyMatch(e -> e.source().equals(from) && e.label().equals(rel)
                && e.target().equals(to));
    }
}

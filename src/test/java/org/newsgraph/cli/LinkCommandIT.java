package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SeedStore;
import org.newsgraph.link.FakeWikidata;
import org.newsgraph.store.GraphStore;

/**
 * {@code newsgraph link --wikidata} against a copy of the real seeds store (TDB2) and a real local HTTP server that
 * answers like the Wikidata API.
 */
class LinkCommandIT {
    private static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    private static final String E = "https://w3id.org/newsgraph/id/entity/";
    private static final String WD = "http://www.wikidata.org/entity/";

    @TempDir
    Path tmp;
    Path store;
    String out;
    String err;

    @BeforeEach
    void copySeedStore() throws Exception {
        store = tmp.resolve("store");
        Path seeds = SeedStore.path();
        try (Stream<Path> s = Files.walk(seeds)) {
            for (Path p : s.toList()) {
                Path target = store.resolve(seeds.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.commandLine(new PrintWriter(o), new PrintWriter(e)).execute(args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private int link(FakeWikidata wd, String... more) {
        List<String> args = new ArrayList<>(List.of("link", "--wikidata", "--store", store.toString(), "--endpoint",
                wd.endpoint()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private List<QuerySolution> select(String sparql) {
        try (GraphStore gs = GraphStore.open(store)) {
            Dataset ds = gs.dataset();
            return Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + sparql)
                        .set(GraphStore.UNION_DEFAULT_GRAPH, true).build()) {
                    List<QuerySolution> rows = new ArrayList<>();
                    // Copied inside the transaction: TDB2 resolves a solution's nodes lazily.
                    qe.execSelect().forEachRemaining(sol -> {
                        QuerySolutionMap copy = new QuerySolutionMap();
                        copy.addAll(sol);
                        rows.add(copy);
                    });
                    return rows;
                }
            });
        }
    }

    /** actor key -> candidate QID -> score, of the proposals in the proposed-links graph. */
    private Map<String, Map<String, BigDecimal>> proposals() {
        Map<String, Map<String, BigDecimal>> m = new HashMap<>();
        for (QuerySolution s : select("""
                SELECT ?a ?c ?score WHERE { GRAPH <https://w3id.org/newsgraph/id/graph/proposed-links> {
                  ?p a ng:ProposedLink ; ng:subject ?a ; ng:candidate ?c ; ng:score ?score } }""")) {
            String a = s.getResource("a").getURI().substring(E.length());
            String c = s.getResource("c").getURI().substring(WD.length());
            assertEquals("http://www.w3.org/2001/XMLSchema#decimal", s.getLiteral("score").getDatatypeURI());
            m.computeIfAbsent(a, k -> new HashMap<>()).put(c, new BigDecimal(s.getLiteral("score").getLexicalForm()));
        }
        return m;
    }

    private Set<String> quads() {
        try (GraphStore gs = GraphStore.open(store)) {
            return Txn.calculateRead(gs.dataset(), () -> {
                Set<String> all = new TreeSet<>();
                gs.dataset().asDatasetGraph().find().forEachRemaining((Quad q) -> all.add(q.toString()));
                return all;
            });
        }
    }

    @Test
    void writesScoredProposalsForUnlinkedActorsAndNeverSameAs() throws Exception {
        long sameAsBefore = select("SELECT * WHERE { ?s owl:sameAs ?o }").size();
        try (FakeWikidata wd = new FakeWikidata()) {
            assertEquals(0, link(wd), err);
        }
        Map<String, Map<String, BigDecimal>> p = proposals();
        // Exact label, right type, domain word, first hit: the top of the scale.
        assertEquals(Set.of("Q4161471"), p.get("peskov").keySet(), out);
        assertTrue(p.get("peskov").get("Q4161471").compareTo(new BigDecimal("0.95")) >= 0, p.toString());
        assertEquals(Set.of("Q65933612"), p.get("deere").keySet(), "John Deere is no proposal: " + out);
        assertEquals(Set.of("Q224403"), p.get("rt").keySet(), "the disambiguation page and 'retweet' are not: " + out);
        assertEquals(Set.of("Q8057390"), p.get("yjc").keySet());
        // Found through its surface form "YPG" once its label found nothing.
        assertEquals(Set.of("Q1197838"), p.get("ypg").keySet(), out);
        // The Moscow Kremlin (a fortress) and the disambiguation page do not fit a government body.
        assertFalse(p.containsKey("kremlin"), out);
        // Best candidate first in the output; the specific army outscores the armed forces it belongs to.
        assertTrue(p.get("syrian-army").get("Q2622633").compareTo(p.get("syrian-army").get("Q2396012")) > 0);
        p.values().forEach(m -> m.values().forEach(s -> assertTrue(s.compareTo(new BigDecimal("0.70")) >= 0
                && s.compareTo(BigDecimal.ONE) <= 0, p.toString())));

        List<QuerySolution> peskov = select("""
                SELECT ?m ?t ?l ?d ?b WHERE { ?p ng:subject <https://w3id.org/newsgraph/id/entity/peskov> ;
                  ng:method ?m ; prov:generatedAtTime ?t ; ng:candidateLabel ?l ; ng:candidateDescription ?d ;
                  ng:scoreBasis ?b }""");
        assertEquals(1, peskov.size());
        assertEquals("wbsearchentities+wbgetentities", peskov.get(0).getLiteral("m").getString());
        assertEquals("Dmitry Peskov", peskov.get(0).getLiteral("l").getString());
        assertTrue(peskov.get(0).getLiteral("b").getString().contains("Q5"), peskov.get(0).toString());

        assertEquals(sameAsBefore, select("SELECT * WHERE { ?s owl:sameAs ?o }").size(), "a proposal became sameAs");
        assertTrue(select("SELECT * WHERE { ?s skos:closeMatch ?o }").isEmpty());
        assertTrue(out.contains("Dmitry Peskov") && out.contains("Q4161471"), out);

        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        try (GraphStore gs = GraphStore.open(store)) {
            ValidationReport report = Txn.calculateRead(gs.dataset(), () -> {
                Graph union = gs.dataset().asDatasetGraph().getUnionGraph();
                return ShaclValidator.get().validate(shapes, union);
            });
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            ShLib.printReport(buf, report);
            assertTrue(report.conforms(), buf.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void rerunningAddsNoDuplicatesAndRefreshReplaces() throws Exception {
        try (FakeWikidata wd = new FakeWikidata()) {
            assertEquals(0, link(wd), err);
            Map<String, Map<String, BigDecimal>> first = proposals();
            long nodes = select("SELECT ?p WHERE { ?p a ng:ProposedLink }").size();
            List<String> firstSearches = wd.searched();

            assertEquals(0, link(wd), err);
            List<String> again = wd.searched().subList(firstSearches.size(), wd.searched().size());
            assertFalse(again.contains("Dmitry Peskov"), "an actor with proposals was looked up again: " + again);
            assertEquals(first, proposals());

            assertEquals(0, link(wd, "--refresh"), err);
            assertTrue(wd.searched().lastIndexOf("Dmitry Peskov") > firstSearches.size(), "--refresh looks up again");
            assertEquals(first, proposals());
            assertEquals(nodes, select("SELECT ?p WHERE { ?p a ng:ProposedLink }").size());
            assertTrue(select("""
                    SELECT ?p WHERE { ?p a ng:ProposedLink ; ?prop ?v1 , ?v2 .
                      FILTER(?prop IN (ng:score, prov:generatedAtTime, ng:subject, ng:candidate) && ?v1 != ?v2) }""")
                    .isEmpty(), "a proposal has two scores, times, subjects or candidates");
        }
    }

    @Test
    void actorsAlreadyLinkedAndPlacesAreNeverQueried() throws Exception {
        Set<String> linkedNames = new HashSet<>();
        for (QuerySolution s : select("""
                SELECT ?n WHERE { GRAPH <https://w3id.org/newsgraph/id/graph/entities> {
                  { ?e owl:sameAs ?w } UNION { ?e a ng:Place } { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n } } }""")) {
            linkedNames.add(s.getLiteral("n").getString());
        }
        assertTrue(linkedNames.contains("Vladimir Putin") && linkedNames.contains("Idlib Governorate"), linkedNames.toString());
        try (FakeWikidata wd = new FakeWikidata()) {
            assertEquals(0, link(wd), err);
            assertFalse(wd.searched().isEmpty());
            for (String q : wd.searched()) {
                assertFalse(linkedNames.contains(q) && !q.equals("Kremlin"), "searched a linked actor or a place: " + q);
            }
            assertFalse(wd.searched().contains("Vladimir Putin"));
            assertFalse(wd.searched().contains("Russia"));
            for (FakeWikidata.Request r : wd.requests()) {
                assertTrue(r.userAgent() != null && r.userAgent().startsWith("newsgraph/"), r.toString());
                assertEquals("json", r.params().get("format"));
            }
        }
    }

    @Test
    void unreachableEndpointLeavesTheStoreUnchanged() throws Exception {
        Set<String> before = quads();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        int code = run("link", "--wikidata", "--store", store.toString(), "--endpoint",
                "http://127.0.0.1:" + port + "/w/api.php", "--timeout", "5");
        assertEquals(3, code, out + err);
        assertTrue(err.contains("cannot reach the Wikidata API at http://127.0.0.1:" + port), err);
        assertTrue(err.contains("nothing was written"), err);
        assertEquals(before, quads());
    }

    @Test
    void aServiceFailingHalfwayWritesNothing() throws Exception {
        Set<String> before = quads();
        try (FakeWikidata wd = new FakeWikidata()) {
            wd.failAfter(6);
            assertEquals(3, link(wd), out + err);
            assertTrue(err.contains("HTTP 503"), err);
            assertTrue(wd.requests().size() > 1, "some lookups succeeded before the failure");
        }
        assertEquals(before, quads());
    }

    @Test
    void refusesWithoutASourceOrAStore() throws IOException {
        assertEquals(2, run("link", "--store", store.toString()));
        assertTrue(err.contains("--wikidata"), err);
        assertEquals(2, run("link", "--wikidata", "--store", tmp.resolve("nowhere").toString()));
        assertTrue(err.contains("no store at"), err);
        assertFalse(Files.exists(tmp.resolve("nowhere")), "a missing store must not be created");
    }
}

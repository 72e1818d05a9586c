package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SeedStore;
import org.newsgraph.extract.Extractor;
import org.newsgraph.store.GraphStore;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.store.SearchIndex;

/**
 * Full-text and spatial queries over real HTTP: against {@link NewsgraphServer} on the seeds, and against a stock
 * Fuseki ({@code FusekiMainCmd --config fuseki-config/newsgraph.ttl}, no newsgraph classes on its classpath).
 */
class SearchServerIT {
    static final String TEXT_QUERY = "PREFIX text: <http://jena.apache.org/text#>\n"
            + "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
            + "SELECT ?s ?quote WHERE { ?s text:query 'unacceptable' ; ng:quote ?quote }";
    static final String LABEL_QUERY = "PREFIX text: <http://jena.apache.org/text#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "SELECT ?s WHERE { GRAPH <https://w3id.org/newsgraph/id/graph/entities> { ?s text:query (rdfs:label 'Erdogan') } }";
    static final String NEAR_ALEPPO = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            + "PREFIX geo: <http://www.opengis.net/ont/geosparql#>\n"
            + "PREFIX spatialF: <http://jena.apache.org/function/spatial#>\n"
            + "PREFIX uom: <http://www.opengis.net/def/uom/OGC/1.0/>\n"
            + "SELECT ?place ?km WHERE { ?a skos:altLabel 'Aleppo' ; geo:hasGeometry/geo:asWKT ?here .\n"
            + "  ?p a ng:Place ; rdfs:label ?place ; geo:hasGeometry/geo:asWKT ?there .\n"
            + "  BIND(spatialF:greatCircleGeom(?here, ?there, uom:kilometre) AS ?km) FILTER(?km <= 100) }";

    private static List<Map<String, String>> select(String endpoint, String query) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            ResultSet rs = qe.execSelect();
            List<Map<String, String>> rows = new ArrayList<>();
            rs.forEachRemaining(r -> {
                Map<String, String> row = new java.util.TreeMap<>();
                r.varNames().forEachRemaining(v -> row.put(v, r.get(v).isLiteral()
                        ? r.getLiteral(v).getLexicalForm() : r.get(v).toString()));
                rows.add(row);
            });
            return rows;
        }
    }

    /** The three Peskov quotes of the seeds that call attacks from Idlib unacceptable, each found once. */
    static void assertSearchAndSpatial(String endpoint) {
        List<Map<String, String>> quotes = select(endpoint, TEXT_QUERY);
        assertEquals(3, quotes.size(), quotes.toString());
        assertEquals(3, quotes.stream().map(r -> r.get("s")).distinct().count(), quotes.toString());
        assertTrue(quotes.stream().allMatch(r -> r.get("quote").contains("unacceptable")), quotes.toString());
        assertEquals(List.of(Map.of("s", "https://w3id.org/newsgraph/id/entity/erdogan")), select(endpoint, LABEL_QUERY));
        Map<String, Double> near = new java.util.TreeMap<>();
        select(endpoint, NEAR_ALEPPO).forEach(r -> near.put(r.get("place"), Double.parseDouble(r.get("km"))));
        assertEquals(0.0, near.get("Aleppo Governorate"), 0.001, near.toString());
        assertEquals(83.7, near.get("Idlib Governorate"), 0.5, near.toString());
        assertTrue(!near.containsKey("Hama Governorate") && !near.containsKey("Sochi"), near.toString());
    }

    @Test
    void findsQuotesNamesAndNearbyPlacesOverHttp() throws Exception {
        try (NewsgraphServer server = NewsgraphServer.builder().store(SeedStore.copy()).port(0).build().start()) {
            assertSearchAndSpatial(server.sparqlUrl());
            // A query without text or geo functions is answered as before.
            HttpResponse<String> r = Http.query(server.sparqlUrl(), "SELECT (COUNT(*) AS ?n) WHERE { ?a a "
                    + "<https://w3id.org/newsgraph/ontology#Article> }");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("\"5\""), r.body());
        }
    }

    @Test
    void serveBuildsAMissingIndexAndReleasesItOnClose(@TempDir Path tmp) throws Exception {
        Path store = tmp.resolve("store");
        try (GraphStore gs = GraphStore.open(store)) {
            new Ingestion(gs, Extractor.builder().build()).run(List.of("seeds/003_f3cbd4cda5a5ffaf.txt"), System.in,
                    new PrintWriter(new StringWriter()), 0);
        }
        deleteTree(SearchIndex.location(store));
        try (NewsgraphServer server = NewsgraphServer.builder().store(store).port(0).build().start()) {
            assertEquals(1, select(server.sparqlUrl(), TEXT_QUERY).size());
        }
        // The server let go of the Lucene writer and the TDB2 store: an ingest can open them again.
        try (GraphStore gs = GraphStore.open(store)) {
            assertEquals(-1, gs.rebuiltOnOpen());
        }
    }

    @Test
    void stockFusekiServesTheConfigurationFile(@TempDir Path tmp) throws Exception {
        Path lib = Path.of("target", "lib");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(lib), "target/lib not built (mvn package)");
        // The configuration names data/store relative to the working directory, as a stock Fuseki uses it.
        Path store = tmp.resolve("data").resolve("store");
        try (GraphStore gs = GraphStore.open(store)) {
            new Ingestion(gs, Extractor.builder().build()).run(List.of("seeds"), System.in,
                    new PrintWriter(new StringWriter()), 0);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", lib.toAbsolutePath() + "/*",
                "org.apache.jena.fuseki.main.cmds.FusekiMainCmd", "--localhost", "--port=" + port,
                "--config=" + Path.of("fuseki-config", "newsgraph.ttl").toAbsolutePath())
                .directory(tmp.toFile()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("fuseki.log").toFile()).start();
        try {
            String base = "http://127.0.0.1:" + port;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (true) {
                assertTrue(p.isAlive(), "Fuseki exited: " + Files.readString(tmp.resolve("fuseki.log")));
                try {
                    if (Http.get(base + "/newsgraph/sparql?query=ASK%7B%7D").statusCode() == 200) {
                        break;
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                assertTrue(System.nanoTime() < deadline, "Fuseki did not start: " + Files.readString(tmp.resolve("fuseki.log")));
                Thread.sleep(500);
            }
            assertSearchAndSpatial(base + "/newsgraph/sparql");
        } finally {
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
    }

    private static void deleteTree(Path p) throws Exception {
        try (var s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}

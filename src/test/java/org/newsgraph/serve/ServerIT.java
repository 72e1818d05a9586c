package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.SeedStore;

/** The seeds store served by the real Fuseki on a free port, checked over real HTTP. */
class ServerIT {
    private static final String PREFIXES = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    private static NewsgraphServer server;
    private static String sparql;

    @BeforeAll
    static void start() throws Exception {
        Path store = SeedStore.copy();
        server = NewsgraphServer.builder().store(store).port(0).timeoutMillis(2000).build().start();
        sparql = server.sparqlUrl();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static long count(String where) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(sparql)
                .query(PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }").build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void servesFiveArticlesOverTheUnionGraph() {
        assertEquals(5, count("?a a ng:Article"));
    }

    @Test
    void keepsOneNamedGraphPerArticlePlusEntities() {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(sparql)
                .query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").build()) {
            ResultSet rs = qe.execSelect();
            List<String> graphs = new java.util.ArrayList<>();
            rs.forEachRemaining((QuerySolution s) -> graphs.add(s.getResource("g").getURI()));
            assertTrue(graphs.size() >= 6, "graphs: " + graphs);
            assertTrue(graphs.contains("https://w3id.org/newsgraph/id/graph/entities"));
            assertTrue(graphs.contains("https://w3id.org/newsgraph/id/graph/000_badb6536dc7ab645"));
        }
    }

    @ParameterizedTest
    @CsvSource({"Article", "Mention", "Statement", "Agreement", "AgreementMention", "Incident", "Meeting", "Person",
            "State", "GovernmentBody", "MilitaryForce", "ArmedGroup", "MediaOutlet", "InternationalOrganization", "Place",
            "ExtractionRun"})
    void holdsEveryNodeKind(String type) {
        assertTrue(count("?x a ng:" + type) > 0, "no ng:" + type);
    }

    @Test
    void everyNodeHasAReadableLabel() {
        assertEquals(0, count("?x a ?t . FILTER(STRSTARTS(STR(?t), STR(ng:))) FILTER NOT EXISTS { ?x rdfs:label ?l }"));
    }

    @Test
    void mentionOffsetsPointAtTheirAnchorText() {
        assertEquals(0, count("?m a ng:Mention ; ng:anchor ?an ; ng:begin ?b ; ng:end ?e ; ng:inArticle ?a . "
                + "?a ng:text ?t . FILTER(SUBSTR(?t, ?b + 1, ?e - ?b) != ?an)"));
        assertTrue(count("?m a ng:Mention") > 50);
    }

    @Test
    void refusesSparqlUpdate() throws Exception {
        HttpResponse<String> r = Http.send("POST", sparql, "application/sparql-update",
                "INSERT DATA { <urn:x> <urn:y> <urn:z> }");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "update got " + r.statusCode());
        r = Http.send("POST", server.baseUrl() + "newsgraph/update", "application/sparql-update",
                "INSERT DATA { <urn:x> <urn:y> <urn:z> }");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "update endpoint got " + r.statusCode());
        assertEquals(0, count("<urn:x> ?p ?o"));
    }

    @ParameterizedTest
    @CsvSource({"PUT,newsgraph/data", "POST,newsgraph/data", "DELETE,newsgraph/data", "PUT,newsgraph",
            "POST,newsgraph?default", "PUT,newsgraph/sparql?default"})
    void refusesGraphStoreWrites(String method, String path) throws Exception {
        HttpResponse<String> r = Http.send(method, server.baseUrl() + path, "text/turtle", "<urn:a> <urn:b> <urn:c> .");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, method + " " + path + " got " + r.statusCode());
        assertEquals(0, count("<urn:a> ?p ?o"));
    }

    @ParameterizedTest
    @CsvSource({"POST,$/datasets?dbName=evil&dbType=mem", "DELETE,$/datasets/newsgraph", "POST,$/backup/newsgraph",
            "POST,$/compact/newsgraph", "POST,$/tasks", "POST,$/sleep", "POST,$/reload", "DELETE,$/tasks/1"})
    void refusesStateChangingAdminCalls(String method, String path) throws Exception {
        HttpResponse<String> r = Http.send(method, server.baseUrl() + path, "application/x-www-form-urlencoded", "");
        assertTrue(r.statusCode() == 403 || r.statusCode() == 404 || r.statusCode() == 405,
                method + " " + path + " got " + r.statusCode());
        assertEquals(5, count("?a a ng:Article"), "the dataset is still there");
    }

    @Test
    void answersStatusAndUiPages() throws Exception {
        assertEquals(200, Http.get(server.baseUrl()).statusCode());
        assertTrue(Http.get(server.baseUrl()).body().contains("<html"), "UI index page");
        assertEquals(200, Http.get(server.baseUrl() + "$/ping").statusCode());
        assertEquals(200, Http.get(server.baseUrl() + "$/server").statusCode());
        assertEquals(200, Http.get(server.baseUrl() + "newsgraph/query?query="
                + java.net.URLEncoder.encode("ASK {}", java.nio.charset.StandardCharsets.UTF_8)).statusCode());
    }

    @Test
    void stopsAnExplosiveQueryAtTheTimeout() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = Http.query(sparql, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        double secs = (System.nanoTime() - t0) / 1e9;
        assertEquals(503, r.statusCode(), "expected a timeout, got " + r.statusCode() + ": " + r.body());
        assertTrue(secs < 20, "took " + secs + " s");
    }

    @Test
    void refusesServiceOutsideTheAllowlist() throws Exception {
        HttpResponse<String> r = Http.query(sparql, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "got " + r.statusCode());
        assertTrue(r.body().contains("allowlist"), r.body());
        r = Http.query(sparql, "SELECT * WHERE { BIND(<http://169.254.169.254/latest> AS ?x) SERVICE ?x { ?s ?p ?o } }");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "computed SERVICE got " + r.statusCode());
    }

    @Test
    void letsWikidataThroughTheAllowlist() throws Exception {
        HttpResponse<String> r = Http.query(sparql,
                "SELECT * WHERE { SERVICE SILENT <https://query.wikidata.org/sparql> { ?s ?p ?o } } LIMIT 1");
        assertFalse(r.body().contains("allowlist"), "Wikidata must pass the allowlist: " + r.body());
    }

    @Test
    void sendsCorsHeaders() throws Exception {
        HttpResponse<String> r = Http.send("OPTIONS", sparql + "?query=ASK%7B%7D", null, null);
        java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(sparql + "?query=ASK%7B%7D"))
                .header("Origin", "http://example.org").GET().build();
        HttpResponse<String> g = java.net.http.HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        assertTrue(g.headers().firstValue("Access-Control-Allow-Origin").isPresent(), "no CORS header; OPTIONS gave "
                + r.statusCode());
    }
}

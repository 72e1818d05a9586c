package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.Test;
import org.newsgraph.SeedStore;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.store.GraphStore;

/**
 * The catalogue's results are worked out as the server starts, answered at once, identical to what Fuseki answers,
 * kept on disk for the store's state and never served once the store has changed.
 */
class PrecomputedResultsIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Every article that names the Sochi memorandum, with its wording: changes when one of them is deleted. */
    private static final String QUERY = "03-sochi-memorandum-wordings.rq";

    @Test
    void catalogueResultsAreKeptPerStoreStateAndMatchFuseki() throws Exception {
        Path store = SeedStore.copy();
        String query = Files.readString(Path.of("queries", QUERY));
        // the same query with a comment more is not the catalogue's text: Fuseki runs it
        String asked = query + "\n# asked by hand\n";

        Map<Path, FileTime> kept;
        String firstJson;
        try (NewsgraphServer s = start(store)) {
            HttpResponse<String> pre = get(s, query, "application/sparql-results+json,*/*;q=0.9", null);
            HttpResponse<String> ran = get(s, asked, "application/sparql-results+json,*/*;q=0.9", null);
            assertEquals(200, pre.statusCode());
            assertTrue(pre.headers().firstValue(PrecomputedResults.HEADER).orElse("").startsWith(
                    "computed on store state "), pre.headers().map().toString());
            assertNull(ran.headers().firstValue(PrecomputedResults.HEADER).orElse(null), "not the catalogue's text");
            assertTrue(pre.headers().firstValue("Content-Type").orElse("").startsWith(
                    "application/sparql-results+json"));
            assertSameRows(ran.body(), pre.body());
            assertTrue(rows(pre.body()).size() >= 3, pre.body());
            firstJson = pre.body();

            HttpResponse<String> csv = get(s, query, null, "csv");
            assertTrue(csv.headers().firstValue(PrecomputedResults.HEADER).isPresent());
            assertEquals(get(s, asked, null, "csv").body(), csv.body(), "the landing page's CSV link");

            // a POSTed form (Fuseki's query editor) is the same request
            HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(s.baseUrl()
                            + NewsgraphServer.NAME + "/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json,*/*;q=0.9")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(form.headers().firstValue(PrecomputedResults.HEADER).isPresent());
            assertEquals(firstJson, form.body());

            // a form too large to read is refused as before, without a trace of the server's code
            HttpResponse<String> huge = HTTP.send(HttpRequest.newBuilder(URI.create(s.baseUrl()
                            + NewsgraphServer.NAME + "/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + "x".repeat(1 << 20))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(huge.statusCode() >= 400 && huge.statusCode() < 500, huge.statusCode() + " " + huge.body());
            assertFalse(huge.body().contains("at org."), huge.body());

            // another format, or another parameter, goes to Fuseki
            assertFalse(get(s, query, "application/sparql-results+xml", null).headers()
                    .firstValue(PrecomputedResults.HEADER).isPresent());
            kept = files(store);
            long localQueries = QueryCatalogue.load(Path.of("queries")).stream().filter(e -> !e.federated()).count();
            assertEquals(2 * localQueries, kept.keySet().stream().filter(f -> f.getFileName().toString()
                    .startsWith("query-")).count(), "JSON and CSV of every local catalogue query: " + kept);
        }

        // a restart on the same store reads them back instead of running the queries again
        try (NewsgraphServer s = start(store)) {
            assertEquals(kept, files(store));
            assertEquals(firstJson, get(s, query, "application/sparql-results+json", null).body());
        }

        // a write to the store is a new state: the old results are gone, the new ones are Fuseki's answer
        try (GraphStore gs = GraphStore.open(store)) {
            assertTrue(Ingestion.delete(gs, "004_289c97c6adab94b1") > 0);
        }
        try (NewsgraphServer s = start(store)) {
            HttpResponse<String> pre = get(s, query, "application/sparql-results+json", null);
            assertTrue(pre.headers().firstValue(PrecomputedResults.HEADER).isPresent());
            assertSameRows(get(s, asked, "application/sparql-results+json", null).body(), pre.body());
            assertNotEquals(firstJson, pre.body(), "the deleted article named the memorandum");
            Map<Path, FileTime> now = files(store);
            assertEquals(kept.size(), now.size());
            assertTrue(now.keySet().stream().noneMatch(kept::containsKey), "the old state's results are deleted");
        }
    }

    private static NewsgraphServer start(Path store) throws InterruptedException {
        NewsgraphServer s = NewsgraphServer.builder().store(store).port(0).landingPage(LandingPage.withoutDownloads())
                .build().start();
        assertTrue(s.awaitWarmUp(120_000), "start-up work done");
        return s;
    }

    private static HttpResponse<String> get(NewsgraphServer s, String query, String accept, String format)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl() + NewsgraphServer.NAME + "/sparql?"
                + (format == null ? "" : "format=" + format + "&") + "query=" + enc(query)));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static ResultSetRewindable rows(String json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        return rs.rewindable();
    }

    private static void assertSameRows(String expected, String actual) {
        assertTrue(ResultSetCompare.equalsByTermAndOrder(rows(expected), rows(actual)), actual);
    }

    /** The kept result files with their modification times. */
    private static Map<Path, FileTime> files(Path store) throws Exception {
        Map<Path, FileTime> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(store.resolve(StateFiles.DIR))) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(p, Files.getLastModifiedTime(p));
            }
        }
        return out;
    }
}

package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsgraph.SeedStore;

/**
 * The server under hostile and heavy use, over real HTTP against the real Fuseki on the seeds store: functions that
 * escape the timeout, a full query queue, results cut by the timeout or the size limit, browser safety headers and
 * CORS, the {@code stylesheet} parameter, internals in {@code /$/server}, a SERVICE redirect, parallel downloads.
 *
 * <p>The server runs with small limits so the effects show quickly: a 2 s timeout, 2 queries at once (1 per client),
 * results up to 3 MB.
 */
@Tag("torture")
class ServerHardeningIT {
    private static final String AFN = "http://jena.apache.org/ARQ/function#";
    private static final String EXPLOSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static NewsgraphServer server;
    private static String sparql;
    private static HttpServer redirecting;
    private static HttpServer target;
    private static final AtomicInteger targetHits = new AtomicInteger();
    private static final AtomicInteger exportsWritten = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        target.createContext("/", ex -> {
            targetHits.incrementAndGet();
            byte[] b = "{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[{}]}}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        target.start();
        redirecting = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        redirecting.createContext("/", ex -> {
            ex.getResponseHeaders().set("Location", "http://127.0.0.1:" + target.getAddress().getPort() + "/sparql");
            ex.sendResponseHeaders(307, -1);
            ex.close();
        });
        redirecting.start();
        LandingPage.Downloads counting = LandingPage.Downloads.of(() -> List.of("trig"), (ds, format, out) -> {
            exportsWritten.incrementAndGet();
            org.apache.jena.system.Txn.executeRead(ds, () -> RDFDataMgr.write(out, ds, Lang.TRIG));
        });
        server = NewsgraphServer.builder().store(SeedStore.copy()).port(0).timeoutMillis(2000)
                .maxQueries(2, 1).maxResultBytes(3L << 20)
                .serviceAllowlist(Set.of(redirectingUrl()))
                .landingPage(new LandingPage(Path.of("queries"), counting))
                .build().start();
        sparql = server.sparqlUrl();
    }

    private static String redirectingUrl() {
        return "http://127.0.0.1:" + redirecting.getAddress().getPort() + "/sparql";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (redirecting != null) {
            redirecting.stop(0);
        }
        if (target != null) {
            target.stop(0);
        }
    }

    // -- functions

    @Test
    void refusesFunctionsThatSleepPrintOrLoadClasses() throws Exception {
        for (String f : List.of("<" + AFN + "wait>(5000)", "<java:org.apache.jena.sparql.function.library.wait>(5000)",
                "<" + AFN + "print>(\"forged log line\")", "<java:java.lang.Runtime>()")) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = Http.query(sparql, "SELECT (" + f + " AS ?x) WHERE {}");
            double secs = (System.nanoTime() - t0) / 1e9;
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, f + " gave " + r.statusCode() + ": " + r.body());
            assertTrue(r.body().contains("is not available on this server"), f + ": " + r.body());
            assertTrue(secs < 2, f + " took " + secs + " s");
        }
        HttpResponse<String> inFilter = Http.query(sparql,
                "ASK { FILTER(<" + AFN + "wait>(5000) || true) }");
        assertTrue(inFilter.statusCode() >= 400 && inFilter.statusCode() < 500, "in a FILTER: " + inFilter.body());
    }

    @Test
    void keepsTheFunctionsAnalystsUse() throws Exception {
        HttpResponse<String> r = Http.query(sparql, "PREFIX afn: <" + AFN + "> SELECT ?x ?y ?z WHERE { "
                + "BIND(afn:localname(<http://example.org/a#Idlib>) AS ?x) BIND(STRLEN(\"Sochi\") AS ?y) "
                + "BIND(<http://www.w3.org/2005/xpath-functions#upper-case>(\"ypg\") AS ?z) }");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"Idlib\"") && r.body().contains("\"5\"") && r.body().contains("\"YPG\""),
                r.body());
        HttpResponse<String> text = Http.query(sparql, "PREFIX text: <http://jena.apache.org/text#> "
                + "SELECT (COUNT(*) AS ?n) WHERE { ?s text:query 'Sochi' }");
        assertEquals(200, text.statusCode(), text.body());
        assertFalse(text.body().contains("\"0\""), "text:query must still find Sochi: " + text.body());
    }

    // -- cut-off results

    @Test
    void aResultCutByTheTimeoutBeforeItsFirstMegabyteIsA503() throws Exception {
        // a few rows at once, then a branch that grinds without producing any until the timeout
        HttpResponse<String> r = Http.query(sparql, "SELECT * WHERE { { ?s a <https://w3id.org/newsgraph/ontology#"
                + "Article> } UNION { ?a ?b ?c . ?d ?e ?f . FILTER(STRLEN(CONCAT(STR(?c), STR(?f))) < 0) } }");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("cut off") && r.body().contains("time limit"), r.body());
        assertFalse(r.body().contains("\"bindings\""), "no partial JSON: " + r.body());
    }

    @Test
    void aResultCutAfterItsFirstMegabyteBreaksTheConnection() throws Exception {
        // rows stream fast, far more than the size limit and the timeout allow: the client must see an error
        HttpRequest req = HttpRequest.newBuilder(URI.create(sparql)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }")).build();
        try {
            HttpResponse<String> r = CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
            assertNotEquals(200, r.statusCode(), "a cut result was delivered as complete, " + r.body().length()
                    + " chars ending " + tail(r.body()));
        } catch (IOException expected) {
            // the body ended without its last chunk: detectable
        }
    }

    @Test
    void aResultWithinTheLimitsIsCompleteWithItsLength() throws Exception {
        HttpResponse<String> r = Http.query(sparql, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 3000");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Length").isPresent() || r.body().length() > CutOffResponse.HOLD_BYTES,
                "a held-back result is sent with its length");
        assertTrue(r.body().trim().endsWith("}"), tail(r.body()));
        assertFalse(r.body().contains("Query cancelled"));
    }

    @Test
    void sortsOverACartesianProductStopAtTheTimeout() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = Http.query(sparql, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f");
        double secs = (System.nanoTime() - t0) / 1e9;
        assertEquals(503, r.statusCode(), r.body().length() > 300 ? tail(r.body()) : r.body());
        assertTrue(secs < 20, "took " + secs + " s");
    }

    // -- load

    @Test
    void slowQueriesFromOneClientLeaveRoomForOthers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<HttpResponse<String>>> slow = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                slow.add(pool.submit(() -> Http.query(sparql, EXPLOSIVE)));
            }
            Thread.sleep(300);
            long t0 = System.nanoTime();
            String cheap = rawQuery("127.0.0.2", "ASK { ?s ?p ?o }");
            double cheapSecs = (System.nanoTime() - t0) / 1e9;
            assertTrue(cheap.startsWith("HTTP/1.1 200"), "a query from another client: " + firstLine(cheap));
            assertTrue(cheap.contains("true"), cheap);
            assertTrue(cheapSecs < 1.5, "another client's cheap query waited " + cheapSecs + " s");
            t0 = System.nanoTime();
            HttpResponse<String> landing = Http.get(server.baseUrl() + "newsgraph/");
            double landingSecs = (System.nanoTime() - t0) / 1e9;
            assertEquals(200, landing.statusCode());
            assertTrue(landingSecs < 1.5, "the landing page took " + landingSecs + " s");
            int busy = 0;
            for (Future<HttpResponse<String>> f : slow) {
                HttpResponse<String> r = f.get();
                assertEquals(503, r.statusCode(), "every slow query is answered: " + r.body());
                if (r.body().contains("busy")) {
                    busy++;
                    assertTrue(r.headers().firstValue("Retry-After").isPresent(), "a busy answer says when to retry");
                }
            }
            assertTrue(busy > 0, "16 slow queries at 1 per client and 4 waiting: some must be turned away");
        } finally {
            pool.shutdownNow();
        }
    }

    // -- browser safety

    @Test
    void sendsSecurityHeadersOnPagesAndResults() throws Exception {
        for (String url : List.of(server.baseUrl(), server.baseUrl() + "newsgraph/",
                sparql + "?query=ASK%7B%7D")) {
            HttpResponse<String> r = Http.get(url);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), url);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), url + ": " + csp);
            assertFalse(csp.contains("script-src 'self' 'unsafe-inline'"), csp);
        }
    }

    @Test
    void allowsGetAndPostFromAnyOriginWithoutCredentials() throws Exception {
        HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(sparql + "?query=ASK%7B%7D"))
                .header("Origin", "http://graph-tool.example").header("Cookie", "session=1").GET());
        assertEquals(200, get.statusCode());
        assertEquals("*", get.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(get.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "no credentials");
        HttpResponse<String> post = preflight("POST");
        assertEquals(204, post.statusCode());
        String methods = post.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        assertTrue(methods.contains("POST") && !methods.contains("PUT") && !methods.contains("DELETE"), methods);
        for (String m : List.of("PUT", "DELETE", "PATCH")) {
            HttpResponse<String> r = preflight(m);
            assertEquals(403, r.statusCode(), m);
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), m + " must not be allowed");
        }
    }

    @Test
    void refusesTheStylesheetParameter() throws Exception {
        String xslt = "data:text/xml,%3Cx%3E";
        for (String q : List.of("?query=ASK%7B%7D&stylesheet=" + xslt, "?query=ASK%7B%7D&StyleSheet=" + xslt)) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(sparql + q))
                    .header("Accept", "application/sparql-results+xml").GET());
            assertEquals(400, r.statusCode(), q);
            assertFalse(r.body().contains("xml-stylesheet"), r.body());
        }
        HttpResponse<String> form = Http.send("POST", sparql, "application/x-www-form-urlencoded",
                "query=ASK%7B%7D&stylesheet=" + xslt);
        assertEquals(400, form.statusCode(), "in a form body too");
    }

    @Test
    void keepsServerInternalsPrivate() throws Exception {
        HttpResponse<String> info = Http.get(server.baseUrl() + "$/server");
        assertEquals(200, info.statusCode());
        assertTrue(info.body().contains("/newsgraph"), "the UI still finds the dataset: " + info.body());
        for (String internal : List.of("version", "uptime", "startDateTime")) {
            assertFalse(info.body().contains("\"" + internal + "\""), internal + " in " + info.body());
        }
        assertEquals(404, Http.get(server.baseUrl() + "$/stats").statusCode());
        assertEquals(404, Http.get(server.baseUrl() + "$/stats/newsgraph").statusCode());
    }

    // -- SERVICE

    @Test
    void followsNoRedirectFromAnAllowedServiceEndpoint() throws Exception {
        int before = targetHits.get();
        HttpResponse<String> r = Http.query(sparql, "SELECT * WHERE { SERVICE <" + redirectingUrl() + "> { ?s ?p ?o } }");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 600, "a redirected SERVICE call must fail, got "
                + r.statusCode());
        assertTrue(r.body().contains("redirect"), r.body());
        assertEquals(before, targetHits.get(), "the redirect target was contacted");
    }

    // -- downloads

    @Test
    void writesEachDownloadOnceWhateverTheNumberOfParallelRequests() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<byte[]>>> all = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                all.add(pool.submit(() -> CLIENT.send(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "newsgraph/export/trig")).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray())));
            }
            byte[] first = null;
            for (Future<HttpResponse<byte[]>> f : all) {
                HttpResponse<byte[]> r = f.get();
                assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
                assertEquals(String.valueOf(r.body().length), r.headers().firstValue("Content-Length").orElse(""));
                if (first == null) {
                    first = r.body();
                }
                assertTrue(java.util.Arrays.equals(first, r.body()), "every download is the same file");
            }
            assertTrue(first.length > 10_000, "the export holds the store: " + first.length + " bytes");
            assertEquals(1, exportsWritten.get(), "written once, sent eight times");
        } finally {
            pool.shutdownNow();
        }
    }

    // -- binding

    @Test
    void bindsExactlyTheAddressItIsGiven() throws Exception {
        try (NewsgraphServer other = NewsgraphServer.builder().store(SeedStore.copy()).port(0).host("127.0.0.2")
                .build().start()) {
            assertTrue(other.sparqlUrl().startsWith("http://127.0.0.2:"), other.sparqlUrl());
            assertEquals(200, Http.get(other.sparqlUrl() + "?query=ASK%7B%7D").statusCode());
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", other.port()), 2000);
                throw new AssertionError("bound to 127.0.0.2, but 127.0.0.1 answers too");
            } catch (java.net.ConnectException expected) {
                // refused: nothing listens there
            }
        }
    }

    // -- helpers

    private static HttpResponse<String> preflight(String method) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(sparql)).header("Origin", "http://graph-tool.example")
                .header("Access-Control-Request-Method", method)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return CLIENT.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A query sent from another loopback address (another client to the server), over a plain socket. */
    private static String rawQuery(String from, String query) throws IOException {
        byte[] body = query.getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /newsgraph/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                    + "Accept: application/sparql-results+json\r\nConnection: close\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\r');
        return i < 0 ? s : s.substring(0, i);
    }

    private static String tail(String s) {
        return s.substring(Math.max(0, s.length() - 200));
    }
}

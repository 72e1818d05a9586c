package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.SeedStore;
import org.newsgraph.export.StreamExport;
import org.newsgraph.model.EntityType;
import org.newsgraph.serve.LandingPage;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.QueryCatalogue;

/**
 * The landing page at {@code /newsgraph/}, served the way {@code newsgraph serve} and {@code newsgraph up} wire it
 * (through {@link ServeCommand.ServerOptions}), checked over real HTTP: live counts that agree with SPARQL, the
 * articles, every catalogue query as a working link into the Fuseki query editor, and downloads that parse back.
 */
class LandingPageIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String PREFIX = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n";
    private static NewsgraphServer server;
    private static String base;
    private static String page;

    @BeforeAll
    static void start() throws Exception {
        ServeCommand.ServerOptions o = new ServeCommand.ServerOptions();
        o.port = 0;
        o.host = "127.0.0.1";
        o.timeoutSeconds = 30;
        o.queries = Path.of("queries");
        server = o.build(SeedStore.copy()).start();
        base = server.baseUrl();
        HttpResponse<String> r = get(base + "newsgraph/");
        assertEquals(200, r.statusCode(), r.body());
        page = r.body();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long count(String where) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.sparqlUrl())
                .query(PREFIX + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { " + where + " }").build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void isAnHtmlPageAtTheDatasetPathAndTheBarePathRedirectsThere() throws Exception {
        HttpResponse<String> r = get(base + "newsgraph/");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.startsWith("<!DOCTYPE html>"), page.substring(0, 80));
        HttpResponse<String> bare = get(base + "newsgraph");
        assertEquals(302, bare.statusCode());
        assertTrue(bare.headers().firstValue("Location").orElse("").endsWith("/newsgraph/"));
        assertEquals(page.length(), get(base + "newsgraph/index.html").body().length());
    }

    @Test
    void leavesTheSparqlEndpointsAndTheFusekiUiWhereTheyWere() throws Exception {
        HttpResponse<String> ask = get(base + "newsgraph?query=ASK%7B%7D");
        assertEquals(200, ask.statusCode());
        assertTrue(ask.body().contains("boolean") && ask.body().contains("true"), ask.body());
        assertEquals(200, get(base + "newsgraph/sparql?query=ASK%7B%7D").statusCode());
        HttpResponse<String> ui = get(base);
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("Fuseki"), "the Fuseki UI stays at /");
    }

    @Test
    void showsLiveCountsThatAgreeWithSparql() {
        Map<String, Long> shown = new HashMap<>();
        Matcher m = Pattern.compile("data-kind=\"(\\w+)\">(\\d+)<").matcher(page);
        while (m.find()) {
            shown.put(m.group(1), Long.parseLong(m.group(2)));
        }
        List<String> kinds = new ArrayList<>(List.of("Article", "Statement", "Utterance", "Incident", "Event",
                "Meeting", "Agreement", "Mention"));
        for (EntityType t : EntityType.values()) {
            kinds.add(t.localName());
        }
        for (String k : kinds) {
            long expected = count("?x a ng:" + k);
            // every kind of fact, and all but the rarest actor classes, occur in the seeds
            assertTrue(expected > 0 || k.equals("Organization"), "the seeds hold ng:" + k);
            assertEquals(expected, shown.getOrDefault(k, 0L), "count of ng:" + k + " on the page");
        }
        assertEquals(5L, shown.get("Article"));
        assertTrue(shown.get("Utterance") < shown.get("Statement"), "the seeds' statements of one call fuse");
    }

    @Test
    void listsTheArticlesWithDatesAndOutletsEscaped() {
        assertTrue(page.contains("Kremlin Rebuffs Trump on Syria, Says Military Action in Idlib Is Justified"));
        assertTrue(page.contains("The Moscow Times"));
        assertTrue(page.contains("2019-06-03"));
        assertTrue(page.contains("Russia will support Syria&#39;s fight against terrorism"), "escaped apostrophe");
        assertFalse(page.contains("Syria's fight"), "unescaped text");
    }

    @Test
    void linksEveryCatalogueQueryIntoTheFusekiQueryEditor() throws Exception {
        List<QueryCatalogue.Entry> catalogue = QueryCatalogue.load(Path.of("queries"));
        assertTrue(catalogue.size() >= 15);
        Matcher m = Pattern.compile("<a class=\"question\" href=\"/#/dataset/newsgraph/query\\?query=([^\"]+)\">"
                + "([^<]+)</a>").matcher(page);
        Map<String, String> linked = new HashMap<>();
        while (m.find()) {
            linked.put(unescape(m.group(2)), URLDecoder.decode(unescape(m.group(1)), StandardCharsets.UTF_8));
        }
        for (QueryCatalogue.Entry e : catalogue) {
            assertEquals(e.text(), linked.get(e.question()), "editor link for " + e.fileName());
            HttpResponse<String> file = get(base + "newsgraph/queries/" + e.fileName());
            assertEquals(200, file.statusCode());
            assertEquals(e.text(), file.body());
        }
        assertEquals(404, get(base + "newsgraph/queries/none.rq").statusCode());
    }

    @Test
    void offersCsvResultsForLocalQueries() throws Exception {
        Matcher m = Pattern.compile("href=\"(/newsgraph/sparql\\?format=csv&amp;query=[^\"]+)\"").matcher(page);
        assertTrue(m.find(), "no CSV link");
        HttpResponse<String> csv = get(base + unescape(m.group(1)).substring(1));
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().lines().count() > 5, csv.body());
    }

    @Test
    void offersEveryExportFormatAndTheTrigDownloadHoldsTheWholeStore() throws Exception {
        List<LandingPage.Format> formats = StreamExport.formats().stream().map(LandingPage.Format::of).toList();
        assertTrue(formats.stream().map(LandingPage.Format::name).toList().containsAll(List.of("trig", "nquads",
                "jsonld")), formats.toString());
        for (LandingPage.Format f : formats) {
            assertTrue(page.contains("href=\"export/" + f.name() + "\""), "no link for " + f.name());
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "newsgraph/export/" + f.name()))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), f.name());
            assertEquals(f.mediaType(), r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            assertTrue(r.body().length > 1000, f.name() + " is " + r.body().length + " bytes");
        }
        byte[] trig = HTTP.send(HttpRequest.newBuilder(URI.create(base + "newsgraph/export/trig")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        Dataset ds = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(trig)).lang(Lang.TRIG).parse(ds);
        long quads = 0;
        for (var it = ds.asDatasetGraph().find(); it.hasNext(); it.next()) {
            quads++;
        }
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.sparqlUrl())
                .query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").build()) {
            assertEquals(qe.execSelect().next().getLiteral("n").getLong(), quads, "quads in the TriG download");
        }
        assertEquals(count("GRAPH ?x { ?s ?p ?o }"), (long) ds.asDatasetGraph().size(), "named graphs");
        assertEquals(404, get(base + "newsgraph/export/nosuchformat").statusCode());
    }

    @Test
    void isSelfContained() {
        assertFalse(page.contains("<script"), "no scripts");
        assertFalse(page.contains("<link"), "no stylesheets from elsewhere");
        assertFalse(page.contains("src="), "no images or frames");
        assertFalse(Pattern.compile("href=\"https?:").matcher(page).find(), "no links off the server");
    }

    @Test
    void escapesWhatTheCatalogueSays() throws Exception {
        Path dir = SeedStore.tempDir("newsgraph-queries");
        Files.writeString(dir.resolve("01-evil.rq"), "# Question: <script>alert(1)</script> & \"quotes\"?\n"
                + "SELECT * WHERE { ?s ?p ?o } LIMIT 1\n");
        try (NewsgraphServer s = NewsgraphServer.builder().store(SeedStore.copy()).port(0)
                .landingPage(new LandingPage(dir, LandingPage.Downloads.NONE)).build().start()) {
            String html = get(s.baseUrl() + "newsgraph/").body();
            assertFalse(html.contains("<script>alert(1)"), "unescaped question");
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;?"), html);
            assertTrue(html.contains("offers no downloads"));
        }
    }

    @Test
    void serveAndUpAnnounceTheLandingPage() {
        StringWriter out = new StringWriter();
        new ServeCommand.ServerOptions().announce(server, new PrintWriter(out));
        assertTrue(out.toString().contains(base + "newsgraph/"), out.toString());
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}

package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.store.GraphStore;

/**
 * News dumps (JSON Lines, CSV), URL lists, pages and RSS/Atom feeds go in as articles, with the metadata they give;
 * fetched from a local HTTP server (no test touches the internet), with the user agent, the size cap and the timeout
 * a polite crawler needs. Every text here is written for the test.
 */
class NewsInputsIT {
    private static final Extractor EXTRACTOR = Extractor.builder().build();
    private static final String STORY_A = "Turkish Defence Minister Hulusi Akar said on Thursday that the operation "
            + "east of the Euphrates would go on until the last fighter had left the border strip. He told "
            + "reporters in Ankara that the army had taken care to spare civilians.";
    private static final String STORY_B = "Kremlin spokesman Dmitry Peskov said on Friday that Moscow expected "
            + "Ankara to keep to the agreements reached in Sochi. Russian military police would patrol the area, "
            + "he added.";
    private static final String STORY_C = "The Syrian Observatory for Human Rights said on Saturday that shelling "
            + "near Maarat al-Numan had killed seven civilians, among them two children.";
    private static HttpServer server;
    private static String base;
    private static final List<String> agents = new CopyOnWriteArrayList<>();
    @TempDir
    static Path tmp;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        page("/news/akar-operation.html", "text/html", html("Akar: operation goes on", "2019-10-10", STORY_A));
        page("/news/peskov-sochi.html", "text/html", html(null, null, STORY_B));
        page("/feed.rss", "application/rss+xml", """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Test desk</title>
                <item><title>Kremlin expects Ankara to keep Sochi terms</title>
                  <link>%s/news/peskov-sochi.html</link><pubDate>Fri, 11 Oct 2019 09:30:00 GMT</pubDate></item>
                <item><title>Gone</title><link>%s/news/missing.html</link></item>
                </channel></rss>""".formatted(base, base));
        page("/atom.xml", "application/atom+xml", """
                <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
                <entry><title>Akar on the operation</title><link href="%s/news/akar-operation.html"/>
                <updated>2019-10-10T12:00:00Z</updated></entry></feed>""".formatted(base));
        page("/huge.html", "text/html", "<html><body><p>" + "word ".repeat(40_000) + "</p></body></html>");
        server.createContext("/slow.html", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void page(String path, String type, String body) {
        server.createContext(path, ex -> {
            agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            if (!ex.getRequestURI().getPath().equals(path)) {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
            ex.sendResponseHeaders(200, b.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        });
    }

    private static String html(String title, String date, String text) {
        return "<!doctype html><html><head>" + (title == null ? "" : "<title>" + title + "</title>")
                + (date == null ? "" : "<meta property=\"article:published_time\" content=\"" + date + "T08:00:00Z\">")
                + "</head><body><nav>Home | World | Sport</nav><article><p>" + text + "</p></article>"
                + "<footer>All rights reserved</footer></body></html>";
    }

    private static Ingestion.Summary ingest(Path store, List<String> inputs) throws IOException {
        try (GraphStore gs = GraphStore.open(store)) {
            return new Ingestion(gs, EXTRACTOR).fetcher(new Fetcher(Duration.ofSeconds(1), 64 * 1024, 0))
                    .run(inputs, InputStream.nullInputStream(), null, 0);
        }
    }

    /** Article IRI -> "title | published | publisher key | source URL". */
    private static Map<String, String> articles(Path store) {
        Map<String, String> out = new TreeMap<>();
        try (GraphStore gs = GraphStore.open(store)) {
            Txn.executeRead(gs.dataset(), () -> {
                String q = """
                        PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                        PREFIX dct: <http://purl.org/dc/terms/>
                        SELECT ?id ?t ?p ?o ?u WHERE { GRAPH ?g { ?a a ng:Article ; ng:articleId ?id .
                          OPTIONAL { ?a dct:title ?t } OPTIONAL { ?a ng:published ?p }
                          OPTIONAL { ?a ng:publisher ?o } OPTIONAL { ?a ng:sourceUrl ?u } } }""";
                try (QueryExecution qe = QueryExecution.dataset(gs.dataset()).query(q).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        out.put(s.getLiteral("id").getString(), str(s, "t") + " | " + str(s, "p") + " | "
                                + (s.get("o") == null ? "-" : s.getResource("o").getLocalName()) + " | " + str(s, "u"));
                    }
                }
            });
        }
        return out;
    }

    private static String str(QuerySolution s, String v) {
        return s.get(v) == null ? "-" : s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString();
    }

    @Test
    void jsonLinesAndCsvDumpsGiveOneArticlePerRecordWithTheirMetadataAndReportBadRecords() throws Exception {
        Path jsonl = tmp.resolve("dump.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"url\": \"https://www.reuters.com/world/akar-1\", \"title\": \"Akar vows to press on\", "
                        + "\"publish_date\": \"2019-10-10T08:00:00Z\", \"source\": {\"id\": \"reuters\", \"name\": "
                        + "\"Reuters\"}, \"content\": \"" + STORY_A + "\"}",
                "this line is not json",
                "{\"title\": \"no text here\", \"published\": \"2019-10-11\"}",
                "",
                "{\"link\": \"https://example.org/a/peskov\", \"headline\": \"Peskov on Sochi\", \"seendate\": "
                        + "\"20191011T093000Z\", \"media_name\": \"Unknown Weekly\", \"text\": \"" + STORY_B + "\"}"));
        Path csv = tmp.resolve("dump.csv");
        Files.writeString(csv, "title,published,outlet,url,text\n"
                + "\"Shelling near Maarat al-Numan\",\"Sat, 12 Oct 2019 10:00:00 GMT\",aljazeera.com,,\"" + STORY_C
                + "\n\nSecond paragraph, with a comma, and \"\"quotes\"\".\"\n");
        Path store = tmp.resolve("dumps");
        Ingestion.Summary s = ingest(store, List.of(jsonl.toString(), csv.toString()));
        assertEquals(3, s.added(), s.toString());
        assertEquals(2, s.failures().size(), s.failures().toString());
        assertTrue(s.failures().get(0).startsWith(jsonl + ":2: the record is not valid JSON"), s.failures().get(0));
        assertTrue(s.failures().get(1).startsWith(jsonl + ":3: the record has no text"), s.failures().get(1));
        assertTrue(s.warnings().stream().anyMatch(w -> w.contains("'Unknown Weekly' is not in the outlet table")),
                s.warnings().toString());
        Map<String, String> a = articles(store);
        assertEquals("Akar vows to press on | 2019-10-10 | reuters | https://www.reuters.com/world/akar-1",
                a.get(ArticleReader.idForUrl("https://www.reuters.com/world/akar-1")), a.toString());
        assertEquals("Peskov on Sochi | 2019-10-11 | - | https://example.org/a/peskov",
                a.get(ArticleReader.idForUrl("https://example.org/a/peskov")), a.toString());
        assertEquals("Shelling near Maarat al-Numan | 2019-10-12 | al-jazeera | -", a.get("dump.csv-1"), a.toString());
        // the same dump again: nothing changed, nothing written
        Ingestion.Summary again = ingest(store, List.of(jsonl.toString(), csv.toString()));
        assertEquals(3, again.unchanged());
        assertEquals(0, again.written().added());
    }

    @Test
    void pagesFeedsAndUrlListsAreFetchedPolitelyAndFailuresNameTheUrl() throws Exception {
        Path list = tmp.resolve("pages.urls");
        Files.writeString(list, "# pages to read\n" + base + "/news/akar-operation.html\n\nnot a url\n"
                + base + "/huge.html\n" + base + "/slow.html\n");
        Path store = tmp.resolve("web");
        Ingestion.Summary s = ingest(store, List.of(list.toString(), base + "/feed.rss", base + "/atom.xml"));
        // the list's page, the feed's reachable item; the Atom entry is the list's page again (unchanged)
        assertEquals(2, s.added(), s.toString());
        assertEquals(1, s.unchanged(), s.toString());
        List<String> f = s.failures();
        assertEquals(4, f.size(), f.toString());
        assertTrue(f.get(0).contains("not a url: not an http or https URL"), f.get(0));
        assertTrue(f.get(1).startsWith(base + "/huge.html: cannot fetch: larger than"), f.get(1));
        assertTrue(f.get(2).startsWith(base + "/slow.html: cannot fetch: no answer within 1 s"), f.get(2));
        assertTrue(f.get(3).startsWith(base + "/news/missing.html: cannot fetch: HTTP 404"), f.get(3));
        Map<String, String> a = articles(store);
        String peskov = base + "/news/peskov-sochi.html";
        assertEquals("Kremlin expects Ankara to keep Sochi terms | 2019-10-11 | - | " + peskov,
                a.get(ArticleReader.idForUrl(peskov)), "the feed's title and date fill in what the page lacks");
        String akar = base + "/news/akar-operation.html";
        assertTrue(a.get(ArticleReader.idForUrl(akar)).startsWith("Akar: operation goes on | 2019-10-10"), a.toString());
        assertTrue(agents.stream().allMatch(Fetcher.USER_AGENT::equals), agents.toString());
    }
}

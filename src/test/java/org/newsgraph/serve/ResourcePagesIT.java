package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.SeedStore;

/**
 * Linked Data over real HTTP on the seeds store: for one node of every kind, the path that mirrors its IRI answers
 * HTML to a browser and Turtle, JSON-LD and N-Triples to RDF tools, and the RDF parses and describes that IRI; the
 * pages link on to other nodes; unknown IRIs are 404; the search page finds names and quotes.
 */
class ResourcePagesIT {
    private static final String NG = "https://w3id.org/newsgraph/ontology#";
    private static final String ID = "https://w3id.org/newsgraph/id/";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static NewsgraphServer server;

    @BeforeAll
    static void start() throws Exception {
        server = NewsgraphServer.builder().store(SeedStore.copy()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Article", "Statement", "Incident", "Meeting", "Agreement", "AgreementMention", "Mention",
            "Person", "State", "Place", "MilitaryForce", "GovernmentBody", "ArmedGroup", "MediaOutlet",
            "InternationalOrganization", "ExtractionRun"})
    void everyKindOfNodeAnswersHtmlAndRdf(String kind) throws Exception {
        String iri = first(kind);
        String path = server.baseUrl() + "id/" + iri.substring("https://w3id.org/newsgraph/id/".length());

        HttpResponse<String> html = get(path, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, html.statusCode(), path);
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("<h1>"), html.body());
        assertTrue(html.body().contains("href=\"/id/"), "links on to other nodes: " + path);
        assertFalse(html.body().contains("src=\"http"), "nothing is loaded from outside");

        for (String[] syntax : List.of(new String[] {"text/turtle", "TURTLE"},
                new String[] {"application/ld+json", "JSON-LD"}, new String[] {"application/n-triples", "N-TRIPLES"})) {
            HttpResponse<String> r = get(path, syntax[0]);
            assertEquals(200, r.statusCode(), syntax[0] + " " + path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(syntax[0]), syntax[0]);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.create().source(new StringReader(r.body())).lang(org.apache.jena.riot.RDFLanguages
                    .nameToLang(syntax[1])).parse(m);
            assertTrue(m.contains(m.createResource(iri), org.apache.jena.vocabulary.RDF.type,
                    m.createResource(NG + kind)), syntax[0] + " describes " + iri + " as " + kind);
        }
        HttpResponse<String> ttl = get(path + "?format=ttl", "text/html");
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), "?format=ttl");
    }

    @Test
    void anActorPageListsWhatItSaidAndWhatOutletsCalledIt() throws Exception {
        String iri = select("SELECT ?a WHERE { ?s a <" + NG + "Statement> ; <" + NG + "speaker> ?a . ?a a <" + NG
                + "Person> } GROUP BY ?a ORDER BY DESC(COUNT(?s)) LIMIT 1");
        HttpResponse<String> r = get(server.baseUrl() + "id/" + iri.substring("https://w3id.org/newsgraph/id/".length()),
                "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Statements it made"), r.body());
        assertTrue(r.body().contains("What each outlet called it"), r.body());
        assertTrue(r.body().contains("Articles that mention it"), r.body());
    }

    @Test
    void anArticlePageHighlightsWhatWasExtracted() throws Exception {
        String iri = first("Article");
        HttpResponse<String> r = get(server.baseUrl() + "id/" + iri.substring("https://w3id.org/newsgraph/id/".length()),
                "text/html");
        assertTrue(r.body().contains("<a class=\"m\" href=\"/id/entity/"), "names link to their entity");
        assertTrue(r.body().contains("<mark>"), "statements and incidents are highlighted");
    }

    @Test
    void unknownIrisAreNotFound() throws Exception {
        assertEquals(404, get(server.baseUrl() + "id/entity/no-such-thing", "text/html").statusCode());
        assertEquals(404, get(server.baseUrl() + "id/entity/no-such-thing", "text/turtle").statusCode());
        assertEquals(405, CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "id/entity/turkey"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void theSearchPageFindsNamesAndQuotesByKind() throws Exception {
        HttpResponse<String> r = get(server.baseUrl() + "search?q=Erdogan", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Person"), r.body());
        assertTrue(r.body().contains("href=\"/id/entity/"), r.body());
        HttpResponse<String> odd = get(server.baseUrl() + "search?q=%22%29%28%5B*%3F+AND", "text/html");
        assertEquals(200, odd.statusCode(), "Lucene syntax is searched as words: " + odd.body());
        assertFalse(odd.body().contains("<script"), "the query is escaped");
    }

    @Test
    void theTimelineListsDatedItemsAndFiltersByActorAndKind() throws Exception {
        HttpResponse<String> all = get(server.baseUrl() + "timeline", "text/html");
        assertEquals(200, all.statusCode());
        assertTrue(all.body().contains("<tr class=\"month\"><th colspan=\"4\">2019-"), "grouped by month");
        assertTrue(all.body().contains(">Incident<") && all.body().contains(">Statement<")
                && all.body().contains(">Agreement<"), "every kind");
        String actor = select("SELECT ?a WHERE { ?m <" + NG + "participant> ?a . ?a a <" + NG + "Person> } "
                + "ORDER BY ?a LIMIT 1");
        String key = actor.substring("https://w3id.org/newsgraph/id/".length());
        HttpResponse<String> one = get(server.baseUrl() + "timeline?kind=Meeting&actor=" + key, "text/html");
        assertEquals(200, one.statusCode());
        assertTrue(one.body().contains(">Meeting<") && !one.body().contains(">Incident<"), "only meetings");
        assertTrue(one.body().contains("selected"), "the form shows the filter");
        assertEquals(all.body(), get(server.baseUrl() + "timeline?page=99", "text/html").body(),
                "a page past the end shows the last one (the seeds fit on one)");
        assertFalse(all.body().contains(">Event<"), "fused events are not mixed with the reports they fuse");
        HttpResponse<String> events = get(server.baseUrl() + "timeline?kind=Event", "text/html");
        assertTrue(events.body().contains(">Event<") && !events.body().contains(">Incident<"), "events on their own");
        HttpResponse<String> hostile = get(server.baseUrl() + "timeline?actor=%3E%20%7D%20DROP%20ALL", "text/html");
        assertEquals(200, hostile.statusCode(), "a parameter that is no IRI of ours is ignored, never put in a query");
    }

    @Test
    void anActorsNetworkIsDrawnAndTabled() throws Exception {
        HttpResponse<String> r = get(server.baseUrl() + "network?actor=entity/erdogan", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<svg class=\"net\""), "drawn");
        assertTrue(r.body().contains("<a href=\"/id/entity/putin\">"), "a neighbour, linked: " + r.body());
        assertTrue(r.body().contains("<td>meets</td>"), "the relation table");
        assertEquals(200, get(server.baseUrl() + "network?actor=%3Cscript%3E", "text/html").statusCode());
    }

    @Test
    void theMapDrawsOutlinesPlacesAndIncidentsOffline() throws Exception {
        HttpResponse<String> r = get(server.baseUrl() + "map", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<path class=\"land\"") && r.body().contains("<title>Syria</title>"),
                "country outlines shipped with the project");
        assertTrue(r.body().contains("<circle class=\"inc\""), "incidents at their places");
        assertTrue(r.body().contains("href=\"/id/entity/"), "dots and the table link to places");
        java.util.regex.Matcher circle = java.util.regex.Pattern.compile(
                "href=\"(/timeline\\?kind=Incident&amp;place=[^\"]+)\"><circle class=\"inc\"").matcher(r.body());
        assertTrue(circle.find(), "a circle links to its place's incidents");
        HttpResponse<String> there = get(server.baseUrl() + circle.group(1).substring(1).replace("&amp;", "&"),
                "text/html");
        assertEquals(200, there.statusCode());
        assertTrue(there.body().contains("<h1>Timeline at ") && there.body().contains(">Incident<")
                && !there.body().contains(">Statement<"), "only the incidents at that place");
        HttpResponse<String> none = get(server.baseUrl() + "map?type=Deployment&from=1990-01-01&to=1990-12-31",
                "text/html");
        assertTrue(none.body().contains("No located incident"), "filters by date and type");
        assertEquals(200, get(server.baseUrl() + "map?from=%3Cx%3E&type=%22", "text/html").statusCode());
    }

    @Test
    void theSlippyMapsDataAndFilesComeFromTheServerItself() throws Exception {
        HttpResponse<String> r = get(server.baseUrl() + "map?type=Attack", "text/html");
        assertTrue(r.body().contains("<script src=\"/assets/leaflet/leaflet.js\"></script>")
                && r.body().contains("<script src=\"/assets/map.js\"></script>")
                && r.body().contains("<link rel=\"stylesheet\" href=\"/assets/leaflet/leaflet.css\">"), "Leaflet");
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("")
                .contains("img-src 'self' data: https://tile.openstreetmap.org;"), "tiles may be switched on");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "<script type=\"application/json\" id=\"map-data\">([^<]*)</script>").matcher(r.body());
        assertTrue(m.find(), "the map's data block, with no '<' inside");
        com.google.gson.JsonObject data = com.google.gson.JsonParser.parseString(m.group(1)).getAsJsonObject();
        assertEquals(4, data.getAsJsonArray("box").size());
        List<com.google.gson.JsonObject> located = new java.util.ArrayList<>();
        data.getAsJsonArray("places").forEach(p -> {
            if (p.getAsJsonObject().has("incidents")) {
                located.add(p.getAsJsonObject());
            }
        });
        assertFalse(located.isEmpty(), "the seeds have located attacks");
        for (com.google.gson.JsonObject p : located) {
            assertEquals(java.util.Set.of("Attack"), p.getAsJsonObject("incidents").keySet(), "the type filter holds");
            assertTrue(p.get("href").getAsString().startsWith("/id/entity/"), p.toString());
            assertTrue(p.get("timeline").getAsString().startsWith("/timeline?kind=Incident&place="), p.toString());
        }
        HttpResponse<String> geo = get(server.baseUrl() + "assets/outlines.geojson", "*/*");
        assertEquals("application/geo+json", geo.headers().firstValue("Content-Type").orElse(""));
        com.google.gson.JsonObject fc = com.google.gson.JsonParser.parseString(geo.body()).getAsJsonObject();
        assertEquals("FeatureCollection", fc.get("type").getAsString());
        assertTrue(geo.body().contains("\"name\":\"Syria\""), "the offline outlines hold Syria");
        com.google.gson.JsonArray ring = fc.getAsJsonArray("features").get(0).getAsJsonObject()
                .getAsJsonObject("geometry").getAsJsonArray("coordinates").get(0).getAsJsonArray();
        assertEquals(ring.get(0), ring.get(ring.size() - 1), "GeoJSON rings are closed");
        for (String f : List.of("assets/leaflet/leaflet.js", "assets/leaflet/leaflet.css", "assets/map.js")) {
            HttpResponse<String> a = get(server.baseUrl() + f, "*/*");
            assertEquals(200, a.statusCode(), f);
            assertTrue(a.body().length() > 1000, f);
        }
        assertTrue(get(server.baseUrl() + "assets/leaflet/leaflet.js", "*/*").body().contains("1.9.4"), "Leaflet 1.9.4");
        for (String f : List.of("assets/", "assets/x.js", "assets/..%2Fpom.xml", "assets/META-INF/MANIFEST.MF",
                "assets/newsgraph/assets/map.js")) {
            HttpResponse<String> refused = get(server.baseUrl() + f, "*/*");
            // Jetty itself answers 400 to an encoded slash; our filter 404 to anything off its list
            assertTrue(refused.statusCode() == 404 || refused.statusCode() == 400, f + ": " + refused.statusCode());
            assertFalse(refused.body().contains("<project") || refused.body().contains("Manifest-Version"), f);
        }
    }

    @Test
    void eventPagesLeadWithTheFactItsDateAndItsSourcePassage() throws Exception {
        String statement = select("SELECT ?s WHERE { ?s a <" + NG + "Statement> ; <" + NG + "mode> <" + NG
                + "DirectQuote> ; <" + NG + "speaker> ?sp ; <" + NG + "quote> ?q ; <" + NG + "begin> ?b } ORDER BY ?s LIMIT 1");
        String speaker = select("SELECT ?sp WHERE { <" + statement + "> <" + NG + "speaker> ?sp }");
        String html = get(server.baseUrl() + "id/" + statement.substring(ID.length()), "text/html").body();
        String fact = html.substring(html.indexOf("<section class=\"fact\">"), html.indexOf("</section>"));
        assertTrue(fact.contains("<p class=\"gist\"><a href=\"/id/" + speaker.substring(ID.length()) + "\">")
                && fact.contains("(direct quote)"), "who said it, first: " + fact);
        assertTrue(fact.contains("<blockquote>&ldquo;"), "the quote in full");
        assertTrue(fact.contains("<span class=\"n\">(day)</span>") || fact.contains("(month)")
                || fact.contains("(year)") || fact.contains("(a range)") || fact.contains("no date"), "precision");
        java.util.regex.Matcher read = java.util.regex.Pattern.compile(
                "<a href=\"(/id/article/[^\"#]+)#(at-\\d+)\">read it in the article</a>").matcher(fact);
        assertTrue(read.find(), "a link to the passage: " + fact);
        String reader = get(server.baseUrl() + read.group(1).substring(1), "text/html").body();
        assertTrue(reader.contains("id=\"" + read.group(2) + "\""), "the reader has the anchor " + read.group(2));
        String incident = select("SELECT ?i WHERE { ?i a <" + NG + "Incident> ; <" + NG + "killed> ?k ; <" + NG
                + "location> ?l } ORDER BY ?i LIMIT 1");
        String killed = select("SELECT ?k WHERE { <" + incident + "> <" + NG + "killed> ?k }");
        String ihtml = get(server.baseUrl() + "id/" + incident.substring(ID.length()), "text/html").body();
        String ifact = ihtml.substring(ihtml.indexOf("<p class=\"gist\">"), ihtml.indexOf("</p>",
                ihtml.indexOf("<p class=\"gist\">")));
        assertTrue(ifact.contains(" in <a href=\"/id/entity/") && ifact.contains(killed + " killed"), ifact);
        String sochi = get(server.baseUrl() + "id/agreement/sochi-2018", "text/html").body();
        assertTrue(sochi.contains("<ul class=\"provisions\"><li>") && sochi.contains("<th>signed</th><td>2018-09-17"),
                "an agreement's provisions and signing date");
        String inferred = select("SELECT ?s WHERE { ?s a <" + NG + "Statement> ; <" + NG + "dateInferred> true ; <"
                + NG + "dateBasis> ?b } ORDER BY ?s LIMIT 1");
        String basis = select("SELECT ?b WHERE { <" + inferred + "> <" + NG + "dateBasis> ?b }");
        String ipage = get(server.baseUrl() + "id/" + inferred.substring(ID.length()), "text/html").body();
        assertTrue(ipage.contains("<span class=\"tag\">inferred</span> " + LandingHtml.esc(basis)),
                "an inferred date says how it was worked out");
    }

    @Test
    void fusedEventAndUtterancePagesShowTheirReportsFiguresAndParaphrases() throws Exception {
        String event = select("SELECT ?e WHERE { ?e a <" + NG + "Event> ; <" + NG + "figure> ?f } ORDER BY ?e LIMIT 1");
        String html = get(server.baseUrl() + "id/" + event.substring(ID.length()), "text/html").body();
        assertTrue(html.contains("<section class=\"fact\">") && html.contains("Reported once by one outlet"), html);
        assertTrue(html.contains("<h3>Casualty figures") && html.contains("<th>according to</th>"), "figures");
        assertTrue(html.contains("<h3>Reports</h3>") && html.contains("href=\"/id/incident/"), "its report, linked");
        String utterance = select("SELECT ?u WHERE { ?u a <" + NG + "Utterance> ; <" + NG + "report> ?s . ?s <" + NG
                + "paraphraseOf> ?q } LIMIT 1");
        String uhtml = get(server.baseUrl() + "id/" + utterance.substring(ID.length()), "text/html").body();
        assertTrue(uhtml.contains("Reported 2 times") && uhtml.contains("paraphrases <a href=\"/id/statement/"),
                "the seeds' Trump remarks: reported speech in one article paraphrasing a quote in the other");
        assertTrue(uhtml.contains("<h3>Why the reports were taken for one</h3>") && uhtml.contains("(confidence "),
                "the link's evidence and confidence");
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String first(String kind) {
        return select("SELECT ?s WHERE { ?s a <" + NG + kind + "> } ORDER BY ?s LIMIT 1");
    }

    private static String select(String q) {
        try (QueryExecution qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(q).build()) {
            var rs = qe.execSelect();
            assertTrue(rs.hasNext(), q);
            org.apache.jena.rdf.model.RDFNode n = rs.next().get(rs.getResultVars().get(0));
            return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
        }
    }
}

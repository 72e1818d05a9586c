package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newsgraph.SeedStore;
import org.newsgraph.store.GraphStore;

/**
 * What a server works out as it starts: the pages of the most-mentioned actors are rendered ahead of any view, and
 * kept; the landing page's summary is there for the first view.
 */
class WarmUpIT {
    @Test
    void theMostMentionedActorsPagesAreRenderedAheadOfAnyView() throws Exception {
        Path dir = SeedStore.copy();
        try (GraphStore gs = GraphStore.open(dir)) {
            DatasetGraph ds = gs.dataset().asDatasetGraph();
            List<String> top = Txn.calculateRead(ds, () -> Pages.select(ds, "SELECT ?e (COUNT(*) AS ?n) WHERE { "
                    + "GRAPH ?g { ?m ng:refersTo ?e } } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 4").stream()
                    .map(b -> b.get("e")).map(Node::getURI).toList());
            ResourcePages pages = new ResourcePages();
            assertEquals(0, pages.warm(ds, 3, () -> false, StateFiles.NONE), "a closing server renders nothing");
            assertFalse(pages.isKept(ds, top.get(0)));
            assertEquals(3, pages.warm(ds, 3, () -> true, StateFiles.NONE));
            for (String iri : top.subList(0, 3)) {
                assertTrue(pages.isKept(ds, iri), "kept: " + iri);
            }
            assertFalse(pages.isKept(ds, top.get(3)), "only the three most mentioned: " + top.get(3));
        }
    }

    @Test
    void aRestartOnTheSameStoreReadsTheSummaryAndTheHubsPagesBack() throws Exception {
        Path dir = SeedStore.copy();
        String landingFirst;
        String hubFirst;
        String hub;
        try (GraphStore gs = GraphStore.open(dir)) {
            DatasetGraph ds = gs.dataset().asDatasetGraph();
            hub = Txn.calculateRead(ds, () -> Pages.select(ds, "SELECT ?e (COUNT(*) AS ?n) WHERE { "
                    + "GRAPH ?g { ?m ng:refersTo ?e } } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1").get(0).get("e")
                    .getURI());
        }
        try (NewsgraphServer s = NewsgraphServer.builder().store(dir).port(0).warmPages(3)
                .landingPage(LandingPage.withoutDownloads()).build().start()) {
            assertTrue(s.awaitWarmUp(120_000));
            landingFirst = body(s, NewsgraphServer.NAME + "/");
            hubFirst = body(s, "id/" + hub.substring(org.newsgraph.rdf.Ids.NS.length()));
        }
        Path state;
        try (var states = java.nio.file.Files.list(dir.resolve(StateFiles.DIR))) {
            state = states.findFirst().orElseThrow();
        }
        Path summary = state.resolve(LandingPage.SUMMARY_FILE);
        Path page = state.resolve("page-" + StateFiles.digest(hub) + ".html");
        assertTrue(java.nio.file.Files.isRegularFile(summary) && java.nio.file.Files.isRegularFile(page));
        // a summary and a page that only the kept files could have given: the restart shows them
        java.nio.file.Files.writeString(summary, java.nio.file.Files.readString(summary) + "<!-- kept -->");
        java.nio.file.Files.writeString(page, hubFirst + "<!-- kept -->");
        LandingPage landing = LandingPage.withoutDownloads();
        try (NewsgraphServer s = NewsgraphServer.builder().store(dir).port(0).warmPages(3).landingPage(landing)
                .build().start()) {
            assertTrue(s.awaitWarmUp(120_000));
            assertTrue(landing.summaryReady());
            String landingAgain = body(s, NewsgraphServer.NAME + "/");
            assertTrue(landingAgain.contains("<!-- kept -->"), "the summary was read back");
            assertEquals(landingFirst, landingAgain.replace("<!-- kept -->", ""));
            assertEquals(hubFirst + "<!-- kept -->", body(s, "id/" + hub.substring(org.newsgraph.rdf.Ids.NS.length())),
                    "the hub's page was read back");
        }
    }

    private static String body(NewsgraphServer s, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.baseUrl() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void theLandingPagesSummaryIsWorkedOutBeforeAnyoneAsks() throws Exception {
        LandingPage landing = LandingPage.withoutDownloads();
        try (NewsgraphServer s = NewsgraphServer.builder().store(SeedStore.copy()).port(0).landingPage(landing).build()
                .start()) {
            long until = System.currentTimeMillis() + 30_000;
            while (!landing.summaryReady() && System.currentTimeMillis() < until) {
                Thread.sleep(100);
            }
            assertTrue(landing.summaryReady(), "no request was made, and the summary is there");
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(s.baseUrl() + NewsgraphServer.NAME + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("statements (who said what)"), "the counts are on the first view");
        }
    }
}

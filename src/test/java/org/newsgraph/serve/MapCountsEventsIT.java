package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.store.GraphStore;

/**
 * The map counts events, not reports: three outlets' reports of one strike (the fusion test articles) count once
 * at the strike's place, over a real store and a real server.
 */
class MapCountsEventsIT {
    private static final Path DIR = Path.of("src/test/resources/fusion");

    private static int count(Path store, String pattern) {
        try (GraphStore gs = GraphStore.open(store)) {
            return org.apache.jena.system.Txn.calculateRead(gs.dataset(), () -> {
                try (var qe = org.apache.jena.query.QueryExecution.dataset(gs.dataset()).query(
                        "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { "
                                + "GRAPH ?g { " + pattern + " } }").build()) {
                    return qe.execSelect().next().getLiteral("n").getInt();
                }
            });
        }
    }

    @Test
    void threeReportsOfOneStrikeCountOnceOnTheMap(@TempDir Path tmp) throws Exception {
        Path store = tmp.resolve("store");
        try (GraphStore gs = GraphStore.open(store)) {
            Ingestion.Summary s = new Ingestion(gs, Extractor.builder().build()).run(List.of(DIR.toString()),
                    System.in, new PrintWriter(new StringWriter()), 0);
            assertEquals(List.of(), s.failures());
        }
        int events = count(store, "?x a ng:Event ; ng:incidentType ng:Attack ; ng:location ?p");
        int reports = count(store, "?x a ng:Incident ; ng:incidentType ng:Attack ; ng:location ?p");
        NewsgraphServer server = NewsgraphServer.builder().store(store).port(0).build().start();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.baseUrl() + "map?type=Attack")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            Matcher m = Pattern.compile("<script type=\"application/json\" id=\"map-data\">([^<]*)</script>")
                    .matcher(r.body());
            assertTrue(m.find(), "the map's data block");
            int circles = 0;
            for (var p : JsonParser.parseString(m.group(1)).getAsJsonObject().getAsJsonArray("places")) {
                JsonObject place = p.getAsJsonObject();
                if (place.has("incidents")) {
                    circles += place.getAsJsonObject("incidents").get("Attack").getAsInt();
                }
            }
            assertEquals(events, circles, "the map counts located attack events");
            assertTrue(reports >= events + 2, "the strike's three reports are one event (" + reports + " reports, "
                    + events + " events)");
        } finally {
            server.close();
        }
    }
}

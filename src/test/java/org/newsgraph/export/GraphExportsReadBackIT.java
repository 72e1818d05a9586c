package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SeedStore;
import org.newsgraph.store.GraphStore;

/**
 * Exports the seeds store as GraphML, GEXF and Cytoscape.js JSON and reads the files back with a third-party
 * reader, Python networkx ({@code read_graphml}, {@code read_gexf}, {@code cytoscape_graph}); what networkx found
 * is held against SPARQL over the store. Skipped, with the reason printed, when no Python can import networkx.
 */
class GraphExportsReadBackIT {
    private static final List<String> FORMATS = List.of("graphml", "gexf", "cytoscape");
    @TempDir
    static Path dir;
    private static GraphStore store;
    private static Dataset ds;
    private static JsonObject read;

    @BeforeAll
    static void exportAndReadBack() throws Exception {
        String python = pythonWithNetworkx();
        if (python == null) {
            String why = "no Python that can import networkx (tried /usr/bin/python3 and python3 on PATH); "
                    + "install it with 'apt-get install python3-networkx'";
            System.out.println("GraphExportsReadBackIT skipped: " + why);
            Assumptions.abort(why);
        }
        store = GraphStore.open(SeedStore.path());
        ds = store.dataset();
        for (String f : FORMATS) {
            Exporter.write(ds, f, dir.resolve("seeds." + f));
        }
        Path script = Path.of("src/test/resources/exports/read_back.py");
        Process p = new ProcessBuilder(python, script.toString(), dir.resolve("seeds.graphml").toString(),
                dir.resolve("seeds.gexf").toString(), dir.resolve("seeds.cytoscape").toString())
                .redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "networkx read-back timed out");
        assertEquals(0, p.exitValue(), "networkx could not read the exports:\n" + err);
        read = JsonParser.parseString(out).getAsJsonObject();
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void networkxReadsDirectedMultigraphsWithAllNodesAndEdges() {
        int nodes = StoreQueries.count(ds, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?k "
                + StoreQueries.NODE_CLASSES + " }");
        for (String f : FORMATS) {
            JsonObject g = read.getAsJsonObject(f);
            assertTrue(g.get("directed").getAsBoolean(), f);
            assertEquals(nodes, g.get("node_count").getAsInt(), f + " nodes");
            int edges = g.get("edge_count").getAsInt();
            assertTrue(edges > nodes, f + " has the edges");
            assertEquals(edges, g.getAsJsonArray("edge_ids").size(), f + " edge ids are unique");
            assertEquals(read.getAsJsonObject("graphml").get("edge_count"), g.get("edge_count"), f);
            assertEquals(edgeSet(read.getAsJsonObject("graphml")), edgeSet(g), f + " has the GraphML's edges");
        }
        assertEquals("dynamic", read.getAsJsonObject("gexf").get("mode").getAsString());
    }

    @Test
    void statementNodesMatchTheStoreWithSpeakerEdgesFromTheActor() {
        List<Map<String, String>> rows = StoreQueries.select(ds, """
                SELECT ?s ?speaker ?outlet ?date WHERE { ?s a ng:Statement ; ng:speaker ?speaker ;
                  ng:inArticle/ng:publisher/rdfs:label ?outlet OPTIONAL { ?s ng:date ?date } }""");
        assertEquals(StoreQueries.countOf(ds, "Statement"), rows.size());
        for (String f : FORMATS) {
            JsonObject g = read.getAsJsonObject(f);
            JsonObject nodes = g.getAsJsonObject("nodes");
            long statements = nodes.entrySet().stream()
                    .filter(e -> e.getValue().getAsJsonObject().get("kind").getAsString().equals("Statement")).count();
            assertEquals(rows.size(), statements, f + " statement nodes");
            Set<String> edges = edgeSet(g);
            for (Map<String, String> r : rows) {
                JsonObject n = nodes.getAsJsonObject(r.get("s"));
                assertEquals(r.get("outlet"), n.get("outlet").getAsString(), f + " outlet of " + r.get("s"));
                assertTrue(edges.contains(r.get("speaker") + " speaker " + r.get("s")), f + " speaker of " + r);
                if (r.get("date") != null) {
                    assertEquals(r.get("date"), n.get("date").getAsString(), f);
                }
                if (f.equals("gexf") && r.get("date") != null && r.get("date").length() == 10) {
                    assertEquals(r.get("date"), n.get("start").getAsString(), "GEXF start of " + r.get("s"));
                    assertEquals(r.get("date"), n.get("end").getAsString(), "GEXF end of " + r.get("s"));
                }
            }
            assertTrue(edges.stream().anyMatch(e -> e.startsWith("https://w3id.org/newsgraph/id/entity/peskov speaker ")),
                    f + ": Dmitry Peskov speaks");
        }
    }

    @Test
    void incidentsKeepTypedCasualtyCountsAndTheirEdges() {
        List<Map<String, String>> rows = StoreQueries.select(ds, """
                SELECT ?i ?killed ?loc WHERE { ?i a ng:Incident ; ng:killed ?killed ; ng:location ?loc }""");
        assertFalse(rows.isEmpty(), "the seeds report casualties at a place");
        for (String f : FORMATS) {
            JsonObject g = read.getAsJsonObject(f);
            Set<String> edges = edgeSet(g);
            for (Map<String, String> r : rows) {
                JsonElement killed = g.getAsJsonObject("nodes").getAsJsonObject(r.get("i")).get("killed");
                assertTrue(killed.getAsJsonPrimitive().isNumber(), f + ": killed is read as a number");
                assertEquals(Integer.parseInt(r.get("killed")), killed.getAsInt(), f);
                assertTrue(edges.contains(r.get("i") + " location " + r.get("loc")), f + " location edge " + r);
            }
        }
    }

    @Test
    void exportsAreByteForByteReproducible() throws IOException {
        for (String f : FORMATS) {
            Path again = dir.resolve("again." + f);
            Exporter.write(ds, f, again);
            assertEquals(-1L, Files.mismatch(dir.resolve("seeds." + f), again), f + " differs between two runs");
        }
    }

    @Test
    void noTwoGexfEdgesShareTheirEndsAndKindSoGephiMergesNone() throws Exception {
        String gexf = Files.readString(dir.resolve("seeds.gexf"));
        assertTrue(gexf.contains("xmlns=\"http://gexf.net/1.3\"") && gexf.contains("version=\"1.3\""), "GEXF 1.3");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "<edge id=\"[^\"]*\" source=\"([^\"]*)\" target=\"([^\"]*)\" type=\"directed\" kind=\"([^\"]*)\"")
                .matcher(gexf);
        Set<String> seen = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        int edges = 0;
        int parallel = 0;
        while (m.find()) {
            edges++;
            assertTrue(seen.add(m.group(1) + " " + m.group(2) + " " + m.group(3)), "two edges of one kind: " + m.group());
            if (!pairs.add(m.group(1) + " " + m.group(2))) {
                parallel++;
            }
        }
        assertTrue(edges > 200, "every edge has a kind: " + edges);
        assertTrue(parallel > 0, "the seeds have pairs with two relations (perpetrator and reportedBy), kept apart");
    }

    private static Set<String> edgeSet(JsonObject g) {
        Set<String> s = new HashSet<>();
        for (JsonElement e : g.getAsJsonArray("edges")) {
            JsonArray a = e.getAsJsonArray();
            s.add(a.get(0).getAsString() + " " + a.get(1).getAsString() + " " + a.get(2).getAsString());
        }
        return s;
    }

    private static String pythonWithNetworkx() throws InterruptedException {
        for (String py : List.of("/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(py, "-c", "import networkx").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return py;
                }
            } catch (IOException e) {
                // this interpreter is not installed; try the next
            }
        }
        return null;
    }
}

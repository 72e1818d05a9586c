package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SeedStore;
import org.newsgraph.store.GraphStore;

/**
 * Loads the Cytoscape.js export of the seeds store into cytoscape.js itself (headless, under Node, with
 * {@code cy.json(...)}) and holds what it finds against SPARQL over the store. Needs {@code npm ci} in
 * {@code src/test/exports-js}; skipped with the reason printed when Node or the package is missing.
 */
class CytoscapeJsReadBackIT {
    private static final Path PACKAGE = Path.of("src/test/exports-js");

    @TempDir
    Path dir;

    @Test
    void cytoscapeJsLoadsEveryNodeAndEdge() throws Exception {
        String why = missing();
        if (why != null) {
            System.out.println("CytoscapeJsReadBackIT skipped: " + why);
            Assumptions.abort(why);
        }
        Path file = dir.resolve("seeds.cyjs");
        try (GraphStore store = GraphStore.open(SeedStore.path())) {
            Exporter.write(store.dataset(), "cytoscape", file);
            Process p = new ProcessBuilder("node", "read_back.js", file.toAbsolutePath().toString())
                    .directory(PACKAGE.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "cytoscape.js read-back timed out");
            assertEquals(0, p.exitValue(), "cytoscape.js could not load the export:\n" + err);
            JsonObject read = JsonParser.parseString(out).getAsJsonObject();

            var ds = store.dataset();
            int nodes = StoreQueries.count(ds, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?k "
                    + StoreQueries.NODE_CLASSES + " }");
            assertEquals(nodes, read.get("nodes").getAsInt());
            for (String cls : List.of("Statement", "Incident", "Meeting", "Agreement")) {
                assertEquals(StoreQueries.countOf(ds, cls), read.getAsJsonObject("kinds").get(cls).getAsInt(), cls);
            }
            Set<String> edges = new HashSet<>();
            for (JsonElement e : read.getAsJsonArray("edgeList")) {
                var a = e.getAsJsonArray();
                edges.add(a.get(0).getAsString() + " " + a.get(1).getAsString() + " " + a.get(2).getAsString());
            }
            assertEquals(read.get("edges").getAsInt(), edges.size(), "no edge was merged or lost");
            List<Map<String, String>> speakers = StoreQueries.select(ds, "SELECT ?s ?a WHERE { ?s ng:speaker ?a }");
            for (Map<String, String> r : speakers) {
                assertTrue(edges.contains(r.get("a") + " speaker " + r.get("s")), "speaker edge " + r);
            }
        }
    }

    private static String missing() throws InterruptedException {
        if (!Files.isDirectory(PACKAGE.resolve("node_modules/cytoscape"))) {
            return "cytoscape.js is not installed; run 'npm ci' in " + PACKAGE;
        }
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? null : "node --version failed";
        } catch (IOException e) {
            return "Node.js is not installed (no 'node' on PATH)";
        }
    }
}

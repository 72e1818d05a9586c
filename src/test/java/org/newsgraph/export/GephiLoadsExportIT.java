package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SeedStore;
import org.newsgraph.store.GraphStore;

/**
 * Opens the seeds' GEXF export in Gephi itself: the Gephi Toolkit 0.10.1 (Maven Central, copied to
 * {@code target/gephi} by the build) loads the file the way Gephi's "Open" does, in a JVM of its own
 * ({@code src/test/resources/exports/GephiRead.java}), and what Gephi holds afterwards is held against the
 * projection: every node, every edge with its ends and kind (none merged, none dropped), every time spell.
 */
class GephiLoadsExportIT {
    private static final Path TOOLKIT = Path.of("target/gephi/gephi-toolkit-all.jar");
    private static final Path READER = Path.of("src/test/resources/exports/GephiRead.java");
    @TempDir
    static Path dir;
    private static PropertyGraph projected;
    private static List<String[]> lines;

    @BeforeAll
    static void exportAndOpenInGephi() throws Exception {
        assertTrue(Files.isRegularFile(TOOLKIT), TOOLKIT + " is missing: run the tests with 'mvn verify', whose "
                + "pre-integration-test phase copies the Gephi Toolkit there");
        Path gexf = dir.resolve("seeds.gexf");
        try (GraphStore store = GraphStore.open(SeedStore.path())) {
            projected = GraphProjection.of(store.dataset());
            Exporter.write(store.dataset(), "gexf", gexf);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx512m", "-Djava.awt.headless=true", "-cp", TOOLKIT.toString(),
                READER.toString(), gexf.toString()).redirectError(dir.resolve("gephi.log").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "Gephi did not finish");
        assertEquals(0, p.exitValue(), "Gephi failed:\n" + Files.readString(dir.resolve("gephi.log")));
        lines = out.lines().map(l -> l.split("\t", -1)).toList();
    }

    @Test
    void gephiReportsNoProblem() {
        List<String> problems = rows("issue").stream().filter(r -> !r[1].equals("INFO"))
                .map(r -> r[1] + ": " + r[2]).toList();
        assertEquals(List.of(), problems);
    }

    @Test
    void gephiKeepsEveryNodeAndEveryEdgeWithItsEndsAndKind() {
        String[] count = rows("count").get(0);
        assertEquals(projected.nodes().size(), Integer.parseInt(count[1]), "nodes in Gephi");
        assertEquals(projected.edges().size(), Integer.parseInt(count[2]), "edges in Gephi: none merged or dropped");
        Map<String, String> gephi = new HashMap<>();
        rows("edge").forEach(r -> gephi.put(r[1], r[2] + " " + r[4] + " " + r[3]));
        for (PropertyGraph.Edge e : projected.edges()) {
            assertEquals(e.source() + " " + e.label() + " " + e.target(), gephi.get(e.id()), e.id());
        }
    }

    @Test
    void parallelEdgesOfDifferentKindsStayTwoEdges() {
        // an incident whose perpetrator is also the source of the claim, a statement about its own reporter: two
        // edges between one pair, which Gephi merged into one before edges had a kind
        Map<String, Set<String>> kindsByPair = rows("edge").stream().collect(Collectors.groupingBy(
                r -> r[2] + " -> " + r[3], TreeMap::new, Collectors.mapping(r -> r[4], Collectors.toSet())));
        List<String> parallel = new ArrayList<>();
        kindsByPair.forEach((pair, kinds) -> {
            if (kinds.size() > 1) {
                parallel.add(pair + " " + new java.util.TreeSet<>(kinds));
            }
        });
        assertTrue(parallel.stream().anyMatch(p -> p.startsWith("incident:") && p.contains("perpetrator")
                && p.contains("reportedBy")), "the seeds have an incident reported by its perpetrator: " + parallel);
    }

    @Test
    void gephiHasEveryNodesSpellsForItsTimeline() {
        Map<String, String> gephi = new HashMap<>();
        rows("node").forEach(r -> gephi.put(r[1], r[3]));
        int several = 0;
        for (PropertyGraph.Node n : projected.nodes()) {
            String expected = n.spells().stream().map(i -> (i.start() == null ? "-" : i.start()) + "/"
                    + (i.end() == null ? "-" : i.end())).collect(Collectors.joining(","));
            assertEquals(expected, gephi.get(n.id()), "spells of " + n.id());
            several += n.spells().size() > 1 ? 1 : 0;
        }
        assertTrue(several > 0, "some actor is active on several separate spells");
    }

    private static List<String[]> rows(String kind) {
        return lines.stream().filter(l -> l[0].equals(kind)).toList();
    }
}

package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.newsgraph.SeedStore;
import org.newsgraph.store.GraphStore;

/** Full-text and spatial queries through {@link QueryRunner} on the seeds store, without a server. */
class SearchQueryIT {
    private static String run(String sparql) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GraphStore store = GraphStore.open(SeedStore.path())) {
            QueryRunner.run(store.dataset(), sparql, "csv", out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The catalogue files of text and spatial search meet the expectations in their headers. */
    @ParameterizedTest
    @ValueSource(strings = {"20-full-text-search.rq", "21-incidents-near-aleppo.rq", "22-places-on-a-map.rq"})
    void catalogueQueriesMeetTheirHeaders(String file) throws Exception {
        String sparql = Files.readString(Path.of("queries", file));
        List<String> header = sparql.lines().takeWhile(l -> l.startsWith("#")).toList();
        int minRows = header.stream().filter(l -> l.startsWith("# expect-min-rows:"))
                .map(l -> Integer.parseInt(l.substring(l.indexOf(':') + 1).trim())).findFirst().orElseThrow();
        assertTrue(header.get(0).startsWith("# Question: "), file);
        String csv = run(sparql);
        List<String> rows = csv.lines().skip(1).toList();
        assertTrue(rows.size() >= minRows, file + ": " + rows.size() + " rows < " + minRows + "\n" + csv);
        header.stream().filter(l -> l.startsWith("# expect-contains:"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .forEach(text -> assertTrue(csv.contains(text), file + " lacks " + text + "\n" + csv));
    }

    @Test
    void textQueryFindsEachQuotingStatementOnce() throws Exception {
        String csv = run("PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query 'unacceptable' }");
        List<String> rows = csv.lines().skip(1).sorted().toList();
        assertEquals(List.of(
                "https://w3id.org/newsgraph/id/statement/001_f22061eb0096845d/1376-1425",
                "https://w3id.org/newsgraph/id/statement/002_6a3b87e544eb1277/900-1025",
                "https://w3id.org/newsgraph/id/statement/003_f3cbd4cda5a5ffaf/635-788"), rows);
    }

    @Test
    void incidentsNearAleppoAreInIdlibAndNorthwestSyria() throws Exception {
        String csv = run(Files.readString(Path.of("queries", "21-incidents-near-aleppo.rq")));
        List<String> rows = csv.lines().skip(1).toList();
        assertTrue(rows.stream().allMatch(r -> r.contains("Idlib") || r.contains("northwest Syria")), csv);
        assertTrue(rows.stream().noneMatch(r -> r.contains("Hama")), csv);
    }
}

package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SeedStore;

/** {@code newsgraph export} with the graph-tool formats, through picocli as a user runs it. */
class ExportCommandIT {
    @TempDir
    Path dir;

    @Test
    void exportsGexfAndSaysHowBigTheGraphIs() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path file = dir.resolve("seeds.gexf");
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("export", "--store", SeedStore.path().toString(), "--format", "GEXF", "--out", file.toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().matches("(?s)wrote .*seeds\\.gexf \\(\\d+ nodes, \\d+ edges\\)\\s*"), out.toString());
        assertTrue(Files.readString(file).contains("timeformat=\"date\""));
        assertTrue(Files.notExists(dir.resolve("seeds.gexf.part")), "no temporary file left behind");
    }

    @Test
    void anUnknownFormatNamesTheChoices() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("export", "--store", SeedStore.path().toString(), "--format", "dot", "--out",
                        dir.resolve("x.dot").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("'dot'") && err.toString().contains("graphml")
                && err.toString().contains("cytoscape"), err.toString());
        assertTrue(Files.notExists(dir.resolve("x.dot")));
    }

    @Test
    void exportsTheEventTableOneRowPerIncident() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path file = dir.resolve("events.csv");
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("export", "--store", SeedStore.path().toString(), "--format", "events", "--out",
                        file.toString());
        assertEquals(0, code, err.toString());
        java.util.List<String> lines = Files.readAllLines(file);
        assertEquals("event_id,event_date,date_precision,date_inferred,event_type,actor1,actor2,perpetrators,targets,"
                + "location,latitude,longitude,killed,displaced,source_of_claim,outlet,source_url,article,evidence,"
                + "wikidata_ids", lines.get(0));
        long incidents;
        try (org.newsgraph.store.GraphStore gs = org.newsgraph.store.GraphStore.open(SeedStore.copy())) {
            incidents = org.apache.jena.system.Txn.calculateRead(gs.dataset(), () -> {
                try (var qe = org.apache.jena.query.QueryExecution.dataset(gs.dataset())
                        .query("SELECT (COUNT(DISTINCT ?i) AS ?n) WHERE { GRAPH ?g { ?i a "
                                + "<https://w3id.org/newsgraph/ontology#Incident> } }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.startsWith("incident/"), line);
            ids.add(line.substring(0, line.indexOf(',')));
            String precision = line.split(",", -1)[2];
            assertTrue(java.util.Set.of("day", "month", "year", "range", "").contains(precision), line);
        }
        assertTrue(incidents >= 8, "the seeds hold the gold's 8 incidents at least: " + incidents);
        assertEquals(incidents, ids.size(), "every incident has a row");
        assertEquals(ids.size(), lines.size() - 1, "and only one");
        assertTrue(out.toString().contains(incidents + " incidents"), out.toString());
        assertTrue(Files.readString(file).contains(",Attack,"), "types by name");
    }

    @Test
    void trigAndJsonLdCarryTheProjectPrefixesAndLoseNothing() throws Exception {
        long quads;
        try (org.newsgraph.store.GraphStore gs = org.newsgraph.store.GraphStore.open(SeedStore.copy())) {
            quads = org.apache.jena.system.Txn.calculateRead(gs.dataset(),
                    () -> gs.dataset().asDatasetGraph().stream().count());
        }
        for (String format : java.util.List.of("trig", "jsonld")) {
            Path file = dir.resolve("seeds." + format);
            int code = Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(),
                    true)).execute("export", "--store", SeedStore.path().toString(), "--format", format, "--out",
                    file.toString());
            assertEquals(0, code);
            String text = Files.readString(file);
            String ns = "https://w3id.org/newsgraph/ontology#";
            assertTrue(format.equals("trig") ? text.contains("PREFIX ng: <" + ns + ">")
                    : text.contains("\"@context\"") && text.contains("\"ng\": \"" + ns + "\""),
                    format + " names the project's prefixes");
            var back = org.apache.jena.riot.RDFDataMgr.loadDatasetGraph(file.toString());
            assertEquals(quads, back.stream().count(), format + " reads back with every quad");
        }
    }
}

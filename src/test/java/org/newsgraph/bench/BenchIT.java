package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.config.Gazetteer;

/** {@code newsgraph bench} on a small corpus: the report is complete and sane (no timing assertions). */
class BenchIT {
    @TempDir
    Path tmp;

    @Test
    void benchOnTwentyArticlesWritesACompleteReport() throws Exception {
        Path report = tmp.resolve("bench.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute("bench", "--articles", "20",
                "--warmup", "3", "--threads", "2", "--repeat", "2", "--report", report.toString());
        assertEquals(0, code, err.toString());
        JsonObject j = JSON.parse(Files.readString(report));
        assertEquals(20, j.getObj("corpus").getNumber("articles").intValue());
        assertEquals(0, j.getObj("corpus").getNumber("unreadable").intValue());
        assertTrue(j.getObj("corpus").getNumber("tokens").longValue() > 20 * 100);
        assertTrue(j.getObj("load").getNumber("totalMillis").longValue() > 0);
        for (String run : new String[] {"singleThread", "parallel"}) {
            JsonObject r = j.getObj(run);
            assertNotNull(r, run);
            assertEquals(20, r.getNumber("articles").intValue());
            assertEquals(0, r.getNumber("failed").intValue(), run);
            assertTrue(r.getNumber("articlesPerSecond").doubleValue() > 0, run);
            assertTrue(r.getNumber("tokensPerSecond").doubleValue() > 0, run);
        }
        assertEquals(2, j.getObj("parallel").getNumber("threads").intValue());
        JsonObject per = j.getObj("perArticle");
        for (String k : new String[] {"mentions", "entities", "statements", "incidents"}) {
            assertTrue(per.getNumber(k).doubleValue() > 0, k + " per article");
        }
        assertTrue(j.getObj("memory").getNumber("peakUsedMiB").doubleValue() > 0);
        assertTrue(j.getObj("memory").getNumber("maxHeapMiB").doubleValue()
                >= j.getObj("memory").getNumber("peakUsedMiB").doubleValue());
        assertEquals(20, j.getObj("ingest").getNumber("stored").intValue());
        assertTrue(j.getObj("ingest").getNumber("quads").longValue() > 0);
        JsonObject two = j.getObj("ingestParallel");
        assertEquals(2, two.getNumber("threads").intValue());
        assertEquals(20, two.getNumber("stored").intValue());
        assertEquals(j.getObj("ingest").getNumber("quads").longValue(), two.getNumber("quads").longValue(),
                "two threads write what one writes");
        assertTrue(two.getNumber("speedup").doubleValue() > 0);
        // two rounds: each pass timed twice, one thread and two in turn, and each round's ratios kept
        assertEquals(2, j.getObj("singleThread").get("roundSeconds").getAsArray().size());
        assertEquals(2, j.getObj("parallel").get("roundSpeedups").getAsArray().size());
        assertEquals(2, j.getObj("ingest").get("roundMillis").getAsArray().size());
        assertEquals(2, two.get("roundSpeedups").getAsArray().size());
        assertTrue(j.getObj("target").hasKey("met"));
        assertTrue(out.toString().contains("articles/s") && out.toString().contains("target"), out.toString());
        assertTrue(out.toString().contains("ingest, 2 threads"), out.toString());
    }

    @Test
    void theGeneratedCorpusIsDeterministicAndVaried() throws Exception {
        List<Path> seeds = List.of(Path.of("seeds/000_badb6536dc7ab645.txt"), Path.of("seeds/003_f3cbd4cda5a5ffaf.txt"));
        List<Path> a = new CorpusGenerator(Gazetteer.load(), 7).generate(seeds, 4, tmp.resolve("a"));
        List<Path> b = new CorpusGenerator(Gazetteer.load(), 7).generate(seeds, 4, tmp.resolve("b"));
        List<Path> c = new CorpusGenerator(Gazetteer.load(), 8).generate(seeds, 4, tmp.resolve("c"));
        for (int i = 0; i < 4; i++) {
            assertEquals(Files.readString(a.get(i)), Files.readString(b.get(i)), "same seed, same article " + i);
            assertNotEquals(Files.readString(seeds.get(i % 2)), Files.readString(a.get(i)), "article " + i + " varied");
        }
        assertNotEquals(Files.readString(a.get(0)), Files.readString(c.get(0)));
        assertNotEquals(Files.readString(a.get(0)), Files.readString(a.get(2)), "two variants of one seed differ");
    }

    @Test
    void datesMoveAndStayValid() {
        String s = CorpusGenerator.shiftDates("On January 31, 2019 and 30 March 2020.", new Random(3));
        assertTrue(s.matches("On [A-Z][a-z]+ (\\d|1\\d|2[0-8]), 20\\d\\d and (\\d|1\\d|2[0-8]) [A-Z][a-z]+ 20\\d\\d\\."), s);
    }
}

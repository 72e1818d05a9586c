package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The ingest rounds of a bench report: medians, paired ratios, and how they are shown. */
class BenchReportTest {
    private static BenchReport.Ingest round(int threads, long millis) {
        return new BenchReport.Ingest(threads, 800, 800, 0, millis, 769_695);
    }

    private static BenchReport report(BenchReport.Ingest one, BenchReport.Ingest two) {
        return new BenchReport(new BenchReport.Corpus("c", 800, 0, 1, 1), new BenchReport.Load(1, 1),
                new BenchReport.Run(1, 800, 0, 1_000_000_000L, 1), null,
                new BenchReport.PerArticle(1, 1, 1, 1, 1, 1), new BenchReport.Memory(1, 1, 1, 2, 0, 0), one, two,
                new BenchReport.Env("17", "jit", 2, "x", 50, 42));
    }

    @Test
    void roundsAreReportedByTheirMedianTime() {
        BenchReport.Ingest in = BenchReport.Ingest.ofRounds(List.of(round(1, 120_000), round(1, 100_000),
                round(1, 101_000)));
        assertEquals(101_000, in.millis(), "the middle of three");
        assertEquals(List.of(120_000L, 100_000L, 101_000L), in.roundMillis(), "in the order run");
        assertEquals(800, in.stored());
        assertEquals(100_500, BenchReport.Ingest.ofRounds(List.of(round(1, 100_000), round(1, 101_000))).millis(),
                "the mean of the middle two of an even count");
    }

    @Test
    void theSpeedupIsTheMedianOfEachRoundsOwnRatio() {
        // a slow spell in round 1 slows both of its ingests: its ratio (2.0) is sound though both times are high
        BenchReport r = report(
                BenchReport.Ingest.ofRounds(List.of(round(1, 100_000), round(1, 140_000), round(1, 102_000))),
                BenchReport.Ingest.ofRounds(List.of(round(2, 60_000), round(2, 70_000), round(2, 55_000))));
        assertEquals(List.of(100_000 / 60_000.0, 2.0, 102_000 / 55_000.0), r.roundSpeedups());
        assertEquals(102_000 / 55_000.0, r.ingestSpeedup(), 1e-9, "the median ratio, not a ratio of medians");
        String table = r.table();
        assertTrue(table.contains("1.85x one thread, median of rounds: 1.67x, 2.00x, 1.85x"), table);
        assertTrue(table.contains("(800 stored, 0 failed, 769695 quads, 102.0 s; rounds: 100.0, 140.0, 102.0 s)"), table);
        JsonObject j = r.toJson().getObj("ingestParallel");
        assertEquals(3, j.get("roundSpeedups").getAsArray().size());
        assertEquals(3, j.get("roundMillis").getAsArray().size());
    }

    @Test
    void extractionRoundsArePairedTheSameWay() {
        BenchReport.Run one = BenchReport.Run.ofRounds(List.of(new BenchReport.Run(1, 800, 0, 64_000_000_000L, 9),
                new BenchReport.Run(1, 800, 0, 80_000_000_000L, 9)));
        BenchReport.Run two = BenchReport.Run.ofRounds(List.of(new BenchReport.Run(2, 800, 0, 32_000_000_000L, 9),
                new BenchReport.Run(2, 800, 0, 50_000_000_000L, 9)));
        assertEquals(72_000_000_000L, one.nanos());
        BenchReport r = new BenchReport(new BenchReport.Corpus("c", 800, 0, 1, 1), new BenchReport.Load(1, 1), one,
                two, new BenchReport.PerArticle(1, 1, 1, 1, 1, 1), new BenchReport.Memory(1, 1, 1, 2, 0, 0), null,
                null, new BenchReport.Env("17", "jit", 2, "x", 50, 42));
        assertEquals(List.of(2.0, 1.6), r.extractRoundSpeedups());
        assertEquals(1.8, r.extractSpeedup(), 1e-9);
        assertTrue(r.table().contains("1.80x one thread, median of rounds: 2.00x, 1.60x"), r.table());
        assertTrue(r.table().contains("in 72.00 s; rounds: 64.0, 80.0 s)"), r.table());
        assertEquals(2, r.toJson().getObj("parallel").get("roundSeconds").getAsArray().size());
    }

    @Test
    void oneRoundReadsAsBefore() {
        BenchReport r = report(round(1, 100_400), round(2, 58_800));
        assertEquals(100_400 / 58_800.0, r.ingestSpeedup(), 1e-9);
        assertTrue(r.table().contains("769695 quads, 58.8 s)"), r.table());
        assertTrue(r.table().contains("  speed-up                 1.71x one thread\n"), r.table());
        assertTrue(!r.table().contains("rounds"), r.table());
        assertEquals(0, report(round(1, 1), null).ingestSpeedup());
    }
}

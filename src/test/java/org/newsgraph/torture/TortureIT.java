package org.newsgraph.torture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.torture.HostileCorpus.Case;
import org.newsgraph.torture.HostileCorpus.Outcome;

/**
 * Over a hundred hostile inputs mixed with good articles in one batch, through the real command line in its own JVM:
 * the batch finishes, every file gets what it deserves (an article, or one line naming the file and the reason),
 * the summary adds up, and the store is whole afterwards; a second run over the same batch changes nothing.
 */
@Tag("torture")
class TortureIT {
    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) added, (\\d+) replaced, (\\d+) unchanged, (\\d+) failed");

    @Test
    void aHostileBatchIsReportedFileByFileAndLeavesAWholeStore(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path store = tmp.resolve("store");
        List<Case> cases = HostileCorpus.write(corpus, true);
        long hostile = cases.stream().filter(c -> !c.file().startsWith("good/")).count();
        assertTrue(hostile >= 100, "only " + hostile + " hostile inputs");

        Torture.Run run = Torture.ingest(store, List.of(corpus.toString()), Map.of());
        assertEquals(0, run.exit(), run.output());
        List<String> problems = new ArrayList<>();
        for (Case c : cases) {
            String path = corpus.resolve(c.file()).toString();
            List<String> failures = run.lines().stream().filter(l -> l.startsWith("failed: " + path + ": ")).toList();
            switch (c.outcome()) {
                case FAILS -> {
                    if (failures.size() != 1 || !failures.get(0).contains(c.message())) {
                        problems.add(c.file() + ": expected one failure saying '" + c.message() + "', got " + failures);
                    }
                }
                case INGESTS, WARNS, NOTHING -> {
                    if (!failures.isEmpty()) {
                        problems.add(c.file() + ": expected " + c.outcome() + ", got " + failures);
                    }
                }
                default -> throw new IllegalStateException();
            }
            if (c.outcome() == Outcome.WARNS && run.lines().stream().noneMatch(l -> l.startsWith("warning: ")
                    && l.contains(c.message()))) {
                problems.add(c.file() + ": expected a warning saying '" + c.message() + "'");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n--- output:\n" + run.output());

        long stored = cases.stream().filter(c -> c.outcome() == Outcome.INGESTS || c.outcome() == Outcome.WARNS).count();
        long failed = cases.stream().filter(c -> c.outcome() == Outcome.FAILS).count();
        Matcher m = SUMMARY.matcher(run.output());
        assertTrue(m.find(), "no summary: " + run.output());
        assertEquals(List.of(stored, 0L, 0L, failed), List.of(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3)), Long.parseLong(m.group(4))), m.group());
        assertEquals((int) stored, Torture.checkWhole(store), "article graphs in the store");

        Torture.Run again = Torture.ingest(store, List.of(corpus.toString()), Map.of());
        Matcher m2 = SUMMARY.matcher(again.output());
        assertTrue(m2.find(), again.output());
        assertEquals("0 added, 0 replaced, " + stored + " unchanged, " + failed + " failed", m2.group(),
                "a second run changes nothing");
        assertEquals((int) stored, Torture.checkWhole(store));
    }
}

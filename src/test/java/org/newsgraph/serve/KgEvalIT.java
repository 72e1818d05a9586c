package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.SeedStore;

/**
 * Scores the served seeds with the shared answer key ({@code ../shared/tools/kg-eval}), so that an extraction
 * regression fails the build. The floors are today's measured quality, rounded down.
 */
class KgEvalIT {
    private static final Path TOOL = Path.of("..", "shared", "tools", "kg-eval");
    private static final Path GOLD = Path.of("..", "shared", "gold", "seeds.json");

    @Test
    void seedsScoreAtLeastTheirMeasuredQuality() throws Exception {
        assumeTrue(Files.isRegularFile(TOOL) && Files.isRegularFile(GOLD), "kg-eval or the answer key not found beside "
                + "the project (../shared); skipped");
        try (NewsgraphServer server = NewsgraphServer.builder().store(SeedStore.copy()).port(0).build().start()) {
            Process p = new ProcessBuilder("python3", TOOL.toString(), "--endpoint", server.sparqlUrl(), "--gold",
                    GOLD.toString(), "-v").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(5, TimeUnit.MINUTES));
            System.out.println(out);
            assertEquals(0, p.exitValue(), out);
            // the bars; the seeds measure 1.00 on each today, so a regression below them fails the build
            assertTrue(f1(out, "entities") >= 0.90, out);
            assertTrue(f1(out, "statements") >= 0.90, out);
            assertTrue(f1(out, "incidents") >= 0.90, out);
            assertTrue(out.matches("(?s).*found 2/2 {2}mention-recall 1\\.00 .*spurious-nodes 0.*"),
                    "both agreements, every mention, no spurious node: " + out);
            assertTrue(number(out, "date-acc ([\\d.]+)") >= 0.95, "statement dates: " + out);
            assertTrue(out.contains("wrong 0"), "a wrong Wikidata link: " + out);
            assertTrue(!out.contains("spurious (boilerplate)"), "a boilerplate entity: " + out);
        }
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        assertTrue(m.find(), "no " + regex + " in: " + out);
        return Double.parseDouble(m.group(1));
    }

    private static double f1(String out, String category) {
        Matcher m = Pattern.compile("(?m)^" + category + "\\s+P [\\d.]+ R [\\d.]+ F1 ([\\d.]+)").matcher(out);
        assertTrue(m.find(), "no " + category + " line in: " + out);
        return Double.parseDouble(m.group(1));
    }
}

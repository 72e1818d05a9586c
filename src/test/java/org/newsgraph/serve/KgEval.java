package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code ../shared/tools/kg-eval} against a live endpoint and reads numbers off its report. */
final class KgEval {
    static final Path TOOL = Path.of("..", "shared", "tools", "kg-eval");

    private KgEval() {
    }

    /** The verbose report of kg-eval for an endpoint and an answer key; fails when kg-eval does. */
    static String run(String sparqlUrl, Path gold) throws Exception {
        Process p = new ProcessBuilder("python3", TOOL.toString(), "--endpoint", sparqlUrl, "--gold", gold.toString(),
                "-v").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "kg-eval did not finish");
        System.out.println(out);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** The number captured by a regular expression's first group. */
    static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        assertTrue(m.find(), "no " + regex + " in: " + out);
        return Double.parseDouble(m.group(1));
    }

    /** A category's F1 ("entities", "statements", ...). */
    static double f1(String out, String category) {
        return number(out, "(?m)^" + category + "\\s+P [\\d.]+ R [\\d.]+ F1 ([\\d.]+)");
    }
}

package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.model.Extraction;

/**
 * The phenomenon manifest: linguistic and page phenomena of war reporting as data (one JSON file per family under
 * src/test/resources/manifest/), each case a text written for the test with the facts the extractor must and must
 * not give. One dynamic test per case, named by its id. A case marked "gap" is a known failure of the current
 * extractor: it is reported (console summary, target/manifest-report.txt), not failed; once it passes, the test
 * fails until the mark is removed, so the marks stay honest. The lexicon coverage table goes to
 * target/manifest-coverage.txt, and the test fails while a row of the five decisive lexicons lacks a positive or a
 * negative case ({@link ManifestCoverage}).
 */
class PhenomenonManifestTest {
    private static final Path REPORT = Path.of("target", "manifest-report.txt");
    private static final Path COVERAGE = Path.of("target", "manifest-coverage.txt");
    private static final List<ManifestCase> CASES = load();
    /** Outcome per case id: "pass", "gap", "fail" (or "fixed" for a gap mark that no longer holds). */
    private static final Map<String, String> OUTCOMES = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> GAP_DETAILS = new ConcurrentHashMap<>();

    /**
     * -Dmanifest.only=REGEX runs only the cases whose id matches (while writing cases; the well-formedness and
     * coverage checks always look at every case).
     */
    private static final java.util.regex.Pattern ONLY = java.util.regex.Pattern.compile(
            System.getProperty("manifest.only", ".*"));

    @TestFactory
    Stream<DynamicNode> manifest() {
        List<ManifestCase> selected = CASES.stream().filter(c -> ONLY.matcher(c.id()).matches()).toList();
        return selected.stream().map(ManifestCase::family).distinct().map(family -> DynamicContainer.dynamicContainer(family,
                selected.stream().filter(c -> c.family().equals(family))
                        .map(c -> DynamicTest.dynamicTest(c.id(), () -> run(c)))));
    }

    @TestFactory
    Stream<DynamicNode> manifestIsWellFormed() {
        return Stream.of(DynamicTest.dynamicTest("ids are unique", () -> {
            Set<String> seen = new HashSet<>();
            List<String> twice = CASES.stream().map(ManifestCase::id).filter(id -> !seen.add(id)).toList();
            assertEquals(List.of(), twice, "case ids used twice");
        }), DynamicTest.dynamicTest("at least 170 cases, a third of them negative", () -> {
            long negatives = CASES.stream().filter(ManifestCase::negative).count();
            assertTrue(CASES.size() >= 170, "only " + CASES.size() + " cases");
            assertTrue(3 * negatives >= CASES.size(), "only " + negatives + " negative cases of " + CASES.size());
        }), DynamicTest.dynamicTest("every lexicon row has a positive and a negative case", () -> {
            // a new row of incident-triggers, incident-blockers, agreement-nouns, reporting or modality needs a case
            // where it does its work and one where its words are there and it must not (ManifestCoverage)
            List<String> missing = ManifestCoverage.missing(ManifestCoverage.measure(CASES));
            if (!missing.isEmpty()) {
                fail(missing.size() + " lexicon rows lack a case (write them in src/test/resources/manifest/; "
                        + "positive/negative as defined in ManifestCoverage):\n" + ManifestCoverage.byLexicon(missing));
            }
        }));
    }

    private static void run(ManifestCase c) {
        Extraction x;
        List<String> problems;
        try {
            x = c.extract();
            problems = ManifestMatcher.problems(c, x);
        } catch (IllegalArgumentException e) {
            // a malformed case is the manifest's fault, never a known gap
            OUTCOMES.put(c.id(), "fail");
            throw e;
        } catch (RuntimeException e) {
            x = null;
            problems = List.of("extraction threw " + e);
        }
        if (c.gap() != null) {
            if (problems.isEmpty()) {
                OUTCOMES.put(c.id(), "fixed");
                fail("case " + c.id() + " now passes: remove its gap mark (\"" + c.gap() + "\")");
            }
            OUTCOMES.put(c.id(), "gap");
            GAP_DETAILS.put(c.id(), problems);
            return;
        }
        if (!problems.isEmpty()) {
            OUTCOMES.put(c.id(), "fail");
            fail(c.id() + " (" + c.phenomenon() + "; " + c.mechanism() + "):\n  " + String.join("\n  ", problems)
                    + (x == null ? "" : "\n  extracted: " + summary(x)));
        }
        OUTCOMES.put(c.id(), "pass");
    }

    private static String summary(Extraction x) {
        return "incidents " + ManifestMatcher.describe("incidents", x.incidents(), x)
                + "; statements " + ManifestMatcher.describe("statements", x.statements(), x)
                + "; agreements " + ManifestMatcher.describe("agreements", x.agreements(), x)
                + "; meetings " + ManifestMatcher.describe("meetings", x.meetings(), x);
    }

    @AfterAll
    static void report() throws IOException {
        long pass = OUTCOMES.values().stream().filter("pass"::equals).count();
        long gaps = OUTCOMES.values().stream().filter("gap"::equals).count();
        long failed = OUTCOMES.size() - pass - gaps;
        long negatives = CASES.stream().filter(ManifestCase::negative).count();
        String line = "manifest: " + CASES.size() + " cases (" + negatives + " negative), " + pass + " pass, " + gaps
                + " known gaps" + (failed > 0 ? ", " + failed + " failing" : "")
                + (OUTCOMES.size() < CASES.size() ? ", " + (CASES.size() - OUTCOMES.size()) + " not run" : "");
        // cases that were not run keep their last outcome out of the report; say so rather than hide it
        System.out.println(line);
        StringBuilder sb = new StringBuilder(line).append("\n\n# known gaps by phenomenon (the extractor's work queue)\n");
        Map<String, List<ManifestCase>> byPhenomenon = new TreeMap<>();
        CASES.stream().filter(c -> "gap".equals(OUTCOMES.get(c.id())))
                .forEach(c -> byPhenomenon.computeIfAbsent(c.phenomenon(), k -> new ArrayList<>()).add(c));
        byPhenomenon.forEach((ph, cs) -> {
            sb.append("\n## ").append(ph).append('\n');
            for (ManifestCase c : cs) {
                sb.append("- ").append(c.family()).append('/').append(c.id()).append(": ").append(c.gap())
                        .append("  [").append(c.mechanism()).append("]\n");
                GAP_DETAILS.getOrDefault(c.id(), List.of()).forEach(p -> sb.append("    ").append(p).append('\n'));
            }
        });
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, sb.toString(), StandardCharsets.UTF_8);
        List<String> coverage = new ArrayList<>();
        Files.writeString(COVERAGE, ManifestCoverage.table(ManifestCoverage.measure(CASES), coverage),
                StandardCharsets.UTF_8);
        coverage.forEach(c -> System.out.println("manifest coverage " + c));
    }

    private static List<ManifestCase> load() {
        try {
            Path dir = Path.of(PhenomenonManifestTest.class.getResource("/manifest").toURI());
            List<ManifestCase> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    String family = f.getFileName().toString().replace(".json", "");
                    try (InputStream in = Files.newInputStream(f)) {
                        out.addAll(ManifestCase.read(family, in));
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("src/test/resources/manifest/ is not on the test classpath", e);
        }
    }
}

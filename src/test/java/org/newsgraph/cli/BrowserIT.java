package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.SeedStore;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.QueryCatalogue;

/**
 * A real browser on the real server: Debian's Chromium, headless, driven by {@code src/test/ui/browser-test.js}
 * (playwright-core), opens the landing page and checks its counts, opens the Fuseki UI and its query editor for the
 * dataset, follows a catalogue link into the editor, runs the query and checks the results table; then clicks from
 * the landing page to an article (the reader with its highlights), to a name in it (the actor's page), to one of its
 * events, searches, opens the map and the timeline, checking that nothing is fetched from outside the server.
 * Screenshots go to {@code target/}: {@code ui-landing.png}, {@code ui-home.png}, {@code ui-query.png}, {@code
 * ui-article.png}, {@code ui-actor.png}, {@code ui-search.png}, {@code ui-map.png}, {@code ui-timeline.png}.
 *
 * <p>Skipped, with the reason printed, when Chromium, node or the driver ({@code npm ci} in {@code src/test/ui})
 * is missing.
 */
class BrowserIT {
    private static final Path UI = Path.of("src/test/ui");
    private static final Path OUT = Path.of("target");
    private static final String QUERY = "03-sochi-memorandum-wordings.rq";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    void runsACatalogueQueryInTheFusekiUiAndShowsTheLandingPage() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        skipUnless(Files.isExecutable(chromium), "no Chromium at " + chromium + " (apt-get install chromium)");
        skipUnless(nodeVersion() != null, "no node on PATH (apt-get install nodejs npm)");
        skipUnless(Files.isDirectory(UI.resolve("node_modules/playwright-core")),
                "the browser driver is not installed: run 'npm ci' in " + UI);

        QueryCatalogue.Entry q = QueryCatalogue.load(Path.of("queries")).stream()
                .filter(e -> e.fileName().equals(QUERY)).findFirst().orElseThrow();
        ServeCommand.ServerOptions o = new ServeCommand.ServerOptions();
        o.port = 0;
        o.host = "127.0.0.1";
        o.timeoutSeconds = 30;
        o.queries = Path.of("queries");
        Instant started = Instant.now().minusSeconds(1);
        try (NewsgraphServer server = o.build(SeedStore.copy()).start()) {
            long articles;
            try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.sparqlUrl())
                    .query("SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/newsgraph/ontology#Article> }")
                    .build()) {
                articles = qe.execSelect().next().getLiteral("n").getLong();
            }
            List<String> cmd = new ArrayList<>(List.of("node", "browser-test.js", server.baseUrl(),
                    OUT.toAbsolutePath().toString(), QUERY, q.expectContains().get(0),
                    Integer.toString(q.expectMinRows()), Long.toString(articles)));
            Process p = new ProcessBuilder(cmd).directory(UI.toFile()).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            String out = readAll(p.getInputStream(), p);
            System.out.println("browser-test.js:\n" + out);
            assertEquals(0, p.exitValue(), "browser-test.js failed:\n" + out);
            assertTrue(out.contains("all browser checks passed"), out);
            assertTrue(out.contains("the results table shows \"" + q.expectContains().get(0) + "\""), out);
        }
        for (String shot : List.of("ui-landing.png", "ui-home.png", "ui-query.png", "ui-article.png",
                "ui-actor.png", "ui-search.png", "ui-map.png", "ui-timeline.png")) {
            Path f = OUT.resolve(shot);
            assertTrue(Files.isRegularFile(f), "no screenshot " + f);
            assertTrue(Files.getLastModifiedTime(f).compareTo(FileTime.from(started)) >= 0, f + " is from an "
                    + "earlier run");
            byte[] head = new byte[4];
            try (InputStream in = Files.newInputStream(f)) {
                assertEquals(4, in.read(head));
            }
            assertArrayEquals(PNG, head, f + " is not a PNG");
            assertTrue(Files.size(f) > 10_000, f + " is only " + Files.size(f) + " bytes");
        }
    }

    private static void skipUnless(boolean ok, String reason) {
        if (!ok) {
            System.out.println("BrowserIT skipped: " + reason);
        }
        Assumptions.assumeTrue(ok, reason);
    }

    private static String nodeVersion() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            String v = readAll(p.getInputStream(), p).strip();
            return p.exitValue() == 0 ? v : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }

    /** Reads a process's output until it ends, giving it at most three minutes. */
    private static String readAll(InputStream in, Process p) throws IOException, InterruptedException {
        StringBuilder b = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                b.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                b.append("(output unreadable: ").append(e.getMessage()).append(')');
            }
        });
        reader.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor();
            reader.join(5000);
            throw new AssertionError("the browser test did not finish in 180 s; output so far:\n" + b);
        }
        reader.join(10_000);
        return b.toString();
    }
}

package org.newsgraph.torture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed again and again: {@code kill -9} at random points of a batch, and halts exactly between the
 * store's commit and the full-text index's commit at a random article, first while articles are added and then while
 * every one of them is replaced by a new version. After every blow the store is whole (every article complete or
 * absent, the index in step, the shapes valid), and a last run completes the batch.
 */
@Tag("torture")
class TortureKillIT {
    private static final int ARTICLES = 40;
    private static final Pattern PROGRESS = Pattern.compile("^\\s*(\\d+)/\\d+ articles");
    private static final String HALT = "newsgraph.test.haltBeforeIndexCommit";

    private final Random random = new Random(Long.getLong("torture.seed", System.nanoTime()));

    @Test
    void killsAtRandomPointsAndAtTheCommitWindowLoseNothing(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path store = tmp.resolve("store");
        write(corpus, "");
        blows(corpus, store, "adding");
        finish(corpus, store);

        // every article changes: the blows now land while graphs are replaced
        write(corpus, "\nThe ministry gave no further details on the operation.\n");
        blows(corpus, store, "replacing");
        finish(corpus, store);
    }

    private void blows(Path corpus, Path store, String phase) throws Exception {
        for (int k = 0; k < 2; k++) {
            int done = Torture.checkWhole(Files.isDirectory(store) ? store : Files.createDirectories(store));
            kill(corpus, store, 1 + random.nextInt(6), random.nextInt(500));
            int after = Torture.checkWhole(store);
            assertTrue(after >= done && after <= ARTICLES, phase + ": " + done + " articles before a kill, " + after
                    + " after");
        }
        // groups of four articles per transaction: ten commits for the batch, the halt at one of the first seven
        int n = 2 + random.nextInt(6);
        Torture.Run halted = Torture.ingest(store, List.of(corpus.toString()), Map.of(HALT, String.valueOf(n)),
                "--group", "4");
        assertEquals(86, halted.exit(), phase + ": the halt at commit " + n + " did not happen:\n" + halted.output());
        Torture.checkWhole(store);
    }

    /** Starts an ingest, waits until it has done {@code articles} more, waits {@code millis}, and kills it. */
    private static void kill(Path corpus, Path store, int articles, int millis) throws Exception {
        Process p = Torture.start(store, List.of(corpus.toString()), Map.of(), "--progress-every", "1");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = PROGRESS.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1)) >= articles) {
                    break;
                }
            }
            Thread.sleep(millis);
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
    }

    private static void finish(Path corpus, Path store) throws Exception {
        Torture.Run last = Torture.ingest(store, List.of(corpus.toString()), Map.of());
        assertEquals(0, last.exit(), last.output());
        assertTrue(last.output().contains(" 0 failed"), last.output());
        assertEquals(ARTICLES, Torture.checkWhole(store));
        try (org.newsgraph.store.GraphStore gs = org.newsgraph.store.GraphStore.open(store)) {
            assertEquals(0, gs.awaitingFusion(), "the last run fused what the killed ones left unfused");
        }
    }

    private static void write(Path corpus, String addition) throws Exception {
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(corpus.resolve(String.format("story-%02d.txt", i)),
                    HostileCorpus.story(i) + "\nThis is report number " + i + ".\n" + addition);
        }
    }
}

package org.newsgraph;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.newsgraph.extract.Extractor;
import org.newsgraph.store.GraphStore;
import org.newsgraph.pipeline.Ingestion;

/**
 * Builds a real TDB2 store from the seeds once per JVM, for the integration tests. The store and every copy and
 * folder handed out by {@link #tempDir} are deleted when the JVM exits (a TDB2 store takes about 200 MB on disk; runs
 * that left them behind once filled 36 GB of /tmp).
 */
public final class SeedStore {
    private static final List<Path> TO_DELETE = new CopyOnWriteArrayList<>();
    private static Path dir;
    private static Ingestion.Summary summary;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TO_DELETE.forEach(SeedStore::deleteQuietly),
                "delete-test-stores"));
    }

    private SeedStore() {
    }

    public static synchronized Path path() throws Exception {
        if (dir == null) {
            dir = tempDir("newsgraph-seeds");
            try (GraphStore store = GraphStore.open(dir)) {
                summary = new Ingestion(store, Extractor.builder().build())
                        .run(List.of("seeds"), System.in, new PrintWriter(new StringWriter()), 0);
            }
        }
        return dir;
    }

    /**
     * A private copy of the seeds store, for a test that serves it. A server and a {@link GraphStore} on one location
     * in one JVM would contend for the full-text index's writer, and closing either releases the location for both;
     * production never does that (a store is open in one process at a time), tests in one JVM would.
     */
    public static Path copy() throws Exception {
        Path src = path();
        Path dst = tempDir("newsgraph-seeds-copy");
        try (var files = Files.walk(src)) {
            for (Path f : files.toList()) {
                Path to = dst.resolve(src.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, to);
                }
            }
        }
        return dst;
    }

    /** A new empty folder under the system's temporary folder, deleted with its contents when the JVM exits. */
    public static Path tempDir(String prefix) throws IOException {
        Path d = Files.createTempDirectory(prefix);
        TO_DELETE.add(d);
        return d;
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort at exit: a folder left behind is no test failure
        }
    }

    public static synchronized Ingestion.Summary summary() throws Exception {
        path();
        return summary;
    }
}

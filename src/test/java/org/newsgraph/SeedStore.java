package org.newsgraph;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.extract.Extractor;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Ingestion;

/** Builds a real TDB2 store from the seeds once per JVM, for the integration tests. */
public final class SeedStore {
    private static Path dir;
    private static Ingestion.Summary summary;

    private SeedStore() {
    }

    public static synchronized Path path() throws Exception {
        if (dir == null) {
            dir = Files.createTempDirectory("newsgraph-seeds");
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
        Path dst = Files.createTempDirectory("newsgraph-seeds-copy");
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

    public static synchronized Ingestion.Summary summary() throws Exception {
        path();
        return summary;
    }
}

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

    public static synchronized Ingestion.Summary summary() throws Exception {
        path();
        return summary;
    }
}

package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Loads RDF files (N-Quads shards, TriG, any syntax RIOT knows by the file's extension, gzipped or not) into an empty
 * store with Jena's parallel bulk loader, then builds the full-text index once from the loaded store. The quads go
 * in as they are: the shards must already be a whole store's graphs (an export, or the shards an extraction job
 * wrote with its entities and fused graphs), since nothing is re-described or re-fused on the way.
 */
public final class BulkLoad {
    /** What a load did. */
    public record Result(long quads, long indexed, long loadMillis, long indexMillis) {
    }

    private BulkLoad() {
    }

    /**
     * Loads the files into the store at {@code dir}, which must be empty or absent.
     *
     * @throws IllegalArgumentException when the store already holds quads, or a file is missing
     */
    public static Result load(Path dir, List<Path> files) {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException("no file " + f);
            }
        }
        if (StoreState.liveGeneration(dir) != null) {
            throw new IllegalArgumentException("the store " + dir + " exists already; 'load' fills an empty store "
                    + "(use 'ingest' to add articles to a store, or load into a new directory)");
        }
        long t0 = System.currentTimeMillis();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        long quads;
        try {
            DataLoader loader = LoaderFactory.parallelLoader(dsg, (format, args) -> { });
            loader.startBulk();
            try {
                loader.load(files.stream().map(Path::toString).toList());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            quads = loader.countQuads() + loader.countTriples();
        } finally {
            TDBInternal.expel(dsg);
        }
        long t1 = System.currentTimeMillis();
        long indexed;
        try (GraphStore store = GraphStore.open(dir)) {
            indexed = Math.max(0, store.rebuiltOnOpen());
            CompactionLog.record(dir, store.diskBytes(), quads);
        }
        return new Result(quads, indexed, t1 - t0, System.currentTimeMillis() - t1);
    }
}

package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index with an intent marker around its commit, which closes the one window where the store and its
 * full-text index can disagree after a crash.
 *
 * <p>A write commits in two steps: TDB2 first (its journal makes the write durable), then Lucene. A process killed
 * between the two comes back with the new quads in the store and the old documents in the index: the replaced
 * article's text is still found, the new one is not, and counting documents cannot tell when the replacement has as
 * many indexed values as the original. So before the first step this index writes a marker file (synced to disk), and
 * it removes the marker only once Lucene has committed or rolled back. A store opened with the marker present had a
 * write cut off somewhere in that window; {@link GraphStore#open} then rebuilds the index from the store.
 *
 * <p>Each commit also records the store's {@link StoreState} in the Lucene commit: an index whose recorded state is
 * the store's present one is in step without counting (a write behind its back, by a tool without the index, changes
 * the state).
 */
final class MarkedTextIndex extends TextIndexLucene {
    /** The marker's name in the store directory. */
    static final String MARKER = "text-commit-pending";
    /** The key of the Lucene commit data that records the {@link StoreState} the index was committed with. */
    static final String STORE_STATE = "newsgraph.storeState";
    /**
     * Test hook: halt the JVM between the store's commit and the index's commit, at the Nth commit of the process
     * ({@code true} for the first); CommitWindowIT and TortureKillIT set it on an ingest they start.
     */
    static final String HALT_PROPERTY = "newsgraph.test.haltBeforeIndexCommit";
    private static final int HALT_AT = haltAt(System.getProperty(HALT_PROPERTY));
    private static final java.util.concurrent.atomic.AtomicInteger COMMITS =
            new java.util.concurrent.atomic.AtomicInteger();

    private final Path marker;

    MarkedTextIndex(Directory directory, TextIndexConfig config, Path marker) {
        super(directory, config);
        this.marker = marker;
    }

    /** The marker of a store directory. */
    static Path marker(Path store) {
        return store.resolve(MARKER);
    }

    @Override
    public void prepareCommit() {
        write(marker);
        super.prepareCommit();
    }

    @Override
    public void commit() {
        if (HALT_AT > 0 && COMMITS.incrementAndGet() == HALT_AT) {
            Runtime.getRuntime().halt(86);
        }
        // the store has committed: its state goes into the same Lucene commit as the documents that match it
        String state = StoreState.of(marker.getParent());
        if (state != null) {
            getIndexWriter().setLiveCommitData(java.util.Map.of(STORE_STATE, state).entrySet());
        }
        super.commit();
        clear(marker);
    }

    /** The store state recorded by the index's last commit, or null when none was recorded. */
    static String recordedState(Directory directory) {
        try {
            if (!org.apache.lucene.index.DirectoryReader.indexExists(directory)) {
                return null;
            }
            return org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData().get(STORE_STATE);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void rollback() {
        super.rollback();
        clear(marker);
    }

    private static int haltAt(String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return 0;
        }
        return value.equals("true") ? 1 : Integer.parseInt(value.trim());
    }

    private static void write(Path marker) {
        byte[] note = ("a write to this store was committing at " + Instant.now() + " (process "
                + ProcessHandle.current().pid() + "); if this file is still here, the full-text index is rebuilt "
                + "when the store is next opened\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap(note));
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the commit marker " + marker + ": " + e.getMessage(), e);
        }
    }

    private static void clear(Path marker) {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            // left behind, it costs one index rebuild at the next open; it never hides a disagreement
        }
    }
}

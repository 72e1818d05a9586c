package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live size of a store, estimated from its last compaction and the quads written since, without reading it. */
class CompactionLogTest {
    @TempDir
    Path store;

    @Test
    void aNewStoreCountsItsQuadsAtTheDefaultSizeUntilItIsCompacted() {
        CompactionLog.created(store);
        CompactionLog.count(store, 1000);
        CompactionLog.count(store, -100);

        assertEquals(900 * CompactionLog.DEFAULT_BYTES_PER_QUAD, CompactionLog.read(store).liveBytes());
    }

    @Test
    void afterACompactionAQuadTakesWhatItTookThere() {
        CompactionLog.created(store);
        CompactionLog.count(store, 1000);
        CompactionLog.record(store, 500_000, CompactionLog.read(store).quadsNow());
        CompactionLog.count(store, 200);

        assertEquals(500_000 + 200 * 500, CompactionLog.read(store).liveBytes());
        assertEquals(500_000, CompactionLog.read(store).bytes());
    }

    @Test
    void aStoreThatDoesNotKnowItsQuadsTakesItsLastCompactedSize() throws Exception {
        Files.writeString(store.resolve(CompactionLog.FILE), "123456\n");  // the one-number file of older stores
        CompactionLog.count(store, 5000);

        assertEquals(123456, CompactionLog.read(store).liveBytes(), "no count is started from an unknown one");
        Files.delete(store.resolve(CompactionLog.FILE));
        assertEquals(0, CompactionLog.read(store).liveBytes(), "never compacted, nothing known");
        Files.writeString(store.resolve(CompactionLog.FILE), "garbage here\n");
        assertEquals(0, CompactionLog.read(store).liveBytes(), "an unreadable file is no file");
    }
}

package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store counts the quads its writes commit, and compacts when its garbage outweighs its live data as estimated
 * from that count, not merely because it has never been compacted.
 */
class CompactionPolicyIT {
    @Test
    void theStoreCompactsWhenItTakesMoreThanTwiceItsLiveSize(@TempDir Path tmp) {
        try (GraphStore gs = GraphStore.open(tmp)) {
            for (int i = 0; i < 20; i++) {
                gs.write(PendingReportsIT.article("a" + i, "2020-03-01", "words of article number " + i));
            }
            gs.delete("a3");
            CompactionLog.State s = CompactionLog.read(tmp);
            assertEquals(gs.size(), s.quadsNow(), "the writes' count is the store's");

            long disk = gs.diskBytes();
            CompactionLog.record(tmp, disk / 2 + 4096, s.quadsNow());
            assertNull(gs.compactIfDue(0), "less garbage than live data");
            CompactionLog.record(tmp, disk / 2 - 4096, s.quadsNow());
            long[] sizes = gs.compactIfDue(0);
            assertNotNull(sizes, "more garbage than live data");
            assertEquals(sizes[1], CompactionLog.read(tmp).bytes(), "the compacted size is the new reference");
            assertEquals(s.quadsNow(), CompactionLog.read(tmp).quadsThen());
        }
    }
}

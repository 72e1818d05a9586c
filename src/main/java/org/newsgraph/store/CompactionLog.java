package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The store's size right after its last compaction, in a one-line file of the store directory: what "the store has
 * doubled since" is measured against. A store never compacted counts as 0.
 */
final class CompactionLog {
    static final String FILE = "compacted-size";

    private CompactionLog() {
    }

    static long lastSize(Path store) {
        try {
            return Long.parseLong(Files.readString(store.resolve(FILE)).strip());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    static void record(Path store, long bytes) {
        try {
            Files.writeString(store.resolve(FILE), bytes + "\n");
        } catch (IOException e) {
            // without the record the next batch compacts once more than needed; nothing is lost
        }
    }
}

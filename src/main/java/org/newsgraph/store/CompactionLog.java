package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the store took on disk right after its last compaction (or bulk load), and how many quads it held then and
 * holds now, in a one-line file of the store directory: {@code bytes quadsThen quadsNow}. From these the live size of
 * the store is estimated without reading it, and a compaction is due when the store's garbage outweighs it. The quad
 * counts are kept as writes commit; a store that does not know them (made before they were kept, or whose file is
 * gone) falls back to the size after its last compaction as its live size, and a store never compacted to 0.
 */
final class CompactionLog {
    static final String FILE = "compacted-size";
    /**
     * Bytes a quad takes in a compacted store (its six TDB2 indexes, node table and full-text share) when the store
     * has not been compacted yet to tell: 800 generated articles took 268 MB for 769,695 quads (365 bytes), 300 took
     * 102 MB for 288,955 (370).
     */
    static final long DEFAULT_BYTES_PER_QUAD = 370;

    /**
     * @param bytes  the size after the last compaction or load (0: never)
     * @param quadsThen the quads the store held then, or -1 when not known
     * @param quadsNow  the quads it holds now, or -1 when not known
     */
    record State(long bytes, long quadsThen, long quadsNow) {
        /** The estimated size of the live data: the compacted size and the bytes of the quads added since. */
        long liveBytes() {
            if (quadsThen < 0 || quadsNow < 0) {
                return bytes;
            }
            long perQuad = quadsThen > 0 ? bytes / quadsThen : DEFAULT_BYTES_PER_QUAD;
            return Math.max(0, bytes + (quadsNow - quadsThen) * perQuad);
        }
    }

    private CompactionLog() {
    }

    static State read(Path store) {
        try {
            String[] f = Files.readString(store.resolve(FILE)).strip().split("\\s+");
            long bytes = Long.parseLong(f[0]);
            return f.length >= 3 ? new State(bytes, Long.parseLong(f[1]), Long.parseLong(f[2]))
                    : new State(bytes, -1, -1);
        } catch (IOException | RuntimeException e) {
            return new State(0, -1, -1);
        }
    }

    /** A new, empty store: nothing compacted and no quads, so every quad written from now on is counted. */
    static void created(Path store) {
        write(store, new State(0, 0, 0));
    }

    /** A compaction or bulk load left the store at this size with this many quads (-1: not known). */
    static void record(Path store, long bytes, long quads) {
        write(store, new State(bytes, quads, quads));
    }

    /** A committed write changed the store's quads by {@code delta}; nothing when the count is not known. */
    static void count(Path store, long delta) {
        State s = read(store);
        if (s.quadsNow() >= 0 && delta != 0) {
            write(store, new State(s.bytes(), s.quadsThen(), s.quadsNow() + delta));
        }
    }

    private static void write(Path store, State s) {
        try {
            Files.writeString(store.resolve(FILE), s.bytes() + " " + s.quadsThen() + " " + s.quadsNow() + "\n");
        } catch (IOException e) {
            // without the record the next batch compacts once more than needed, or later; nothing is lost
        }
    }
}

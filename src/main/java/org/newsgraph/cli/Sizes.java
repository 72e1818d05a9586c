package org.newsgraph.cli;

import java.util.Locale;
import org.newsgraph.store.GraphStore;

/** How a command reports what it wrote and how large the store is. */
final class Sizes {
    private Sizes() {
    }

    /** "+3,517 / -0 quads; store 64.2 MB on disk". */
    static String describe(GraphStore.Written w, long bytes) {
        return String.format(Locale.ROOT, "%+,d / -%,d quads; store %s on disk", w.added(), w.removed(), bytes(bytes));
    }

    static String bytes(long n) {
        if (n < 0) {
            return "of unknown size";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        }
        if (n < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GB", n / (1024.0 * 1024 * 1024));
    }
}

package org.newsgraph.serve;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.store.GraphStore;

/**
 * Rendered pages of nodes, kept while the store does not change: a much-mentioned actor's page reads every quad
 * that points at it (a few hundred milliseconds on a store of millions), and analysts open the same few pages again
 * and again. The key is the page; the store's state is the number of write transactions TDB2 has begun in this JVM
 * (a served store is read-only, and no other process can write it while it is served), and nothing is cached while a
 * write is open, so a page is never older than the store. Least recently used pages go first beyond {@value #MAX_BYTES} bytes. A dataset that is not
 * TDB2 is never cached.
 */
final class PageCache {
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final LinkedHashMap<String, byte[]> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long version = Long.MIN_VALUE;

    /**
     * Whether pages of this state may be kept: a newer state than the cache's drops every page (states only grow),
     * an older one (a page rendered before a write that has committed since) or none is not kept.
     */
    private boolean moveTo(long state) {
        if (state < 0 || state < version) {
            return false;
        }
        if (state > version) {
            pages.clear();
            bytes = 0;
            version = state;
        }
        return true;
    }

    /** The store's state, or -1 when it cannot be told (then nothing is cached). */
    static long version(DatasetGraph ds) {
        return GraphStore.writesBegun(ds);
    }

    /** The page rendered at this state, or null. */
    synchronized byte[] get(String key, long state) {
        return moveTo(state) ? pages.get(key) : null;
    }

    synchronized void put(String key, long state, byte[] page) {
        if (!moveTo(state) || page.length > MAX_BYTES / 8) {
            return;
        }
        byte[] old = pages.put(key, page);
        bytes += page.length - (old == null ? 0 : old.length);
        for (Iterator<Map.Entry<String, byte[]>> it = pages.entrySet().iterator(); bytes > MAX_BYTES && it.hasNext(); ) {
            bytes -= it.next().getValue().length;
            it.remove();
        }
    }
}

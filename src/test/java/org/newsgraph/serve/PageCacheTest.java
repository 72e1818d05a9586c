package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;

/** A cached page lives exactly as long as the store it was rendered from (a real, in-memory TDB2). */
class PageCacheTest {
    private static final byte[] PAGE = "<html>Idlib</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void aPageIsServedAgainUntilTheStoreIsWritten() {
        Dataset tdb = TDB2Factory.createDataset();
        PageCache cache = new PageCache();
        long v = PageCache.version(tdb.asDatasetGraph());
        assertTrue(v >= 0);
        assertNull(cache.get("idlib", v));
        cache.put("idlib", v, PAGE);
        assertArrayEquals(PAGE, cache.get("idlib", PageCache.version(tdb.asDatasetGraph())), "the same state");

        tdb.begin(ReadWrite.WRITE);
        assertEquals(-1, PageCache.version(tdb.asDatasetGraph()), "nothing is cached while a write is open");
        tdb.asDatasetGraph().add(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o"));
        tdb.commit();
        tdb.end();
        assertNull(cache.get("idlib", PageCache.version(tdb.asDatasetGraph())), "written since: rendered again");
    }

    @Test
    void aStoreThatIsNotTdb2IsNeverCached() {
        long v = PageCache.version(DatasetGraphFactory.createTxnMem());
        assertEquals(-1, v);
        PageCache cache = new PageCache();
        cache.put("idlib", v, PAGE);
        assertNull(cache.get("idlib", v));
    }

    @Test
    void theLeastRecentlyUsedPagesGoFirstBeyondTheCap() {
        Dataset tdb = TDB2Factory.createDataset();
        long v = Txn.calculateRead(tdb, () -> PageCache.version(tdb.asDatasetGraph()));
        PageCache cache = new PageCache();
        byte[] big = new byte[(int) (PageCache.MAX_BYTES / 8)];
        for (int i = 0; i < 8; i++) {
            cache.put("p" + i, v, big);
        }
        cache.get("p0", v); // p0 is used again: p1 is now the oldest
        cache.put("p8", v, big);
        assertArrayEquals(big, cache.get("p0", v));
        assertNull(cache.get("p1", v));
        assertArrayEquals(big, cache.get("p8", v));
    }
}

package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.pipeline.Ingestion;

/**
 * The bulk path: the N-Quads of an ingested store, cut into shards and loaded into an empty store, give the same
 * graph (compared as graphs) with its full-text index built and in step; a store that exists is not loaded into.
 */
class BulkLoadIT {
    @Test
    void shardsOfAnIngestedStoreLoadIntoTheSameGraphWithItsIndex(@TempDir Path tmp) throws Exception {
        Path ingested = tmp.resolve("ingested");
        try (GraphStore gs = GraphStore.open(ingested)) {
            new Ingestion(gs, Extractor.builder().build()).run(List.of("seeds"), InputStream.nullInputStream(), null, 0);
        }
        DatasetGraph expected = copy(ingested);
        // two shards: the article graphs of the first three seeds, and everything else
        Path a = tmp.resolve("shard-a.nq");
        Path b = tmp.resolve("shard-b.nq.gz");
        DatasetGraph first = DatasetGraphFactory.create();
        DatasetGraph rest = DatasetGraphFactory.create();
        expected.find().forEachRemaining(q -> {
            String g = q.getGraph().getURI();
            boolean early = g.endsWith("/000_badb6536dc7ab645") || g.endsWith("/001_f22061eb0096845d")
                    || g.endsWith("/002_6a3b87e544eb1277");
            (early ? first : rest).add(q);
        });
        try (OutputStream out = Files.newOutputStream(a)) {
            RDFDataMgr.write(out, first, Lang.NQUADS);
        }
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(b))) {
            RDFDataMgr.write(out, rest, Lang.NQUADS);
        }
        Path loaded = tmp.resolve("loaded");
        BulkLoad.Result r = BulkLoad.load(loaded, List.of(a, b));
        assertEquals(expected.stream().count(), r.quads());
        assertTrue(r.indexed() > 0, "the text index was built");
        assertTrue(IsoMatcher.isomorphic(expected, copy(loaded)), "the same graph as ingest's");
        try (GraphStore gs = GraphStore.open(loaded)) {
            assertEquals(-1, gs.rebuiltOnOpen(), "opens in step, by the state the index recorded");
            assertTrue(gs.searchIndexInStep());
            // and it is a store like any other: ingesting the seeds again finds them unchanged
            Ingestion.Summary again = new Ingestion(gs, Extractor.builder().build()).run(List.of("seeds"),
                    InputStream.nullInputStream(), null, 0);
            assertEquals(5, again.unchanged());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BulkLoad.load(loaded, List.of(a)));
        assertTrue(e.getMessage().contains("exists already"), e.getMessage());
    }

    private static DatasetGraph copy(Path dir) {
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        try (GraphStore gs = GraphStore.open(dir)) {
            Txn.executeRead(gs.dataset(), () -> gs.dataset().asDatasetGraph().find().forEachRemaining(out::add));
        }
        return out;
    }
}

package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageTest {
    @Test
    void theIngestChainIsCheckedAndRunsExtractResolveRdfStoreInThatOrder() {
        assertEquals("ingest -> extract -> resolve: entity identity -> resolve: news-cycle dating -> rdf -> store "
                + "-> resolve: fusion", Ingestion.CHAIN.describe());
    }

    @Test
    void aChainOutOfOrderIsRefusedWhenItIsBuiltNamingTheStageAndWhatItLacks() {
        List<Stage> swapped = new ArrayList<>(Ingestion.CHAIN.stages());
        Collections.swap(swapped, 4, 5); // store before rdf
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Stage.Chain(swapped));
        assertTrue(e.getMessage().startsWith("stage 'store' requires [ARTICLE_GRAPH], which no stage before it "
                + "provides (the chain so far: ingest -> extract -> resolve: entity identity -> resolve: news-cycle "
                + "dating)"), e.getMessage());
        List<Stage> noExtract = new ArrayList<>(Ingestion.CHAIN.stages());
        noExtract.remove(1);
        assertThrows(IllegalStateException.class, () -> new Stage.Chain(noExtract));
    }
}

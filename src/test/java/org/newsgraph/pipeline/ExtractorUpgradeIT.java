package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.store.GraphStore;

/**
 * After an upgrade the store does not serve old facts (issue 9, item 5): an article stored by another extractor
 * fingerprint is extracted again although its file did not change; one stored by this extractor is skipped, unless
 * forced.
 */
class ExtractorUpgradeIT {
    private static final Extractor EXTRACTOR = Extractor.builder().build();

    @Test
    void anArticleStoredByAnotherExtractorIsExtractedAgain(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("story.txt"), "Turkish troops entered Idlib on Monday.\n");

        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            assertEquals(1, run(store, f, false).added());
            assertTrue(store.extractedWith("story", Extractor.fingerprint()));

            // what an older build left: the same text, another fingerprint
            Txn.executeWrite(store.dataset(), () -> UpdateAction.parseExecute("""
                    PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                    DELETE { GRAPH ?g { ?r ng:extractorFingerprint ?f } }
                    INSERT { GRAPH ?g { ?r ng:extractorFingerprint "sha256:0000000000000000" } }
                    WHERE { GRAPH ?g { ?r ng:extractorFingerprint ?f } }""", store.dataset()));
            assertFalse(store.extractedWith("story", Extractor.fingerprint()));

            Ingestion.Summary upgraded = run(store, f, false);
            assertEquals(1, upgraded.reextracted(), upgraded.toString());
            assertEquals(1, upgraded.replaced());
            assertTrue(store.extractedWith("story", Extractor.fingerprint()));
            assertFalse(store.extractedWith("story", "sha256:0000000000000000"), "the old run is gone");

            Ingestion.Summary again = run(store, f, false);
            assertEquals(1, again.unchanged());
            assertEquals(0, again.reextracted());

            Ingestion.Summary forced = run(store, f, true);
            assertEquals(1, forced.reextracted());
            assertEquals(1, forced.replaced());
        }
    }

    @Test
    void theFingerprintIsAShortHashAndStableWithinARun() {
        String fp = Extractor.fingerprint();

        assertTrue(fp.matches("sha256:[0-9a-f]{16}"), fp);
        assertEquals(fp, Extractor.fingerprint());
    }

    private static Ingestion.Summary run(GraphStore store, Path f, boolean force) throws Exception {
        return new Ingestion(store, EXTRACTOR).force(force)
                .run(List.of(f.toString()), System.in, new PrintWriter(new StringWriter()), 0);
    }
}

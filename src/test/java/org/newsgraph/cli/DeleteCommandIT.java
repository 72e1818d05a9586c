package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Ids;
import org.newsgraph.store.GraphStore;

/**
 * {@code newsgraph delete} (issue 9, item 5): an article and what only it supported leave the store, in the graphs
 * and in the full-text index; what another article supports stays.
 */
class DeleteCommandIT {
    private static final String PREFIXES = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> "
            + "PREFIX text: <http://jena.apache.org/text#> ";

    private static final String QUOTED = "SELECT ?s WHERE { ?s text:query (ng:quote 'unacceptable') }";

    @Test
    void deletingAnArticleByItsFileRemovesWhatOnlyItSupported(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path kept = Files.copy(Path.of("seeds", "002_6a3b87e544eb1277.txt"), in.resolve("002_6a3b87e544eb1277.txt"));
        Path gone = Files.copy(Path.of("seeds", "003_f3cbd4cda5a5ffaf.txt"), in.resolve("003_f3cbd4cda5a5ffaf.txt"));
        Path store = tmp.resolve("store");
        assertEquals(0, cli("ingest", in.toString(), "--store", store.toString()).code());

        Set<String> onlyGone;
        Set<String> ofKept;
        int quotedBefore;
        int quotedIn003;
        try (GraphStore gs = GraphStore.open(store)) {
            ofKept = referenced(gs, "002_6a3b87e544eb1277");
            onlyGone = referenced(gs, "003_f3cbd4cda5a5ffaf");
            onlyGone.removeAll(ofKept);
            assertFalse(onlyGone.isEmpty(), "003 names something 002 does not");
            quotedBefore = count(gs, QUOTED);
            quotedIn003 = count(gs, "SELECT ?s WHERE { GRAPH <" + Ids.graph("003_f3cbd4cda5a5ffaf")
                    + "> { ?s ng:quote ?q FILTER(CONTAINS(?q, 'unacceptable')) } }");
            assertTrue(quotedIn003 > 0, "003 quotes 'unacceptable'");
        }

        Run r = cli("delete", gone.toString(), "--store", store.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("deleted article 003_f3cbd4cda5a5ffaf ("), r.out());
        try (GraphStore gs = GraphStore.open(store)) {
            assertEquals(0, count(gs, "SELECT * WHERE { GRAPH <" + Ids.graph("003_f3cbd4cda5a5ffaf") + "> { ?s ?p ?o } }"));
            assertEquals(quotedBefore - quotedIn003, count(gs, QUOTED),
                    "the deleted article's quotes are gone from the index, the other's stay");
            for (String e : onlyGone) {
                assertEquals(0, count(gs, "SELECT * WHERE { GRAPH <" + Ids.ENTITIES_GRAPH + "> { <" + e + "> ?p ?o } }"),
                        e + " was supported by the deleted article only");
            }
            for (String e : ofKept) {
                assertTrue(count(gs, "SELECT * WHERE { GRAPH <" + Ids.ENTITIES_GRAPH + "> { <" + e + "> ?p ?o } }") > 0,
                        e + " is still supported by 002");
            }
        }

        Run again = cli("delete", "003_f3cbd4cda5a5ffaf", "--store", store.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("the store holds no article '003_f3cbd4cda5a5ffaf'"), again.err());
        assertTrue(Files.exists(kept));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Set<String> referenced(GraphStore gs, String articleId) {
        Set<String> out = new HashSet<>();
        Txn.executeRead(gs.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(gs.dataset()).query("SELECT DISTINCT ?e WHERE { GRAPH <"
                    + Ids.graph(articleId) + "> { ?m <https://w3id.org/newsgraph/ontology#refersTo> ?e } }").build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.getResource("e").getURI()));
            }
        });
        return out;
    }

    private static int count(GraphStore gs, String query) {
        return Txn.calculateRead(gs.dataset(), () -> {
            int n = 0;
            try (QueryExecution qe = QueryExecution.dataset(gs.dataset()).query(PREFIXES + query)
                    .set(GraphStore.UNION_DEFAULT_GRAPH, true).build()) {
                for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) {
                    n++;
                }
            }
            return n;
        });
    }
}

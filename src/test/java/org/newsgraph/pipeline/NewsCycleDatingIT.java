package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.store.GraphStore;

/** An undated article is dated by a dated report of the same news cycle, whichever is ingested first. */
class NewsCycleDatingIT {
    private static final Extractor EXTRACTOR = Extractor.builder().build();
    private static final String DATES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            SELECT ?pub ?est ?basis WHERE { GRAPH ?g { ?a ng:articleId ?id .
              OPTIONAL { ?a ng:published ?pub } OPTIONAL { ?a ng:publishedEstimate ?est }
              OPTIONAL { ?a ng:dateBasis ?basis } FILTER(STRSTARTS(?id, "003")) } }""";
    private static final String SUNDAY = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            SELECT ?d WHERE { GRAPH ?g { ?s ng:speaker <https://w3id.org/newsgraph/id/entity/trump> ; ng:date ?d ;
              ng:dateInferred true ; ng:inArticle ?a . ?a ng:articleId ?id FILTER(STRSTARTS(?id, "003")) } }""";

    @Test
    void theUndatedArticleTakesTheDateOfTheDatedReportAfterIt(@TempDir Path tmp) throws Exception {
        assertDatedFrom002(ingest(tmp, "002", "003"));
    }

    @Test
    void theDatedReportDatesItWhetherCommittedOrStillWaitingForItsGroupsCommit(@TempDir Path tmp) throws Exception {
        // groups of one commit 002 before 003 is read; by default 002 still waits in 003's group, read where it waits
        assertDatedFrom002(ingest(tmp.resolve("one"), 1, "002", "003"));
        assertDatedFrom002(ingest(tmp.resolve("group"), Ingestion.DEFAULT_GROUP, "002", "003"));
    }

    @Test
    void theUndatedArticleIsRedatedWhenTheDatedReportComesLaterInTheBatch(@TempDir Path tmp) throws Exception {
        assertDatedFrom002(ingest(tmp, "003", "002"));
    }

    @Test
    void withoutARelatedDatedReportNoDateIsGuessed(@TempDir Path tmp) throws Exception {
        List<QuerySolution> rows = ingest(tmp, "000", "003");

        assertEquals(1, rows.size());
        assertFalse(rows.get(0).contains("pub"));
        assertFalse(rows.get(0).contains("est"), "000 reports another news cycle");
    }

    private static void assertDatedFrom002(List<QuerySolution> rows) {
        assertEquals(1, rows.size());
        QuerySolution r = rows.get(0);
        assertFalse(r.contains("pub"), "an estimate never becomes ng:published");
        assertEquals("2019-06-03", r.getLiteral("est").getLexicalForm());
        assertTrue(r.contains("basis") && r.getLiteral("basis").getString().contains("002_"), r.toString());
    }

    /** Bindings of a TDB2 result are read lazily; copy them while the transaction is open. */
    private static QuerySolution copy(QuerySolution r) {
        QuerySolutionMap m = new QuerySolutionMap();
        m.addAll(r);
        r.varNames().forEachRemaining(v -> m.add(v, r.get(v).isLiteral()
                ? ResourceFactory.createTypedLiteral(r.getLiteral(v).getLexicalForm(), r.getLiteral(v).getDatatype())
                : r.get(v)));
        return m;
    }

    private static List<QuerySolution> ingest(Path tmp, String... seeds) throws Exception {
        return ingest(tmp, Ingestion.DEFAULT_GROUP, seeds);
    }

    private static List<QuerySolution> ingest(Path tmp, int group, String... seeds) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<String> inputs = new ArrayList<>();
        for (String s : seeds) {
            try (var files = Files.list(Path.of("seeds"))) {
                Path src = files.filter(p -> p.getFileName().toString().startsWith(s + "_")).findFirst().orElseThrow();
                inputs.add(Files.copy(src, in.resolve(src.getFileName())).toString());
            }
        }
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            new Ingestion(store, EXTRACTOR).group(group).run(inputs, System.in, new PrintWriter(new StringWriter()), 0);
            List<QuerySolution> rows = new ArrayList<>();
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(DATES).build()) {
                    qe.execSelect().forEachRemaining(r -> rows.add(copy(r)));
                }
                if (rows.size() == 1 && rows.get(0).contains("est")) {
                    try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(SUNDAY).build()) {
                        assertEquals("2019-06-02", qe.execSelect().next().getLiteral("d").getLexicalForm());
                    }
                }
            });
            return rows;
        }
    }
}

package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.resolve.NewsCycleDating;
import org.newsgraph.resolve.StoredReports.StoredStatement;

/**
 * Dating reads the statements of the articles of its group still waiting for their commit as if they were stored:
 * they are found by their text keys next to the stored ones, replace the stored version of the same article, and
 * count towards a stock phrase with them.
 */
class PendingReportsIT {
    private static final String WORDS = "the ceasefire in the province will hold as long as the other side keeps it";
    private static final String SPEAKER = "spokesman";
    private static final String KEY = NewsCycleDating.textKeys(SPEAKER, WORDS).iterator().next();

    @Test
    void aWaitingArticleIsReadBesideTheStoredOnes(@TempDir Path tmp) {
        try (GraphStore store = GraphStore.open(tmp)) {
            store.write(article("stored", "2020-03-01", WORDS));

            List<StoredStatement> rows = store.readStatements(List.of(article("waiting", "2020-03-02", WORDS)),
                    r -> r.statementsSharing(Set.of(KEY), Set.of(SPEAKER), null));

            assertEquals(List.of("stored 2020-03-01", "waiting 2020-03-02"), rows.stream()
                    .map(s -> s.articleId() + " " + s.published()).sorted().toList());
            assertEquals(1, store.read(r -> r.statementsSharing(Set.of(KEY), Set.of(SPEAKER), null)).size(),
                    "nothing waiting: the store alone");
        }
    }

    @Test
    void aWaitingVersionOfAStoredArticleReplacesIt(@TempDir Path tmp) {
        try (GraphStore store = GraphStore.open(tmp)) {
            store.write(article("a1", "2020-03-01", WORDS));

            List<StoredStatement> rows = store.readStatements(List.of(article("a1", "2020-04-09", WORDS)),
                    r -> r.statementsSharing(Set.of(KEY), Set.of(SPEAKER), null));

            assertEquals(1, rows.size(), rows.toString());
            assertEquals("2020-04-09", rows.get(0).published().toString(), "the waiting version, not the stored one");
            assertEquals(List.of(), store.readStatements(List.of(article("a1", "2020-04-09", "nothing alike here")),
                    r -> r.statementsSharing(Set.of(KEY), Set.of(SPEAKER), null)), "the stored version is gone");
        }
    }

    @Test
    void storedAndWaitingHoldersCountTogetherTowardsAStockPhrase(@TempDir Path tmp) {
        try (GraphStore store = GraphStore.open(tmp)) {
            int stored = NewsCycleDating.STOCK_PHRASE / 2;
            int more = NewsCycleDating.STOCK_PHRASE - stored + 1;
            for (int i = 0; i < stored; i++) {
                store.write(article("s" + i, "2020-03-01", WORDS));
            }
            List<ArticleGraph> waiting = new java.util.ArrayList<>();
            for (int i = 0; i < more; i++) {
                waiting.add(article("w" + i, "2020-03-02", WORDS));
            }

            assertEquals(List.of(), store.readStatements(waiting,
                    r -> r.statementsSharing(Set.of(KEY), Set.of(SPEAKER), null)),
                    "one holder more than a stock phrase has");
            assertEquals(NewsCycleDating.STOCK_PHRASE, store.readStatements(waiting.subList(1, more),
                    r -> r.statementsSharing(Set.of(KEY), Set.of(SPEAKER), null)).size(),
                    "as many as a stock phrase has are followed");
        }
    }

    @Test
    void theFusionLookupsAreRefusedNotAnsweredFromTheStoreAlone(@TempDir Path tmp) {
        try (GraphStore store = GraphStore.open(tmp)) {
            assertThrows(UnsupportedOperationException.class, () -> store.readStatements(
                    List.of(article("w", "2020-03-02", WORDS)), r -> r.reportsOf(Set.of("x"))));
        }
    }

    /** An article graph with one statement of {@link #SPEAKER}, keyed as the mapper keys it. */
    static ArticleGraph article(String id, String published, String words) {
        String ns = "https://w3id.org/newsgraph/id/";
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(ns + "article/" + id).addProperty(NG.articleId, id)
                .addProperty(NG.published, published);
        Resource s = m.createResource(ns + "statement/" + id + "-1").addProperty(NG.inArticle, a)
                .addProperty(NG.speaker, m.createResource(ns + "entity/" + SPEAKER)).addProperty(NG.evidence, words);
        NewsCycleDating.textKeys(SPEAKER, words).forEach(k -> s.addProperty(NG.textKey, k));
        return new ArticleGraph(id, ns + "graph/" + id, "hash-" + id + published + words.hashCode(), m, Map.of());
    }
}

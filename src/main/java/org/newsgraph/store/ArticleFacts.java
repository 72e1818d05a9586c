package org.newsgraph.store;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.resolve.IncidentReport;
import org.newsgraph.resolve.StatementReport;
import org.newsgraph.resolve.StoredReports;

/**
 * What the cross-article stages need of one article graph, read the way the store reads it once the article is
 * stored ({@link StoreReports} over an in-memory dataset holding the article's graph and its entity descriptions):
 * a job that writes no store (the Spark job) fuses and dates with the same reports as {@code ingest}.
 *
 * @param incidents  its incident reports, as event fusion sees them
 * @param statements its statement reports, as utterance fusion sees them
 * @param textKeys   the news-cycle dating keys its statements carry (none when it is undated)
 * @param datingRows its statements as news-cycle dating reads them from a dated article
 * @param forms      the words its mentions use for each entity (the entities' altLabels)
 * @param referenced the entities and agreements its graph points at
 */
public record ArticleFacts(List<IncidentReport> incidents, List<StatementReport> statements, Set<String> textKeys,
                           List<StoredReports.StoredStatement> datingRows, Map<String, Set<String>> forms,
                           Set<String> referenced) implements Serializable {

    /**
     * Reads the facts of one article graph.
     *
     * @param speakerKeys the entity keys of its statements' speakers
     */
    public static ArticleFacts of(ArticleGraph ag, Set<String> speakerKeys) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        Node g = NodeFactory.createURI(ag.graphIri());
        ag.graph().getGraph().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        ag.descriptions().values().forEach(m -> m.getGraph().find().forEachRemaining(
                t -> dsg.add(EntityDescriptions.ENTITIES, t.getSubject(), t.getPredicate(), t.getObject())));
        StoreReports reports = new StoreReports(dsg);
        Set<String> keys = new TreeSet<>();
        dsg.find(g, Node.ANY, NG.textKey.asNode(), Node.ANY)
                .forEachRemaining(q -> keys.add(q.getObject().getLiteralLexicalForm()));
        List<StoredReports.StoredStatement> rows = keys.isEmpty() ? List.of()
                : new ArrayList<>(reports.statementsSharing(keys, speakerKeys, null));
        Map<String, Set<String>> forms = new TreeMap<>();
        EntityDescriptions.surfaceForms(dsg, g).forEach((e, f) -> forms.put(e.getURI(), new TreeSet<>(f)));
        Set<String> referenced = new TreeSet<>();
        EntityDescriptions.referenced(dsg, g).forEach(n -> referenced.add(n.getURI()));
        return new ArticleFacts(new ArrayList<>(reports.reportsInArticle(ag.articleId())),
                new ArrayList<>(reports.statementsInArticle(ag.articleId())), keys, rows, forms, referenced);
    }
}

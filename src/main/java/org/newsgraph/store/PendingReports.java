package org.newsgraph.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.resolve.NewsCycleDating;
import org.newsgraph.resolve.StatementsOnly;

/**
 * The statements of the store as they will be once some article graphs still waiting for their group's commit are
 * written: each of those replaces the stored graph of its IRI. An undated article of a batch is dated against the
 * articles before it, and reading them here, not after a commit, lets the group keep growing (a commit per undated
 * article made groups of a few articles, each leaving its copied TDB2 blocks behind).
 */
final class PendingReports extends StatementsOnly {
    private final StoreReports stored;
    private final StoreReports waiting;
    private final Set<Node> waitingGraphs = new HashSet<>();

    PendingReports(DatasetGraph store, Collection<ArticleGraph> unwritten) {
        DatasetGraph mem = DatasetGraphFactory.create();
        for (ArticleGraph ag : unwritten) {
            Node g = NodeFactory.createURI(ag.graphIri());
            mem.addGraph(g, ag.graph().getGraph());
            waitingGraphs.add(g);
        }
        this.stored = new StoreReports(store);
        this.waiting = new StoreReports(mem);
    }

    @Override
    public List<StoredStatement> statementsSharing(Set<String> textKeys, Set<String> speakerKeys,
                                                   String exceptArticle) {
        Set<Node> fromStore = new TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        Set<Node> fromWaiting = new TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        for (String k : new TreeSet<>(textKeys)) {
            Set<Node> inStore = stored.holders(k, waitingGraphs);
            Set<Node> inWaiting = waiting.holders(k, Set.of());
            if (inStore.size() + inWaiting.size() <= NewsCycleDating.STOCK_PHRASE) {
                inStore.stream().filter(Node::isURI).forEach(fromStore::add);
                inWaiting.stream().filter(Node::isURI).forEach(fromWaiting::add);
            }
        }
        List<StoredStatement> out = new java.util.ArrayList<>(stored.statementsIn(fromStore, speakerKeys,
                exceptArticle));
        out.addAll(waiting.statementsIn(fromWaiting, speakerKeys, exceptArticle));
        return out;
    }
}

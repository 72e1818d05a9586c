package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.rdf.Ids;
import org.newsgraph.rdf.NG;

/**
 * The articles written but not yet fused into events and utterances, kept in the store in the graph
 * {@value org.newsgraph.rdf.Ids#AWAITING_FUSION_GRAPH} so that they survive a batch that stops half-way:
 * {@code <article/ID> ng:awaitsFusion true; ng:priorEvent <event/...>; ng:priorUtterance <utterance/...>}. A mark is
 * written in the transaction that writes its article, with the events and utterances the article's reports belonged
 * to before that write (the old reports are gone once it is written, and the fused graphs that list them must still
 * be taken apart); the transaction that fuses the article removes it. Between batches the graph is empty.
 *
 * <p>The marks are bookkeeping, not facts: they are not counted among the quads a batch writes.
 */
final class AwaitingFusion {
    private static final Node GRAPH = NodeFactory.createURI(Ids.AWAITING_FUSION_GRAPH);
    private static final Node AWAITS = NG.awaitsFusion.asNode();
    private static final Node EVENT = NG.priorEvent.asNode();
    private static final Node UTTERANCE = NG.priorUtterance.asNode();
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    private static final String ARTICLE = Ids.article("").getURI();

    private AwaitingFusion() {
    }

    /** Marks an article as awaiting fusion, with what its reports and statements belonged to before. */
    static void mark(DatasetGraph dsg, String articleId, Set<String> events, Set<String> utterances) {
        Node a = NodeFactory.createURI(ARTICLE + articleId);
        dsg.add(GRAPH, a, AWAITS, TRUE);
        events.forEach(e -> dsg.add(GRAPH, a, EVENT, NodeFactory.createURI(e)));
        utterances.forEach(x -> dsg.add(GRAPH, a, UTTERANCE, NodeFactory.createURI(x)));
    }

    /** The articles the store marks as awaiting fusion, by id (none at rest). */
    static List<GraphStore.Unfused> read(DatasetGraph dsg) {
        Map<String, Set<String>[]> prior = new TreeMap<>();
        dsg.find(GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining((Quad q) -> {
            Node s = q.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(ARTICLE)) {
                return;
            }
            @SuppressWarnings("unchecked")
            Set<String>[] sets = prior.computeIfAbsent(s.getURI().substring(ARTICLE.length()),
                    k -> new Set[] {new TreeSet<>(), new TreeSet<>()});
            Node p = q.getPredicate();
            Node o = q.getObject();
            if (p.equals(EVENT) && o.isURI()) {
                sets[0].add(o.getURI());
            } else if (p.equals(UTTERANCE) && o.isURI()) {
                sets[1].add(o.getURI());
            }
        });
        List<GraphStore.Unfused> out = new ArrayList<>();
        prior.forEach((id, sets) -> out.add(new GraphStore.Unfused(id, sets[0], sets[1])));
        return out;
    }

    /** How many articles await fusion. */
    static int count(DatasetGraph dsg) {
        int n = 0;
        for (var it = dsg.find(GRAPH, Node.ANY, AWAITS, Node.ANY); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    /** Removes the marks of these articles: they are fused. */
    static void clear(DatasetGraph dsg, Collection<String> articleIds) {
        for (String id : articleIds) {
            dsg.deleteAny(GRAPH, NodeFactory.createURI(ARTICLE + id), Node.ANY, Node.ANY);
        }
    }
}

package org.newsgraph.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.Ids;
import org.newsgraph.rdf.NG;

/**
 * The TDB2 store: one named graph per article plus the entities graph. Each article is written in one write
 * transaction that replaces its graph and updates the entities graph, so readers (and a store reopened after a
 * crash) see every article complete or absent.
 *
 * <pre>{@code
 * try (GraphStore store = GraphStore.open(Path.of("data/store"))) { store.write(articleGraph); }
 * }</pre>
 */
public final class GraphStore implements AutoCloseable {
    private static final Node ENTITIES = NodeFactory.createURI(Ids.ENTITIES_GRAPH);
    private static final Node CONTENT_HASH = NG.contentHash.asNode();
    private static final Node REFERS_TO = NG.refersTo.asNode();
    private static final Node ANCHOR = NG.anchor.asNode();
    private static final Node ALT_LABEL = SKOS.altLabel.asNode();

    /** Context flag that makes a query's default graph the union of all graphs, as the endpoint has it. */
    public static final org.apache.jena.sparql.util.Symbol UNION_DEFAULT_GRAPH =
            org.apache.jena.tdb2.TDB2.symUnionDefaultGraph;

    private final Dataset dataset;
    private final Path location;

    private GraphStore(Dataset dataset, Path location) {
        this.dataset = dataset;
        this.location = location;
    }

    /** Opens (creating if needed) the store in a directory. */
    public static GraphStore open(Path dir) {
        return new GraphStore(TDB2Factory.connectDataset(dir.toString()), dir);
    }

    public Path location() {
        return location;
    }

    /** The underlying dataset, for the query and serve stages. */
    public Dataset dataset() {
        return dataset;
    }

    /** True when the store holds this article with this content hash. */
    public boolean isCurrent(String articleId, String contentHash) {
        Node g = NodeFactory.createURI(Ids.graph(articleId));
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph()
                .contains(g, Node.ANY, CONTENT_HASH, NodeFactory.createLiteralString(contentHash)));
    }

    /** Stores one article atomically: its graph is replaced, and the entities it touches are re-described. */
    public WriteOutcome write(ArticleGraph ag) {
        return write(ag, false);
    }

    /**
     * Stores one article atomically, as {@link #write(ArticleGraph)}; with {@code evenIfUnchanged}, also when the
     * store already holds the same content, because what was extracted from it changed (e.g. a date found later).
     */
    public WriteOutcome write(ArticleGraph ag, boolean evenIfUnchanged) {
        Node g = NodeFactory.createURI(ag.graphIri());
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (!evenIfUnchanged
                    && dsg.contains(g, Node.ANY, CONTENT_HASH, NodeFactory.createLiteralString(ag.contentHash()))) {
                return WriteOutcome.UNCHANGED;
            }
            boolean existed = dsg.containsGraph(g) && dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext();
            Set<Node> touched = referenced(dsg, g);
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            ag.graph().getGraph().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            touched.addAll(referenced(dsg, g));
            updateEntities(dsg, touched, ag.descriptions());
            return existed ? WriteOutcome.REPLACED : WriteOutcome.ADDED;
        });
    }

    /** Entity and agreement nodes an article graph points at. */
    private static Set<Node> referenced(DatasetGraph dsg, Node g) {
        Set<Node> out = new HashSet<>();
        Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isURI() && Ids.isDescribed(o.getURI())) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * Re-describes the touched entities: gone when no article refers to them any more; otherwise the canonical
     * description (new, or kept as it was) and one altLabel per surface form seen across all articles.
     */
    private static void updateEntities(DatasetGraph dsg, Set<Node> touched, Map<String, Model> descriptions) {
        for (Node e : touched) {
            boolean used = false;
            Iterator<Quad> refs = dsg.find(Node.ANY, Node.ANY, Node.ANY, e);
            while (refs.hasNext()) {
                Quad q = refs.next();
                if (!q.getGraph().equals(ENTITIES)) {
                    used = true;
                    break;
                }
            }
            Model d = descriptions.get(e.getURI());
            if (!used) {
                dsg.deleteAny(ENTITIES, e, Node.ANY, Node.ANY);
                dsg.deleteAny(ENTITIES, NodeFactory.createURI(e.getURI() + "/geometry"), Node.ANY, Node.ANY);
                continue;
            }
            if (d != null) {
                dsg.deleteAny(ENTITIES, e, Node.ANY, Node.ANY);
                for (Iterator<Triple> it = d.getGraph().find(); it.hasNext(); ) {
                    Triple t = it.next();
                    dsg.add(ENTITIES, t.getSubject(), t.getPredicate(), t.getObject());
                }
            }
            dsg.deleteAny(ENTITIES, e, ALT_LABEL, Node.ANY);
            Set<String> forms = new TreeSet<>();
            Iterator<Quad> ms = dsg.find(Node.ANY, Node.ANY, REFERS_TO, e);
            while (ms.hasNext()) {
                Quad q = ms.next();
                Iterator<Quad> an = dsg.find(q.getGraph(), q.getSubject(), ANCHOR, Node.ANY);
                while (an.hasNext()) {
                    forms.add(an.next().getObject().getLiteralLexicalForm());
                }
            }
            forms.forEach(f -> dsg.add(ENTITIES, e, ALT_LABEL, NodeFactory.createLiteralString(f)));
        }
    }

    /** Number of quads in the store. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            for (Iterator<Quad> it = dataset.asDatasetGraph().find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    /** Closes the store and releases it, so another process (a server, a later ingest) can open it. */
    @Override
    public void close() {
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}

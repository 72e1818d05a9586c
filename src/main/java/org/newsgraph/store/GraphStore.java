package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
 * crash) see every article complete or absent. Writes go through the full-text {@link SearchIndex}, which is
 * updated in the same transaction; opening a store whose index is missing or out of step rebuilds it.
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
    private final long rebuilt;

    private GraphStore(Dataset dataset, Path location, long rebuilt) {
        this.dataset = dataset;
        this.location = location;
        this.rebuilt = rebuilt;
    }

    /**
     * Opens (creating if needed) the store in a directory, with its full-text index in
     * {@code dir/}{@value SearchIndex#DIRECTORY}; an index that is missing or out of step with the store is rebuilt.
     */
    public static GraphStore open(Path dir) {
        // TDB2 first: it creates its database in an empty directory; the index subdirectory comes after.
        Dataset tdb;
        try {
            tdb = TDB2Factory.connectDataset(dir.toString());
        } catch (org.apache.jena.dboe.DBOpEnvException e) {
            if (!String.valueOf(e.getMessage()).contains("lock")) {
                throw e;
            }
            java.util.regex.Matcher held = java.util.regex.Pattern.compile("held by process (\\d+)")
                    .matcher(String.valueOf(e.getMessage()));
            throw new StoreInUseException("store " + dir + " is in use by " + (held.find() ? "process " + held.group(1)
                    : "another process") + " (a running 'newsgraph serve'?); stop it, or query it over HTTP", e);
        }
        Dataset text;
        try {
            text = SearchIndex.wrap(tdb, SearchIndex.location(dir), MarkedTextIndex.marker(dir));
        } catch (RuntimeException e) {
            org.apache.jena.tdb2.sys.TDBInternal.expel(tdb.asDatasetGraph());
            throw e;
        }
        GraphStore store = new GraphStore(text, dir, -1);
        try {
            // a marker left behind: a write was cut off between the store's commit and the index's
            boolean cutOff = Files.exists(MarkedTextIndex.marker(dir));
            // the recorded state answers in constant time; counting every indexable quad only when it cannot
            if (!cutOff && SearchIndex.committedWith(text, dir)) {
                return store;
            }
            if (!cutOff && SearchIndex.inStep(text)) {
                SearchIndex.recordState(text);
                return store;
            }
            long docs = SearchIndex.rebuild(text);
            if (docs > 0 || cutOff) {
                org.slf4j.LoggerFactory.getLogger(GraphStore.class).warn("rebuilt the full-text index of {} ({} "
                        + "documents): {}", dir, docs, cutOff ? "the last write to it was cut off between the store's "
                        + "commit and the index's" : "it was missing or out of step with the store");
            }
            return new GraphStore(text, dir, docs);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Makes sure a store's full-text index exists and is in step, then releases the store (for a server that opens
     * it through its own configuration). Returns the documents written, or -1 when the index was already in step.
     */
    public static long prepareSearchIndex(Path dir) {
        try (GraphStore s = open(dir)) {
            return s.rebuilt;
        }
    }

    /** Documents written when opening found the index missing or out of step, or -1 when it was in step. */
    public long rebuiltOnOpen() {
        return rebuilt;
    }

    /** Whether the full-text index holds exactly one document per indexable value of the store. */
    public boolean searchIndexInStep() {
        return SearchIndex.inStep(dataset);
    }

    /** Rebuilds the full-text index from the store; returns the number of index documents. */
    public long rebuildSearchIndex() {
        return SearchIndex.rebuild(dataset);
    }

    public Path location() {
        return location;
    }

    /** The underlying dataset (TDB2 with its full-text index), for the query and serve stages. */
    public Dataset dataset() {
        return dataset;
    }

    /** True when the store holds this article with this content hash. */
    public boolean isCurrent(String articleId, String contentHash) {
        Node g = NodeFactory.createURI(Ids.graph(articleId));
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph()
                .contains(g, Node.ANY, CONTENT_HASH, NodeFactory.createLiteralString(contentHash)));
    }

    /** True when the store holds this article as extracted by an extractor of this fingerprint. */
    public boolean extractedWith(String articleId, String fingerprint) {
        Node g = NodeFactory.createURI(Ids.graph(articleId));
        Node p = NodeFactory.createURI(org.newsgraph.rdf.NG.extractorFingerprint.getURI());
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph()
                .contains(g, Node.ANY, p, NodeFactory.createLiteralString(fingerprint)));
    }

    /** The file name the store holds an article from ("x.md"), or null when it holds no such article. */
    public String sourceFileOf(String articleId) {
        Node g = NodeFactory.createURI(Ids.graph(articleId));
        Node p = NodeFactory.createURI(org.newsgraph.rdf.NG.sourceFile.getURI());
        return Txn.calculateRead(dataset, () -> {
            var it = dataset.asDatasetGraph().find(g, Node.ANY, p, Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
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
        return Txn.calculateWrite(dataset, () -> writeIn(dataset.asDatasetGraph(), ag, evenIfUnchanged));
    }

    private static WriteOutcome writeIn(DatasetGraph dsg, ArticleGraph ag, boolean evenIfUnchanged) {
        Node g = NodeFactory.createURI(ag.graphIri());
        if (!evenIfUnchanged
                && dsg.contains(g, Node.ANY, CONTENT_HASH, NodeFactory.createLiteralString(ag.contentHash()))) {
            return WriteOutcome.UNCHANGED;
        }
        boolean existed = dsg.containsGraph(g) && dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext();
        Set<Node> touched = referenced(dsg, g);
        Map<Node, Set<String>> formsBefore = surfaceForms(dsg, g);
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        ag.graph().getGraph().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        touched.addAll(referenced(dsg, g));
        updateEntities(dsg, touched, ag.descriptions(), formsBefore, surfaceForms(dsg, g));
        return existed ? WriteOutcome.REPLACED : WriteOutcome.ADDED;
    }

    /**
     * Runs work in one write transaction: everything it writes through the {@link Update} lands together or not at
     * all (an article and the events its reports change, for instance).
     */
    public <T> T update(java.util.function.Function<Update, T> work) {
        return Txn.calculateWrite(dataset, () -> work.apply(new Update(dataset.asDatasetGraph())));
    }

    /** Runs a lookup of the resolve stage in one read transaction. */
    public <T> T read(java.util.function.Function<org.newsgraph.resolve.StoredReports, T> lookup) {
        return Txn.calculateRead(dataset, () -> lookup.apply(new StoreReports(dataset.asDatasetGraph())));
    }

    /** What may be done inside one {@link #update} transaction. */
    public static final class Update {
        private final DatasetGraph dsg;
        private final StoreReports reports;

        private Update(DatasetGraph dsg) {
            this.dsg = dsg;
            this.reports = new StoreReports(dsg);
        }

        /** As {@link GraphStore#write(ArticleGraph, boolean)}, inside this transaction. */
        public WriteOutcome writeArticle(ArticleGraph ag, boolean evenIfUnchanged) {
            return writeIn(dsg, ag, evenIfUnchanged);
        }

        /** As {@link GraphStore#delete(String)}, inside this transaction. */
        public long deleteArticle(String articleId) {
            return deleteIn(dsg, articleId);
        }

        /** The stored reports, as they are at this point of the transaction. */
        public org.newsgraph.resolve.StoredReports reports() {
            return reports;
        }

        /** The incident reports of one article, as stored at this point of the transaction. */
        public List<org.newsgraph.resolve.IncidentReport> reportsInArticle(String articleId) {
            return reports.reportsInArticle(articleId);
        }

        /** The events the reports of one article belong to at this point of the transaction. */
        public Set<String> eventsOfArticle(String articleId) {
            return reports.eventsOfArticle(articleId);
        }

        /** The statement reports of one article, as stored at this point of the transaction. */
        public List<org.newsgraph.resolve.StatementReport> statementsInArticle(String articleId) {
            return reports.statementsInArticle(articleId);
        }

        /** The utterances the statements of one article belong to at this point of the transaction. */
        public Set<String> utterancesOfArticle(String articleId) {
            return reports.utterancesOfArticle(articleId);
        }

        /**
         * Makes a named graph hold exactly the model's triples, deleting and adding only those that differ: a fused
         * event of forty reports that gains one is a few triples written, not eighty.
         */
        public void syncGraph(String graphIri, Model m) {
            Node g = NodeFactory.createURI(graphIri);
            Set<Triple> wanted = new HashSet<>();
            m.getGraph().find().forEachRemaining(wanted::add);
            List<Triple> gone = new ArrayList<>();
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!wanted.remove(q.asTriple())) {
                    gone.add(q.asTriple());
                }
            });
            gone.forEach(t -> dsg.delete(g, t.getSubject(), t.getPredicate(), t.getObject()));
            wanted.forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        }

        /** Removes a named graph. */
        public void deleteGraph(String graphIri) {
            dsg.deleteAny(NodeFactory.createURI(graphIri), Node.ANY, Node.ANY, Node.ANY);
        }
    }

    /**
     * Removes an article atomically: its graph, the entities and agreements only it referred to, and its surface
     * forms from the altLabels of the others (the full-text index follows, as on every write).
     *
     * @return the number of quads of the article's graph removed, or -1 when the store holds no such article
     */
    public long delete(String articleId) {
        return Txn.calculateWrite(dataset, () -> deleteIn(dataset.asDatasetGraph(), articleId));
    }

    private static long deleteIn(DatasetGraph dsg, String articleId) {
        Node g = NodeFactory.createURI(Ids.graph(articleId));
        long n = 0;
        for (Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) {
            n++;
        }
        if (n == 0) {
            return -1L;
        }
        Set<Node> touched = referenced(dsg, g);
        Map<Node, Set<String>> formsBefore = surfaceForms(dsg, g);
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        if (dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
            // quads TDB2 cannot delete (decimals written in a non-canonical form by builds before this one):
            // abort, so that the article is not half removed
            throw new IllegalStateException("article " + articleId + " could not be removed completely (it was "
                    + "stored by an older build whose decimals TDB2 cannot delete); rebuild the store with ingest");
        }
        updateEntities(dsg, touched, Map.of(), formsBefore, Map.of());
        return n;
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
     * Re-describes the touched entities and the ones their descriptions point at (a place's container, a person's
     * affiliation, an agreement's parties): gone when nothing keeps them any more; otherwise the canonical description
     * (new, or kept as it was) and one altLabel per surface form seen across all articles. Only the triples that
     * differ are deleted or added, so the full-text index sees no churn for unchanged labels.
     */
    private static void updateEntities(DatasetGraph dsg, Set<Node> touched, Map<String, Model> descriptions,
                                       Map<Node, Set<String>> formsBefore, Map<Node, Set<String>> formsAfter) {
        Set<Node> all = withRelated(dsg, touched, descriptions);
        Set<Node> keep = kept(dsg, all, descriptions);
        for (Node e : all) {
            Model d = descriptions.get(e.getURI());
            if (!keep.contains(e)) {
                dsg.deleteAny(ENTITIES, e, Node.ANY, Node.ANY);
                dsg.deleteAny(ENTITIES, NodeFactory.createURI(e.getURI() + "/geometry"), Node.ANY, Node.ANY);
                continue;
            }
            Set<Triple> altLabels = new HashSet<>();
            altLabels(dsg, e, formsBefore.getOrDefault(e, Set.of()), formsAfter.getOrDefault(e, Set.of()))
                    .forEach(f -> altLabels.add(Triple.create(e, ALT_LABEL, NodeFactory.createLiteralString(f))));
            if (d == null) {
                sync(dsg, e, ALT_LABEL, altLabels);
                continue;
            }
            Set<Triple> wanted = new HashSet<>(altLabels);
            for (Iterator<Triple> it = d.getGraph().find(); it.hasNext(); ) {
                Triple t = it.next();
                if (t.getSubject().equals(e)) {
                    wanted.add(t);
                } else {
                    dsg.add(ENTITIES, t.getSubject(), t.getPredicate(), t.getObject());
                }
            }
            sync(dsg, e, Node.ANY, wanted);
        }
    }

    /**
     * The touched entities and, transitively, the entities their descriptions point at, new or stored: without them
     * "Hulusi Akar, affiliation Turkey" would point at a Turkey that no article names, and that nothing describes.
     */
    private static Set<Node> withRelated(DatasetGraph dsg, Set<Node> touched, Map<String, Model> descriptions) {
        Set<Node> all = new java.util.LinkedHashSet<>(touched);
        java.util.Deque<Node> todo = new java.util.ArrayDeque<>(touched);
        while (!todo.isEmpty()) {
            Node e = todo.pop();
            List<Node> out = new ArrayList<>();
            Model d = descriptions.get(e.getURI());
            if (d != null) {
                d.getGraph().find(e, Node.ANY, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
            }
            dsg.find(ENTITIES, e, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
            for (Node o : out) {
                if (o.isURI() && Ids.isDescribed(o.getURI()) && !o.equals(e) && all.add(o)) {
                    todo.push(o);
                }
            }
        }
        return all;
    }

    /**
     * Which of these entities stay: those an article refers to, and those that an entity that stays points at
     * (in its new description, or in the stored one of an entity this write leaves alone).
     */
    private static Set<Node> kept(DatasetGraph dsg, Set<Node> all, Map<String, Model> descriptions) {
        Set<Node> keep = new HashSet<>();
        for (Node e : all) {
            if (referencedByAnArticle(dsg, e)) {
                keep.add(e);
            }
        }
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Node e : all) {
                if (!keep.contains(e) && pointedAtByAKeptEntity(dsg, e, all, keep, descriptions)) {
                    keep.add(e);
                    grew = true;
                }
            }
        }
        return keep;
    }

    /**
     * Whether an article graph points at the entity. The graphs of fused events and utterances do not count: they only
     * repeat what their reports' articles say, and while an article is removed they still hold its old reports.
     */
    private static boolean referencedByAnArticle(DatasetGraph dsg, Node e) {
        Iterator<Quad> refs = dsg.find(Node.ANY, Node.ANY, Node.ANY, e);
        while (refs.hasNext()) {
            Node g = refs.next().getGraph();
            if (!g.equals(ENTITIES) && !(g.isURI() && Ids.isFusedGraph(g.getURI()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean pointedAtByAKeptEntity(DatasetGraph dsg, Node e, Set<Node> all, Set<Node> keep,
                                                  Map<String, Model> descriptions) {
        Iterator<Quad> stored = dsg.find(ENTITIES, Node.ANY, Node.ANY, e);
        while (stored.hasNext()) {
            Node s = stored.next().getSubject();
            boolean storedStays = !all.contains(s) || keep.contains(s) && descriptions.get(s.getURI()) == null;
            if (!s.equals(e) && storedStays) {
                return true;
            }
        }
        for (Node s : keep) {
            Model d = descriptions.get(s.getURI());
            if (d != null && d.getGraph().contains(s, Node.ANY, e)) {
                return true;
            }
        }
        return false;
    }

    /** The anchor texts of one article graph's mentions, by the entity they refer to. */
    private static Map<Node, Set<String>> surfaceForms(DatasetGraph dsg, Node g) {
        Map<Node, Set<String>> forms = new HashMap<>();
        Iterator<Quad> ms = dsg.find(g, Node.ANY, REFERS_TO, Node.ANY);
        while (ms.hasNext()) {
            Quad q = ms.next();
            Iterator<Quad> an = dsg.find(g, q.getSubject(), ANCHOR, Node.ANY);
            while (an.hasNext()) {
                forms.computeIfAbsent(q.getObject(), k -> new TreeSet<>()).add(an.next().getObject().getLiteralLexicalForm());
            }
        }
        return forms;
    }

    /**
     * An entity's altLabels after one article changed: every distinct anchor text of the mentions that refer to it,
     * across all articles. Worked out from what changed (the article's forms before and after) rather than by
     * scanning every mention of the entity, so that a write costs the same in a large store as in a small one.
     */
    private static Set<String> altLabels(DatasetGraph dsg, Node e, Set<String> before, Set<String> after) {
        Set<String> forms = new TreeSet<>(after);
        dsg.find(ENTITIES, e, ALT_LABEL, Node.ANY).forEachRemaining(q -> forms.add(q.getObject().getLiteralLexicalForm()));
        for (String f : before) {
            if (!after.contains(f) && !usedAnywhere(dsg, e, f)) {
                forms.remove(f);
            }
        }
        return forms;
    }

    /** True when some mention in some article refers to the entity with these words. */
    private static boolean usedAnywhere(DatasetGraph dsg, Node e, String form) {
        Iterator<Quad> an = dsg.find(Node.ANY, Node.ANY, ANCHOR, NodeFactory.createLiteralString(form));
        while (an.hasNext()) {
            Quad q = an.next();
            if (!q.getGraph().equals(ENTITIES) && dsg.contains(q.getGraph(), q.getSubject(), REFERS_TO, e)) {
                return true;
            }
        }
        return false;
    }

    /** Makes the entities graph's triples of {@code s} (with predicate {@code p}, or any) exactly {@code wanted}. */
    private static void sync(DatasetGraph dsg, Node s, Node p, Set<Triple> wanted) {
        List<Quad> stale = new ArrayList<>();
        dsg.find(ENTITIES, s, p, Node.ANY).forEachRemaining(q -> {
            if (!wanted.contains(q.asTriple())) {
                stale.add(q);
            }
        });
        stale.forEach(dsg::delete);
        for (Triple t : wanted) {
            if (!dsg.contains(ENTITIES, t.getSubject(), t.getPredicate(), t.getObject())) {
                dsg.add(ENTITIES, t.getSubject(), t.getPredicate(), t.getObject());
            }
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
        // Closing the text dataset closes the Lucene writer (its lock would keep a server from opening the index).
        DatasetGraph tdb = ((org.apache.jena.query.text.DatasetGraphText) dataset.asDatasetGraph()).getWrapped();
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(tdb);
    }
}

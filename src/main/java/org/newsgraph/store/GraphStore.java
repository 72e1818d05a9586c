package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
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
    private static final Node CONTENT_HASH = NG.contentHash.asNode();
    /** The multiple of its estimated live size at which a store is due a compaction: its garbage then outweighs it. */
    public static final int GARBAGE_FACTOR = 2;

    /** Context flag that makes a query's default graph the union of all graphs, as the endpoint has it. */
    public static final org.apache.jena.sparql.util.Symbol UNION_DEFAULT_GRAPH =
            org.apache.jena.tdb2.TDB2.symUnionDefaultGraph;

    private final Dataset dataset;
    private final Path location;
    private final long rebuilt;
    private final java.util.concurrent.atomic.AtomicLong added = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong removed = new java.util.concurrent.atomic.AtomicLong();

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
        boolean created = StoreState.liveGeneration(dir) == null;
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
        if (created) {
            CompactionLog.created(dir);
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
     * A fingerprint of the committed state of the store in {@code dir}, read in constant time: it changes with every
     * write and every compaction, and with nothing else. Null when {@code dir} holds no store.
     */
    public static String stateOf(Path dir) {
        return StoreState.of(dir);
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
        return inWrite(w -> writeIn(w, ag, evenIfUnchanged));
    }

    private static WriteOutcome writeIn(QuadWrites w, ArticleGraph ag, boolean evenIfUnchanged) {
        DatasetGraph dsg = w.dsg;
        Node g = NodeFactory.createURI(ag.graphIri());
        if (!evenIfUnchanged
                && dsg.contains(g, Node.ANY, CONTENT_HASH, NodeFactory.createLiteralString(ag.contentHash()))) {
            return WriteOutcome.UNCHANGED;
        }
        boolean existed = dsg.containsGraph(g) && dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext();
        Set<Node> touched = EntityDescriptions.referenced(dsg, g);
        Map<Node, Set<String>> formsBefore = EntityDescriptions.surfaceForms(dsg, g);
        w.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        ag.graph().getGraph().find().forEachRemaining(t -> w.addAbsent(g, t));
        touched.addAll(EntityDescriptions.referenced(dsg, g));
        EntityDescriptions.update(w, touched, ag.descriptions(), formsBefore, EntityDescriptions.surfaceForms(dsg, g));
        return existed ? WriteOutcome.REPLACED : WriteOutcome.ADDED;
    }

    /** Quads added and removed by this process's committed writes to the store. */
    public record Written(long added, long removed) {
        public Written since(Written earlier) {
            return new Written(added - earlier.added, removed - earlier.removed);
        }
    }

    /** What this process's committed writes added and removed so far (compare two readings for a batch's). */
    public Written written() {
        return new Written(added.get(), removed.get());
    }

    /** Runs a write transaction and, once it has committed, counts what it wrote. */
    private <T> T inWrite(java.util.function.Function<QuadWrites, T> work) {
        QuadWrites[] w = new QuadWrites[1];
        T result = Txn.calculateWrite(dataset, () -> {
            w[0] = new QuadWrites(dataset.asDatasetGraph());
            return work.apply(w[0]);
        });
        added.addAndGet(w[0].added());
        removed.addAndGet(w[0].removed());
        CompactionLog.count(location, w[0].added() - w[0].removed());
        return result;
    }

    /**
     * Runs work in one write transaction: everything it writes through the {@link Update} lands together or not at
     * all (an article and the events its reports change, for instance).
     */
    public <T> T update(java.util.function.Function<Update, T> work) {
        return inWrite(w -> work.apply(new Update(w)));
    }

    /** Runs a lookup of the resolve stage in one read transaction. */
    public <T> T read(java.util.function.Function<org.newsgraph.resolve.StoredReports, T> lookup) {
        return Txn.calculateRead(dataset, () -> lookup.apply(new StoreReports(dataset.asDatasetGraph())));
    }

    /**
     * As {@link #read}, for dating only: the statements read are those of the store once these article graphs, not yet
     * committed, are written (each replacing the stored graph of its IRI).
     */
    public <T> T readStatements(java.util.Collection<ArticleGraph> unwritten,
                                java.util.function.Function<org.newsgraph.resolve.StoredReports, T> lookup) {
        if (unwritten.isEmpty()) {
            return read(lookup);
        }
        return Txn.calculateRead(dataset, () -> lookup.apply(new PendingReports(dataset.asDatasetGraph(), unwritten)));
    }

    /**
     * Runs a read of the fusion stage in one read transaction, on the store as last committed: several such reads may
     * run at once on several threads.
     */
    public <T> T readReports(java.util.function.Function<Reader, T> lookup) {
        return Txn.calculateRead(dataset, () -> lookup.apply(new Reader(dataset.asDatasetGraph())));
    }

    /** What the fusion stage reads, in a read transaction ({@link #readReports}) or a write one ({@link #update}). */
    public static class Reader {
        final DatasetGraph dsg;
        private final StoreReports reports;

        private Reader(DatasetGraph dsg) {
            this.dsg = dsg;
            this.reports = new StoreReports(dsg);
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
         * The articles awaiting fusion, by id: written by earlier transactions of this batch or by one that stopped
         * half-way.
         */
        public List<Unfused> awaitingFusion() {
            return AwaitingFusion.read(dsg);
        }
    }

    /** What may be done inside one {@link #update} transaction: the reads of the fusion stage, and writes. */
    public static final class Update extends Reader {
        private final QuadWrites w;

        private Update(QuadWrites w) {
            super(w.dsg);
            this.w = w;
        }

        /** As {@link GraphStore#write(ArticleGraph, boolean)}, inside this transaction. */
        public WriteOutcome writeArticle(ArticleGraph ag, boolean evenIfUnchanged) {
            return writeIn(w, ag, evenIfUnchanged);
        }

        /** As {@link GraphStore#delete(String)}, inside this transaction. */
        public long deleteArticle(String articleId) {
            return deleteIn(w, articleId);
        }

        /**
         * Makes a named graph hold exactly the model's triples, deleting and adding only those that differ: a fused
         * event of forty reports that gains one is a few triples written, not eighty.
         */
        public void syncGraph(String graphIri, Model m) {
            Node g = NodeFactory.createURI(graphIri);
            Set<Triple> wanted = new HashSet<>();
            m.getGraph().find().forEachRemaining(wanted::add);
            List<Quad> gone = new ArrayList<>();
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!wanted.remove(q.asTriple())) {
                    gone.add(q);
                }
            });
            gone.forEach(w::deletePresent);
            wanted.forEach(t -> w.addAbsent(g, t));
        }

        /** Removes a named graph. */
        public void deleteGraph(String graphIri) {
            w.deleteAny(NodeFactory.createURI(graphIri), Node.ANY, Node.ANY, Node.ANY);
        }

        /**
         * Marks an article written in this transaction as awaiting fusion, with the events and utterances its reports
         * and statements belonged to before it was written (see {@link #awaitingFusion}).
         */
        public void awaitFusion(String articleId, Set<String> priorEvents, Set<String> priorUtterances) {
            AwaitingFusion.mark(dsg, articleId, priorEvents, priorUtterances);
        }

        /** Removes the marks of these articles: this transaction fused them. */
        public void fused(java.util.Collection<String> articleIds) {
            AwaitingFusion.clear(dsg, articleIds);
        }
    }

    /**
     * An article written and not yet fused into events and utterances.
     *
     * @param articleId  its id
     * @param events     the events its reports belonged to before it was written
     * @param utterances the utterances its statements belonged to before it was written
     */
    public record Unfused(String articleId, Set<String> events, Set<String> utterances) {
    }

    /** How many articles await fusion (none between batches, unless one stopped half-way). */
    public int awaitingFusion() {
        return Txn.calculateRead(dataset, () -> AwaitingFusion.count(dataset.asDatasetGraph()));
    }

    /**
     * Removes an article atomically: its graph, the entities and agreements only it referred to, and its surface
     * forms from the altLabels of the others (the full-text index follows, as on every write).
     *
     * @return the number of quads of the article's graph removed, or -1 when the store holds no such article
     */
    public long delete(String articleId) {
        return inWrite(w -> deleteIn(w, articleId));
    }

    private static long deleteIn(QuadWrites w, String articleId) {
        DatasetGraph dsg = w.dsg;
        Node g = NodeFactory.createURI(Ids.graph(articleId));
        if (!dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
            return -1L;
        }
        Set<Node> touched = EntityDescriptions.referenced(dsg, g);
        Map<Node, Set<String>> formsBefore = EntityDescriptions.surfaceForms(dsg, g);
        long n = w.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        if (dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
            // quads TDB2 cannot delete (decimals written in a non-canonical form by builds before this one):
            // abort, so that the article is not half removed
            throw new IllegalStateException("article " + articleId + " could not be removed completely (it was "
                    + "stored by an older build whose decimals TDB2 cannot delete); rebuild the store with ingest");
        }
        EntityDescriptions.update(w, touched, Map.of(), formsBefore, Map.of());
        return n;
    }

    /**
     * Number of quads in the store, counted: it reads every quad, so it takes seconds on a store of millions. Batches
     * report {@link #written()} instead.
     */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            for (Iterator<Quad> it = dataset.asDatasetGraph().find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    /**
     * Compacts the store: TDB2 copies the live quads into a new generation and deletes the old one, whose blocks every
     * transaction's copy-on-write left behind. Takes the store for itself while it runs. The full-text index is
     * untouched (the quads are the same) and records the new state.
     *
     * @return the size on disk before and after
     */
    public long[] compact() {
        return compact(diskBytes());
    }

    /** As {@link #compact()}, the size before it already measured. */
    private long[] compact(long before) {
        DatasetGraph tdb = ((org.apache.jena.query.text.DatasetGraphText) dataset.asDatasetGraph()).getWrapped();
        org.apache.jena.tdb2.DatabaseMgr.compact(tdb, true);
        SearchIndex.recordState(dataset);
        long after = diskBytes();
        CompactionLog.record(location, after, CompactionLog.read(location).quadsNow());
        return new long[] {before, after};
    }

    /**
     * Compacts when the garbage of past writes outweighs the live store: when the store takes more than twice its live
     * size (and at least {@code floor} bytes), the live size estimated from the size after its last compaction and the
     * quads written since ({@link CompactionLog}). The cost of compacting is then paid for by as many bytes of garbage,
     * so it stays proportional to what was ingested, however large the store, and the store stays within twice the
     * size of a compacted (or bulk-loaded) one.
     *
     * @return the size before and after, or null when no compaction was due
     */
    public long[] compactIfDue(long floor) {
        return compactIfDue(floor, GARBAGE_FACTOR);
    }

    /**
     * As {@link #compactIfDue(long)}, when the store takes more than {@code factor} times its estimated live size. A
     * larger factor compacts less often and lets the store take that much more disk in between.
     */
    public long[] compactIfDue(long floor, int factor) {
        long now = diskBytes();
        long live = CompactionLog.read(location).liveBytes();
        if (now < floor || now <= factor * live) {
            return null;
        }
        return compact(now);
    }

    /**
     * The store's size on disk: the blocks its TDB2 generations, full-text index and files take, as {@code du}
     * counts them (TDB2 grows its files in sparse 8 MB steps, so their lengths overstate the space used); the sum of
     * the file lengths where {@code du} cannot be run.
     */
    public long diskBytes() {
        try {
            Process du = new ProcessBuilder("du", "-sk", location.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (du.waitFor() == 0 && out.matches("(?s)\\d+\\s.*")) {
                return Long.parseLong(out.split("\\s", 2)[0]) * 1024;
            }
        } catch (java.io.IOException e) {
            // no du here: fall back to the file lengths
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (java.util.stream.Stream<Path> files = Files.walk(location)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (java.io.IOException e) {
                    return 0; // a Lucene file merged away while walking
                }
            }).sum();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    /**
     * The state of a store for what is kept from it while it does not change (rendered pages): the number of write
     * transactions TDB2 has begun on it in this JVM, or -1 while a write is open (what a page shows may be about to
     * change) or when the dataset is no TDB2 store (full-text wrapper or not).
     */
    public static long writesBegun(DatasetGraph ds) {
        try {
            DatasetGraph base = ds instanceof org.apache.jena.query.text.DatasetGraphText t ? t.getWrapped() : ds;
            org.apache.jena.dboe.transaction.txn.TransactionCoordinator c =
                    org.apache.jena.tdb2.sys.TDBInternal.getTransactionCoordinator(base);
            return c.countActiveWriter() > 0 ? -1 : c.countBeginWrite();
        } catch (RuntimeException e) {
            return -1;
        }
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

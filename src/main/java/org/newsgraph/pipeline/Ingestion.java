package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.extract.Extractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.Fetcher;
import org.newsgraph.ingest.InputSources;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleDate;
import org.newsgraph.model.Extraction;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.resolve.EntityIdentity;
import org.newsgraph.resolve.NewsCycleDating;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.WriteOutcome;

/**
 * Runs a batch: read each input, skip it when the store already has the same content, extract, map and store it.
 * A bad input is reported and the batch goes on. Articles are stored a group to a transaction, each whole or absent;
 * the events and utterances their reports touch are re-fused every {@link #DEFAULT_FUSE_EVERY} articles and at the
 * end of the batch, with the group then due (in its transaction on one thread, right after it on several), and the
 * articles written in between are marked in the store as awaiting fusion, so that a batch stopped half-way leaves
 * nothing the next one cannot finish.
 */
public final class Ingestion {
    /**
     * The stages an article goes through, checked when the class loads: read (ingest), extract, key its actors and
     * places across articles and date it by news cycle (resolve), map (rdf), store, and fuse its reports into events
     * and utterances (resolve, with the group then due).
     */
    public static final Stage.Chain CHAIN = new Stage.Chain(List.of(
            new Stage("ingest", "read the file into clean text and metadata", Set.of(Stage.Artifact.SOURCE),
                    Set.of(Stage.Artifact.ARTICLE)),
            new Stage("extract", "find actors, statements, incidents, meetings, agreements",
                    Set.of(Stage.Artifact.ARTICLE), Set.of(Stage.Artifact.EXTRACTION)),
            new Stage("resolve: entity identity", "key each actor and place as one node across articles",
                    Set.of(Stage.Artifact.EXTRACTION), Set.of(Stage.Artifact.IDENTIFIED_ENTITIES)),
            new Stage("resolve: news-cycle dating", "date an undated article by the dated ones that report the same",
                    Set.of(Stage.Artifact.IDENTIFIED_ENTITIES), Set.of(Stage.Artifact.ARTICLE_DATE)),
            new Stage("rdf", "map the extraction to the article's graph",
                    Set.of(Stage.Artifact.IDENTIFIED_ENTITIES, Stage.Artifact.ARTICLE_DATE),
                    Set.of(Stage.Artifact.ARTICLE_GRAPH)),
            new Stage("store", "replace the article's graph, update the entities",
                    Set.of(Stage.Artifact.ARTICLE_GRAPH), Set.of(Stage.Artifact.STORED_ARTICLE)),
            new Stage("resolve: fusion", "re-fuse the events and utterances the article's reports touch",
                    Set.of(Stage.Artifact.STORED_ARTICLE), Set.of(Stage.Artifact.FUSED))));

    /**
     * What a batch did.
     *
     * @param reextracted articles whose text was unchanged but were extracted again, because they were stored by
     *                    another extractor (see {@link Extractor#fingerprint()}) or because of {@code force}; they
     *                    are counted in {@code replaced} too
     * @param written     quads the batch added to and removed from the store (articles, entities, events)
     * @param storeBytes  the store's size on disk after the batch
     */
    public record Summary(int added, int replaced, int unchanged, int reextracted, List<String> failures,
                          List<String> warnings, GraphStore.Written written, long storeBytes, long millis) {
        public int stored() {
            return added + replaced;
        }
    }

    private final GraphStore store;
    private final Extractor extractor;
    private final ArticleReader reader;
    private final ExtractionMapper mapper;
    private final EntityIdentity identity;
    /** This batch's articles stored without a date, as first extracted. */
    private final List<Extraction> undated = new ArrayList<>();
    /** Extract every article again, even one stored from the same text by the same extractor. */
    private boolean force;
    /** Fetches the URLs and feeds given as inputs. */
    private Fetcher fetcher = Fetcher.polite();
    /** Threads that read and extract; one writer stores what they extract, in input order. */
    private int threads = 1;
    /** Articles written per transaction. */
    private int group = DEFAULT_GROUP;
    /** Articles written between two fusions of their events and utterances, in a long batch. */
    private int fuseEvery = DEFAULT_FUSE_EVERY;
    /** Articles the store marks as awaiting fusion: written by this batch since its last fusion, or left before. */
    private int awaiting;
    /** Test hook: runs inside each transaction that fuses, before it does (a test throws here to stop a batch). */
    Runnable beforeFusion = () -> { };
    /**
     * While several threads extract: a permit per thread, held by an extraction while it runs and by the writer while
     * it commits, so that no more run at once than there are threads. The writer, which every article waits for,
     * then has a core to itself when it commits instead of a share of one with all the extractions (null: one thread).
     */
    private Semaphore cores;
    /** Compact after a batch when the store takes twice its estimated live size and at least this much; -1: never. */
    private long compactFloor = DEFAULT_COMPACT_FLOOR;
    /** Group commits so far; every {@link #checkEvery}th looks whether the store is due a compaction. */
    private long flushes;
    /** Group commits between two looks at whether the store is due a compaction, in a long batch. */
    private int checkEvery = 16;
    /** No compaction before the end of a batch below this size. */
    private long duringFloor = DURING_BATCH_FLOOR;
    /** Compaction during a batch once the store takes this many times its estimated live size. */
    private int duringFactor = DURING_BATCH_FACTOR;
    /** The running batch's counts. */
    private Tally tally = new Tally(null);
    /** Articles extracted and waiting for their group's commit. */
    private final List<Pending> pending = new ArrayList<>();
    /** The source of each article id of the running batch. */
    private final java.util.Map<String, String> batchSources = new java.util.HashMap<>();

    public Ingestion(GraphStore store, Extractor extractor) {
        this.store = store;
        this.extractor = extractor;
        Gazetteer g = extractor.gazetteer();
        this.reader = new ArticleReader(g);
        this.mapper = new ExtractionMapper(g);
        this.identity = new EntityIdentity(g);
    }

    /**
     * Test hook: the write of the article with this id fails, as a write the store refuses would (GroupCommitIT sets
     * it to show that one failing article leaves the rest of its group stored).
     */
    static final String REFUSE_WRITE_PROPERTY = "newsgraph.test.refuseWriteOf";
    /**
     * Articles a long batch writes between two fusions of their events and utterances (it fuses them at its end too).
     * Fusing re-reads the stored reports of the months and speakers the articles touch, which costs about the same for
     * one group as for eight: fused once a group, 800 generated articles spent ~35 of ~100 s in the writer, most of it
     * re-fusing, and on two threads the extractions waited for it. Until they are fused, the articles are marked in
     * the store ({@link org.newsgraph.rdf.Ids#AWAITING_FUSION_GRAPH}), and readers see their events lag behind them.
     */
    public static final int DEFAULT_FUSE_EVERY = 1024;
    /**
     * Articles per transaction unless told otherwise (~4 MB of quads). Each commit copies every index block its quads
     * fall into, and a group's quads fall into much the same blocks whatever its size: 300 generated articles left
     * 124 MB of garbage beside 102 MB of quads in groups of 32, 49 MB in groups of 128; 800 took 100.6 s on two
     * threads in groups of 128, 113.6 s in groups of 32, 106.8 s in groups of 256.
     */
    public static final int DEFAULT_GROUP = 128;
    /**
     * How many times its estimated live size a store may take before a long batch compacts it on the way (at its
     * end, twice: the garbage then outweighs the live data). Compacting copies the live store; the garbage of a group
     * commit is at most the index blocks its quads fall into, bounded however large the store, so the articles a
     * compaction buys grow with the store as the copying does and the copying per article stays bounded. A factor of
     * 4 does a third of the copying of a factor of 2 for up to twice the disk in between. Measured on 2,000 generated
     * articles: 6 compactions took 133 s of 465 at twice the size after the last compaction (groups of 32).
     */
    static final int DURING_BATCH_FACTOR = 4;
    /**
     * No compaction before the end of a batch below this size: up to a gigabyte of garbage is cheap to hold until the
     * batch's own look at its end, and copying the store on the way is not (800 generated articles: a compaction at
     * 470 MB took 12.5 s, and another was due at the end anyway).
     */
    static final long DURING_BATCH_FLOOR = 1L << 30;
    /** No compaction below this size: a small store's garbage is not worth a copy. */
    public static final long DEFAULT_COMPACT_FLOOR = 64L * 1024 * 1024;

    /** Threads that read and extract articles (1, the default: all on the calling thread). */
    public Ingestion threads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + n);
        }
        this.threads = n;
        return this;
    }

    /** How URLs and feeds are fetched (timeouts, size cap, pause between requests to a host). */
    public Ingestion fetcher(Fetcher f) {
        this.fetcher = f;
        return this;
    }

    /** Articles written per transaction (each article stays whole or absent; 1 commits each on its own). */
    public Ingestion group(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a group holds at least 1 article, not " + n);
        }
        this.group = n;
        return this;
    }

    /** Articles written between two fusions of their events and utterances in a long batch (1: fuse each group). */
    public Ingestion fuseEvery(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("fusion follows at least every article, not every " + n);
        }
        this.fuseEvery = n;
        return this;
    }

    /** The size below which a batch never compacts the store; -1 never compacts. */
    public Ingestion compactFloor(long bytes) {
        this.compactFloor = bytes;
        return this;
    }

    /**
     * Test hook: looks whether the store is due a compaction every {@code flushes} group commits, and compacts during
     * the batch from {@code floor} bytes on, once the store takes {@code factor} times its estimated live size.
     */
    Ingestion compactDuringBatch(int flushes, long floor, int factor) {
        this.checkEvery = flushes;
        this.duringFloor = floor;
        this.duringFactor = factor;
        return this;
    }

    /** With {@code true}, articles stored from the same text by the same extractor are extracted again too. */
    public Ingestion force(boolean f) {
        this.force = f;
        return this;
    }

    /**
     * Ingests files and folders; "-" reads standard input.
     *
     * @param progress where to print a progress line every {@code every} articles (and failures as they happen)
     */
    public Summary run(List<String> inputs, InputStream stdin, PrintWriter progress, int every) throws IOException {
        long t0 = System.currentTimeMillis();
        GraphStore.Written before = store.written();
        batchSources.clear();
        tally = new Tally(progress);
        // articles a batch that stopped half-way wrote and never fused are fused with this batch's
        awaiting = store.awaitingFusion();
        if (awaiting > 0) {
            tally.warnings.add(awaiting + " article(s) stored by a batch that stopped half-way were never fused into "
                    + "events and utterances; this batch fuses them");
        }
        InputSources sources = new InputSources(reader, fetcher, inputs, stdin);
        int total = sources.knownTotal();
        int[] done = {0};
        Runnable step = () -> {
            done[0]++;
            boolean due = every > 0 && (total < 0 ? done[0] % every == 0
                    : (done[0] % every == 0 || done[0] == total) && total >= every);
            if (progress != null && due) {
                progress.printf("  %d%s articles (%d stored, %d unchanged, %d failed%s)%n", done[0],
                        total < 0 ? "" : "/" + total, tally.added + tally.replaced, tally.unchanged,
                        tally.failures.size(), pending.isEmpty() ? "" : ", " + pending.size()
                                + " waiting for their group's commit");
                progress.flush();
            }
        };
        if (threads <= 1) {
            while (sources.hasNext()) {
                handle(prepare(sources.next().get()));
                step.run();
            }
        } else {
            extractInParallel(sources, step);
        }
        flush(true);
        redateLater(tally.warnings);
        if (compactFloor >= 0 && tally.added + tally.replaced > 0) {
            compactIfDue("after", compactFloor, GraphStore.GARBAGE_FACTOR);
        }
        return new Summary(tally.added, tally.replaced, tally.unchanged, tally.reextracted, tally.failures,
                tally.warnings, store.written().since(before), store.diskBytes(), System.currentTimeMillis() - t0);
    }

    /**
     * Reads and extracts on {@link #threads} threads, a few articles ahead of the writer, and hands the results to
     * this thread in input order: what is stored, and in what order, is the same as on one thread.
     */
    private void extractInParallel(InputSources sources, Runnable step) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Prepared>> ahead = new ArrayDeque<>();
            // the writer works on one of the cores too (see cores): while it commits a group, the others extract
            // the next one, so the look-ahead holds a group more than the threads keep busy
            int window = 2 * threads + group;
            cores = new Semaphore(threads, true);
            while (sources.hasNext() || !ahead.isEmpty()) {
                while (ahead.size() < window && sources.hasNext()) {
                    java.util.function.Supplier<ReadResult> unit = sources.next();
                    ahead.add(pool.submit(() -> withCore(() -> prepare(unit.get()))));
                }
                handle(ahead.poll().get());
                step.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            // prepare() turns every failure of one article into a reported one: what arrives here is an Error
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            cores = null;
        }
    }

    /**
     * Articles of this batch that were stored without a date get a second chance once the whole batch is in:
     * a dated article reporting the same statements may have come after them.
     */
    private void redateLater(List<String> warnings) {
        for (Extraction first : undated) {
            Article a = first.article();
            try {
                ArticleDate estimate = store.read(reports -> NewsCycleDating.estimate(first, reports));
                if (estimate != null) {
                    Extraction x = extract(a, estimate);
                    write(mapper.map(x, Extractor.VERSION, Extractor.fingerprint()), true);
                    // the first extraction's date warning ("no publication date", or a weaker guess) is superseded
                    warnings.removeIf(w -> Extractor.isDateWarning(w, a.id()));
                    warnings.addAll(x.warnings());
                }
            } catch (RuntimeException e) {
                warnings.add("article " + a.id() + ": could not be re-dated (" + e + "); kept as stored");
            }
        }
        undated.clear();
    }

    /**
     * Why an article may not take its id, or null: two sources never share one. The id comes from the file name, so
     * "a b.txt" and "a-b.txt", "x.md" and "x.txt", or "one/dup.txt" and "two/dup.txt" would overwrite each other.
     * Within a batch the sources are compared by path; against the store by file name (the same file name is the
     * same article, re-ingested).
     */
    private String idClash(ReadResult r) {
        String id = r.article().id();
        String first = batchSources.putIfAbsent(id, r.source());
        if (first != null && !first.equals(r.source())) {
            return takenInBatch(id, first);
        }
        String stored = store.sourceFileOf(id);
        if (stored != null && !stored.equals(r.article().sourceFile())) {
            batchSources.remove(id, r.source());
            return "its article id '" + id + "' is already taken in the store by '" + stored + "'; rename this file, "
                    + "or remove the stored article first; skipped";
        }
        return null;
    }

    /** Why an article may not take an id that an earlier source of the same batch took. */
    public static String takenInBatch(String id, String firstSource) {
        return "its article id '" + id + "' is already taken by " + firstSource + " in this batch; rename one of the "
                + "two files; skipped";
    }

    /** The extract stage and the entity-identity stage of the chain: the article's facts, its actors keyed. */
    private Extraction extract(Article a, ArticleDate hint) {
        return identity.resolve(extractor.extract(a, hint));
    }

    /**
     * Stores an article and fuses its events and utterances with those of every article awaiting fusion, in one
     * transaction: readers see the article and its events change together.
     */
    private WriteOutcome write(ArticleGraph ag, boolean evenIfUnchanged) {
        return store(List.of(ag), List.of(evenIfUnchanged), true).outcomes().get(0);
    }

    /**
     * Articles written in one transaction.
     *
     * @param outcomes what became of each
     * @param before   for each one that changed, in order, what its reports belonged to before
     */
    private record GroupWrite(List<WriteOutcome> outcomes, java.util.Map<String, EventUpdate.Before> before) {
    }

    /**
     * Writes articles in one transaction, then fuses them and every article awaiting fusion, or marks them as
     * awaiting it.
     *
     * @param evenIfUnchanged for each article, whether it is written even when its graph is the stored one
     */
    private GroupWrite store(List<ArticleGraph> graphs, List<Boolean> evenIfUnchanged, boolean fuse) {
        GroupWrite w = store.update(u -> {
            GroupWrite written = writeIn(u, graphs, evenIfUnchanged);
            if (fuse) {
                beforeFusion.run();
                java.util.Map<String, EventUpdate.Before> all = new java.util.LinkedHashMap<>(written.before());
                priors(u).forEach((id, b) -> all.merge(id, b, EventUpdate.Before::and));
                EventUpdate.afterChange(u, all.keySet(), EventUpdate.Before.all(all.values()));
                u.fused(all.keySet());
            } else {
                written.before().forEach((id, b) -> u.awaitFusion(id, b.events(), b.utterances()));
            }
            return written;
        });
        awaiting = fuse ? 0 : awaiting + w.before().size();
        return w;
    }

    /** The articles awaiting fusion, each with what its reports belonged to before it was written. */
    private static java.util.Map<String, EventUpdate.Before> priors(GraphStore.Reader r) {
        java.util.Map<String, EventUpdate.Before> out = new java.util.LinkedHashMap<>();
        for (GraphStore.Unfused x : r.awaitingFusion()) {
            out.put(x.articleId(), new EventUpdate.Before(x.events(), x.utterances()));
        }
        return out;
    }

    /** Writes the articles, noting what the reports of each one that changes belonged to before. */
    private static GroupWrite writeIn(GraphStore.Update u, List<ArticleGraph> graphs, List<Boolean> evenIfUnchanged) {
        List<WriteOutcome> out = new ArrayList<>();
        java.util.Map<String, EventUpdate.Before> before = new java.util.LinkedHashMap<>();
        for (int i = 0; i < graphs.size(); i++) {
            ArticleGraph ag = graphs.get(i);
            if (ag.articleId().equals(System.getProperty(REFUSE_WRITE_PROPERTY))) {
                throw new IllegalStateException("the store refused the write (" + REFUSE_WRITE_PROPERTY + ")");
            }
            EventUpdate.Before mine = EventUpdate.Before.of(u, ag.articleId());
            WriteOutcome w = u.writeArticle(ag, evenIfUnchanged.get(i));
            if (w != WriteOutcome.UNCHANGED) {
                before.merge(ag.articleId(), mine, EventUpdate.Before::and);
            }
            out.add(w);
        }
        return new GroupWrite(out, before);
    }

    /**
     * Writes the articles extracted since the last commit in one transaction (one TDB2 and one Lucene commit for the
     * group, not one each), and fuses them with the articles awaiting fusion when {@code last} or when
     * {@link #fuseEvery} articles await it. Should the transaction fail, each article of the group is written in a
     * transaction of its own, so that the failing one fails alone and every article stays whole or absent.
     */
    private void flush(boolean last) {
        if (pending.isEmpty() && !(last && awaiting > 0)) {
            return;
        }
        List<Pending> group = new ArrayList<>(pending);
        pending.clear();
        withCore(() -> {
            commit(group, last || awaiting + group.size() >= fuseEvery);
            return null;
        });
    }

    /**
     * Writes a group in one transaction, or each of its articles alone when the group's transaction fails; with
     * {@code fuse}, fuses them and the articles awaiting fusion, in the same transaction on one thread and after it on
     * several ({@link #fuseApart}).
     */
    private void commit(List<Pending> group, boolean fuse) {
        boolean apart = fuse && threads > 1;
        try {
            List<WriteOutcome> outcomes = store(group.stream().map(Pending::graph).toList(),
                    group.stream().map(Pending::sameText).toList(), fuse && !apart).outcomes();
            for (int i = 0; i < group.size(); i++) {
                tally.stored(outcomes.get(i), group.get(i).sameText());
            }
            if (apart) {
                try {
                    fuseApart();
                } catch (RuntimeException | StackOverflowError e) {
                    fuseEachAlone();
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            for (Pending p : group) {
                try {
                    tally.stored(store(List.of(p.graph()), List.of(p.sameText()), false).outcomes().get(0),
                            p.sameText());
                } catch (RuntimeException | StackOverflowError alone) {
                    tally.fail(p.source(), "extraction or storage failed (" + alone + "); nothing of it was stored");
                }
            }
            if (fuse) {
                fuseEachAlone();
            }
        }
        // a long batch is compacted on the way too, not only at its end: its garbage would otherwise grow with it
        if (compactFloor >= 0 && ++flushes % checkEvery == 0) {
            compactIfDue("during", Math.max(compactFloor, duringFloor), duringFactor);
        }
    }

    /**
     * Fuses the articles awaiting fusion with two threads: their events and their utterances, which fusion never
     * links, are worked out at once, each from a read transaction of its own, then written together with the marks
     * cleared in one transaction. On two cores this halves most of the fusion at the end of a batch, which nothing
     * else runs beside (800 generated articles: ~8 s in one transaction). The reads see the store as the writer last
     * committed it, and nothing writes between them and the write: the writer is this thread.
     */
    private void fuseApart() {
        java.util.Map<String, EventUpdate.Before> waiting = store.readReports(Ingestion::priors);
        if (waiting.isEmpty()) {
            return;
        }
        beforeFusion.run();
        Set<String> ids = waiting.keySet();
        EventUpdate.Before before = EventUpdate.Before.all(waiting.values());
        java.util.concurrent.CompletableFuture<EventUpdate.Refused> events =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> withCore(() -> store.readReports(
                        r -> EventUpdate.events(r, ids, before.events()))), r -> {
                    Thread t = new Thread(r, "newsgraph-fuse");
                    t.setDaemon(true);
                    t.start();
                });
        EventUpdate.Refused utterances = store.readReports(r -> EventUpdate.utterances(r, ids, before.utterances()));
        EventUpdate.Refused fusedEvents = events.join();
        store.update(u -> {
            fusedEvents.writeTo(u);
            utterances.writeTo(u);
            u.fused(ids);
            return null;
        });
        awaiting = 0;
    }

    /**
     * Runs work holding one of the permits of {@link #cores} while several threads extract: an extraction, the
     * writer's commit, the second thread of a fusion (with one thread there are no permits).
     */
    private <T> T withCore(java.util.function.Supplier<T> work) {
        Semaphore held = cores;
        if (held != null) {
            held.acquireUninterruptibly();
        }
        try {
            return work.get();
        } finally {
            if (held != null) {
                held.release();
            }
        }
    }

    /**
     * Fuses the articles awaiting fusion one by one, each in its own transaction, after fusing them together failed:
     * the same events in the end (a link depends on its two reports alone), and an article whose fusion fails stays
     * stored, unfused, and is reported.
     */
    private void fuseEachAlone() {
        java.util.Map<String, EventUpdate.Before> waiting = store.readReports(Ingestion::priors);
        for (var x : waiting.entrySet()) {
            try {
                store.update(u -> {
                    EventUpdate.afterChange(u, Set.of(x.getKey()), x.getValue());
                    u.fused(List.of(x.getKey()));
                    return null;
                });
            } catch (RuntimeException | StackOverflowError e) {
                store.update(u -> {
                    u.fused(List.of(x.getKey()));
                    return null;
                });
                tally.warnings.add("article " + x.getKey() + ": its incidents and statements could not be fused "
                        + "into events and utterances (" + e + "); the article is stored, its reports may be missing "
                        + "from them");
            }
        }
        awaiting = 0;
    }

    /** Compacts when the store takes {@code factor} times its estimated live size, and says so in the warnings. */
    private void compactIfDue(String when, long floor, int factor) {
        long t0 = System.nanoTime();
        long[] c = store.compactIfDue(floor, factor);
        if (c != null) {
            tally.warnings.add(String.format(java.util.Locale.ROOT, "store compacted %s the batch: %.1f MB -> %.1f MB "
                    + "in %.1f s", when, c[0] / 1048576.0, c[1] / 1048576.0, (System.nanoTime() - t0) / 1e9));
        }
    }

    /**
     * Removes an article and splits or shrinks the events and utterances its reports were in, in one transaction.
     *
     * @return the number of quads of the article's graph removed, or -1 when the store holds no such article
     */
    public static long delete(GraphStore store, String articleId) {
        return store.update(u -> {
            EventUpdate.Before before = EventUpdate.Before.of(u, articleId);
            // an article a stopped batch left awaiting fusion: the events its earlier reports were in go too
            EventUpdate.Before prior = priors(u).get(articleId);
            if (prior != null) {
                before = before.and(prior);
            }
            long n = u.deleteArticle(articleId);
            if (n >= 0) {
                EventUpdate.afterChange(u, Set.of(articleId), before);
                u.fused(List.of(articleId));
            }
            return n;
        });
    }

    /** An input read, checked against the store and extracted: the part of an article's work done off the writer. */
    private record Prepared(ReadResult read, boolean sameText, boolean unchanged, Extraction extraction,
                            String error) {
    }

    /** An article extracted and mapped, waiting for its group's commit. */
    private record Pending(String source, ArticleGraph graph, boolean sameText) {
    }

    /**
     * Checks an input against the store and extracts it. Safe on several threads: it only reads the store, and the
     * extractor is shared.
     */
    private Prepared prepare(ReadResult r) {
        if (!r.ok()) {
            return new Prepared(r, false, false, null, null);
        }
        // the same text is skipped only when the running extractor stored it: after an upgrade of the code, a
        // lexicon, the gazetteer or the models, its facts are extracted again
        boolean sameText = store.isCurrent(r.article().id(), r.article().contentHash());
        if (sameText && !force && store.extractedWith(r.article().id(), Extractor.fingerprint())) {
            return new Prepared(r, true, true, null, null);
        }
        try {
            return new Prepared(r, sameText, false, extract(r.article(), null), null);
        } catch (org.newsgraph.nlp.ArticleTooSlowException e) {
            return new Prepared(r, sameText, false, null, e.getMessage() + "; nothing of it was stored");
        } catch (RuntimeException | StackOverflowError e) {
            return new Prepared(r, sameText, false, null, "extraction or storage failed (" + e
                    + "); nothing of it was stored");
        }
    }

    /** Takes a prepared input on the writer's thread, in input order. */
    private void handle(Prepared p) {
        ReadResult r = p.read();
        if (r.warning() != null) {
            tally.warnings.add(r.source() + ": " + r.warning());
        }
        if (!r.ok()) {
            tally.fail(r.source(), r.error());
            return;
        }
        String clash = idClash(r);
        if (clash != null) {
            tally.fail(r.source(), clash);
            return;
        }
        if (p.unchanged()) {
            tally.unchanged++;
            return;
        }
        if (p.error() != null) {
            tally.fail(r.source(), p.error());
            return;
        }
        try {
            Extraction x = p.extraction();
            if (Extractor.wantsDate(x)) {
                // dated by the articles before it: those stored, and those of the group waiting for its commit,
                // read where they wait (a commit per undated article made groups of a few articles: each commit
                // costs its fsyncs and leaves its copied TDB2 blocks behind)
                Extraction undatedX = x;
                ArticleDate estimate = store.readStatements(pending.stream().map(Pending::graph).toList(),
                        reports -> NewsCycleDating.estimate(undatedX, reports));
                if (estimate != null) {
                    x = extract(r.article(), estimate);
                } else {
                    undated.add(x);
                }
            }
            tally.warnings.addAll(x.warnings());
            pending.add(new Pending(r.source(), mapper.map(x, Extractor.VERSION, Extractor.fingerprint()),
                    p.sameText()));
            if (pending.size() >= group) {
                flush(false);
            }
        } catch (org.newsgraph.nlp.ArticleTooSlowException e) {
            tally.fail(r.source(), e.getMessage() + "; nothing of it was stored");
        } catch (RuntimeException | StackOverflowError e) {
            tally.fail(r.source(), "extraction or storage failed (" + e + "); nothing of it was stored");
        }
    }

    /** The counts and messages of the running batch. */
    private static final class Tally {
        private final PrintWriter out;
        private int added;
        private int replaced;
        private int unchanged;
        private int reextracted;
        private final List<String> failures = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        Tally(PrintWriter out) {
            this.out = out;
        }

        void stored(WriteOutcome w, boolean sameText) {
            switch (w) {
                case ADDED -> added++;
                case REPLACED -> replaced++;
                case UNCHANGED -> unchanged++;
            }
            if (sameText) {
                reextracted++;
            }
        }

        void fail(String source, String why) {
            failures.add(source + ": " + why);
            if (out != null) {
                out.println("error: " + source + ": " + why);
                out.flush();
            }
        }
    }
}

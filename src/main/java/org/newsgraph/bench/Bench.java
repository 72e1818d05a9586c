package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.extract.Extractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.model.Article;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.TextAnalyzers;
import org.newsgraph.store.GraphStore;
import org.newsgraph.pipeline.Ingestion;

/**
 * Measures the extractor: load time (build it, read and extract a first article), then, after a warm-up,
 * articles/s and tokens/s on one thread and optionally on several, the heap peaks, counts per article and
 * optionally the end-to-end ingest into a fresh TDB2 store. Articles go through {@link ArticleReader} and
 * {@link Extractor} exactly as {@link Ingestion} uses them.
 *
 * <pre>{@code
 * BenchReport r = Bench.builder().articles(500).warmup(50).build().run(progress);
 * System.out.print(r.table());
 * }</pre>
 */
public final class Bench {
    /** Words, numbers and single punctuation marks: a tokenizer-independent token count. */
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}'’-]*|\\p{N}+(?:[.,]\\p{N}+)*|[^\\s\\p{L}\\p{N}]");

    private final int articles;
    private final int warmup;
    private final int threads;
    private final long seed;
    private final Path corpus;
    private final Path seeds;
    private final boolean ingest;
    private final int repeat;

    private Bench(Builder b) {
        this.articles = b.articles;
        this.warmup = b.warmup;
        this.threads = b.threads;
        this.seed = b.seed;
        this.corpus = b.corpus;
        this.seeds = b.seeds;
        this.ingest = b.ingest;
        this.repeat = b.repeat;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs the benchmark; progress lines go to {@code progress} (may be null). */
    public BenchReport run(PrintWriter progress) throws IOException {
        Path work = Files.createTempDirectory("newsgraph-bench");
        try (HeapWatch heap = new HeapWatch()) {
            // Load: what a fresh JVM pays before its first article is done.
            long t0 = System.nanoTime();
            Extractor extractor = Extractor.builder().build();
            long t1 = System.nanoTime();
            ArticleReader reader = new ArticleReader(extractor.gazetteer());
            List<Path> sources = sources(reader);
            Article first = firstReadable(reader, sources);
            extractor.extract(first);
            long t2 = System.nanoTime();
            BenchReport.Load load = new BenchReport.Load((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
            say(progress, "loaded in %d ms (extractor %d ms, first article %d ms)", load.totalMillis(),
                    load.constructMillis(), load.firstArticleMillis());

            List<Path> files = corpus != null ? sources.subList(0, Math.min(articles, sources.size()))
                    : new CorpusGenerator(extractor.gazetteer(), seed).generate(sources, articles, work.resolve("corpus"));
            List<Article> docs = new ArrayList<>();
            int unreadable = 0;
            for (Path f : files) {
                ReadResult r = reader.read(f);
                if (r.ok()) {
                    docs.add(r.article());
                } else {
                    unreadable++;
                    say(progress, "unreadable: %s: %s", r.source(), r.error());
                }
            }
            if (docs.isEmpty()) {
                throw new IllegalArgumentException("no readable article in " + (corpus != null ? corpus : seeds));
            }
            long chars = docs.stream().mapToLong(a -> a.text().length()).sum();
            long tokens = docs.stream().mapToLong(a -> tokens(a.text())).sum();
            String source = corpus != null ? corpus.toString()
                    : "generated from " + sources.size() + " articles in " + seeds + " (seed " + seed + ")";
            BenchReport.Corpus c = new BenchReport.Corpus(source, docs.size(), unreadable, chars, tokens);
            say(progress, "corpus: %d articles, %d tokens; warming up on %d", docs.size(), tokens, warmup);

            for (int i = 0; i < warmup; i++) {
                extractOrNull(extractor, docs.get(i % docs.size()));
            }
            Counts counts = null;
            List<BenchReport.Run> singles = new ArrayList<>();
            List<BenchReport.Run> parallels = new ArrayList<>();
            List<BenchReport.Ingest> ones = new ArrayList<>();
            List<BenchReport.Ingest> manys = new ArrayList<>();
            // each round times one thread and --threads N one after the other, extraction then ingest, so that a slow
            // spell of a shared machine weighs on both sides of a round's ratios; the ingests run after the extraction
            // passes, so neither pays for the JIT's warm-up (a fixed cost of 40-48 s of CPU in an 800-article run on
            // two cores, which one thread leaves to the other core for free)
            for (int round = 0; round < repeat; round++) {
                Counts these = new Counts();
                long s0 = System.nanoTime();
                for (Article a : docs) {
                    these.add(extractOrNull(extractor, a));
                }
                counts = counts == null ? these : counts;
                singles.add(new BenchReport.Run(1, docs.size(), these.failed, System.nanoTime() - s0, tokens));
                say(progress, "1 thread: %.1f articles/s", singles.get(round).articlesPerSecond());
                if (threads > 1) {
                    parallels.add(parallel(extractor, docs, tokens));
                    say(progress, "%d threads: %.1f articles/s", threads, parallels.get(round).articlesPerSecond());
                }
                if (ingest) {
                    ones.add(ingest(extractor, files, work.resolve("store"), 1, progress));
                    if (threads > 1) {
                        manys.add(ingest(extractor, files, work.resolve("store-" + threads), threads, progress));
                    }
                }
            }
            BenchReport.Run single = BenchReport.Run.ofRounds(singles);
            BenchReport.Run parallel = parallels.isEmpty() ? null : BenchReport.Run.ofRounds(parallels);
            BenchReport.Ingest in = ones.isEmpty() ? null : BenchReport.Ingest.ofRounds(ones);
            BenchReport.Ingest inParallel = manys.isEmpty() ? null : BenchReport.Ingest.ofRounds(manys);
            HeapWatch.Peak p = heap.stop();
            BenchReport.Memory mem = new BenchReport.Memory(p.sampledPeak(), p.liveAfterGc(), p.poolPeakSum(),
                    p.maxHeap(), p.gcCount(), p.gcMillis());
            BenchReport.Env env = new BenchReport.Env(System.getProperty("java.version"), TextAnalyzers.jitNote(),
                    Runtime.getRuntime().availableProcessors(), Extractor.VERSION, warmup, seed);
            return new BenchReport(c, load, single, parallel, counts.means(), mem, in, inParallel, env);
        } finally {
            deleteTree(work);
        }
    }

    private List<Path> sources(ArticleReader reader) throws IOException {
        Path dir = corpus != null ? corpus : seeds;
        if (!Files.exists(dir)) {
            throw new IllegalArgumentException("no folder " + dir + (corpus != null ? " (--corpus)"
                    : "; run from the repository root, where seeds/ is, or give --corpus DIR"));
        }
        List<Path> files = reader.expand(List.of(dir));
        if (files.isEmpty()) {
            throw new IllegalArgumentException(dir + " holds no .txt, .md or .html articles");
        }
        return files;
    }

    private static Article firstReadable(ArticleReader reader, List<Path> files) {
        for (Path f : files) {
            ReadResult r = reader.read(f);
            if (r.ok()) {
                return r.article();
            }
        }
        throw new IllegalArgumentException("none of the " + files.size() + " articles could be read");
    }

    private BenchReport.Run parallel(Extractor extractor, List<Article> docs, long tokens) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long s0 = System.nanoTime();
            List<Future<Extraction>> fs = new ArrayList<>();
            for (Article a : docs) {
                fs.add(pool.submit(() -> extractOrNull(extractor, a)));
            }
            int failed = 0;
            for (Future<Extraction> f : fs) {
                try {
                    failed += f.get() == null ? 1 : 0;
                } catch (ExecutionException e) {
                    failed++;
                }
            }
            return new BenchReport.Run(threads, docs.size(), failed, System.nanoTime() - s0, tokens);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the parallel run", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static BenchReport.Ingest ingest(Extractor extractor, List<Path> files, Path dir, int threads,
                                             PrintWriter progress) throws IOException {
        Ingestion.Summary s;
        deleteTree(dir);
        long gc0 = HeapWatch.gcMillis();
        try (GraphStore store = GraphStore.open(dir)) {
            s = new Ingestion(store, extractor).threads(threads).run(files.stream().map(Path::toString).toList(),
                    InputStream.nullInputStream(), null, 0);
        }
        BenchReport.Ingest in = new BenchReport.Ingest(threads, files.size(), s.stored(), s.failures().size(),
                s.millis(), s.written().added() - s.written().removed());
        say(progress, "ingest into TDB2, %d thread%s: %.1f articles/s (%.1f s, garbage collection %.1f s)",
                threads, threads == 1 ? "" : "s", in.articlesPerSecond(), s.millis() / 1000.0,
                (HeapWatch.gcMillis() - gc0) / 1000.0);
        return in;
    }

    /** An extraction, or null when the extractor failed on the article (counted, never hidden). */
    private static Extraction extractOrNull(Extractor x, Article a) {
        try {
            return x.extract(a);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static long tokens(String text) {
        Matcher m = TOKEN.matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static void say(PrintWriter out, String fmt, Object... args) {
        if (out != null) {
            out.printf(java.util.Locale.ROOT, fmt + "%n", args);
            out.flush();
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A leftover temp folder is not worth failing a finished measurement for.
        }
    }

    /** Sums of the counts per article. */
    private static final class Counts {
        int done;
        int failed;
        long mentions;
        long entities;
        long statements;
        long incidents;
        long agreements;
        long meetings;

        void add(Extraction x) {
            if (x == null) {
                failed++;
                return;
            }
            done++;
            mentions += x.mentions().size();
            Set<String> keys = new HashSet<>();
            for (Mention m : x.mentions()) {
                keys.add(m.entity().key());
            }
            entities += keys.size();
            statements += x.statements().size();
            incidents += x.incidents().size();
            agreements += x.agreements().size();
            meetings += x.meetings().size();
        }

        BenchReport.PerArticle means() {
            double n = Math.max(1, done);
            return new BenchReport.PerArticle(mentions / n, entities / n, statements / n, incidents / n,
                    agreements / n, meetings / n);
        }
    }

    /** Configures a {@link Bench}. */
    public static final class Builder {
        private int articles = 500;
        private int warmup = 50;
        private int threads = 1;
        private long seed = 42;
        private Path corpus;
        private Path seeds = Path.of("seeds");
        private boolean ingest = true;
        private int repeat = 1;

        /** Corpus size (default 500). */
        public Builder articles(int n) {
            this.articles = n;
            return this;
        }

        /** Articles extracted before timing starts (default 50). */
        public Builder warmup(int n) {
            this.warmup = n;
            return this;
        }

        /** Threads for the parallel pass; 1 (the default) measures one thread only. */
        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        /** Seed of the generated corpus (default 42). */
        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /** Measure these articles (up to {@link #articles}) instead of a generated corpus. */
        public Builder corpus(Path dir) {
            this.corpus = dir;
            return this;
        }

        /** The articles the generated corpus varies (default {@code seeds}). */
        public Builder seeds(Path dir) {
            this.seeds = Objects.requireNonNull(dir);
            return this;
        }

        /** Also time an end-to-end ingest into a fresh TDB2 store (default true). */
        public Builder ingest(boolean b) {
            this.ingest = b;
            return this;
        }

        /**
         * Rounds of timed passes (default 1): each extracts on one thread and on the parallel run's threads, then
         * ingests on each; times are the rounds' medians, speed-ups the medians of each round's ratio.
         */
        public Builder repeat(int n) {
            this.repeat = n;
            return this;
        }

        public Bench build() {
            if (repeat < 1) {
                throw new IllegalArgumentException("--repeat must be at least 1, not " + repeat);
            }
            if (articles < 1) {
                throw new IllegalArgumentException("--articles must be at least 1, not " + articles);
            }
            if (warmup < 0) {
                throw new IllegalArgumentException("--warmup must not be negative, not " + warmup);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
            }
            return new Bench(this);
        }
    }
}

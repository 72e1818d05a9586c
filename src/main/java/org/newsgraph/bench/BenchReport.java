package org.newsgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * What a benchmark run measured, as a table for people and JSON for scripts. Target: at least
 * {@value #TARGET_ARTICLES_PER_SECOND_PER_CORE} articles/s on one thread (one core) with a heap of at most 2 GiB.
 *
 * @param parallel null when only one thread was measured
 * @param ingest   null when the end-to-end ingest was skipped
 * @param ingestParallel the same ingest on the parallel run's threads into another fresh store (only with
 *                 {@code ingest}); null when skipped or when only one thread was measured
 */
public record BenchReport(Corpus corpus, Load load, Run single, Run parallel, PerArticle perArticle, Memory memory,
                          Ingest ingest, Ingest ingestParallel, Env env) {
    public static final double TARGET_ARTICLES_PER_SECOND_PER_CORE = 5.0;
    public static final long TARGET_HEAP_BYTES = 2L * 1024 * 1024 * 1024;
    private static final double MIB = 1024.0 * 1024.0;

    /** The articles measured: where they came from, how many, their size. */
    public record Corpus(String source, int articles, int unreadable, long chars, long tokens) {
    }

    /** Model and pipeline load: building the extractor, then reading and extracting the first article. */
    public record Load(long constructMillis, long firstArticleMillis) {
        public long totalMillis() {
            return constructMillis + firstArticleMillis;
        }
    }

    /**
     * A timed pass over the corpus (after warm-up).
     *
     * @param nanos      the median of {@code roundNanos}
     * @param roundNanos each round's time, in the order run (one round unless {@code --repeat} says more)
     */
    public record Run(int threads, int articles, int failed, long nanos, long tokens, List<Long> roundNanos) {
        public Run {
            roundNanos = List.copyOf(roundNanos);
        }

        /** One round's pass. */
        public Run(int threads, int articles, int failed, long nanos, long tokens) {
            this(threads, articles, failed, nanos, tokens, List.of(nanos));
        }

        /** The rounds of one pass as one: the counts of the first, the median time. */
        public static Run ofRounds(List<Run> rounds) {
            Run first = rounds.get(0);
            List<Long> ns = rounds.stream().map(Run::nanos).toList();
            return new Run(first.threads, first.articles, first.failed, medianOf(ns), first.tokens, ns);
        }

        public double seconds() {
            return nanos / 1e9;
        }

        public double articlesPerSecond() {
            return nanos == 0 ? 0 : articles / seconds();
        }

        public double tokensPerSecond() {
            return nanos == 0 ? 0 : tokens / seconds();
        }
    }

    /** Mean counts per extracted article. */
    public record PerArticle(double mentions, double entities, double statements, double incidents,
                             double agreements, double meetings) {
    }

    /** Heap use over the whole run, in bytes. */
    public record Memory(long peakUsed, long peakLiveAfterGc, long poolPeakSum, long maxHeap, long gcCount,
                         long gcMillis) {
    }

    /**
     * End-to-end ingest of the corpus into a fresh TDB2 store, extracting on {@code threads} threads.
     *
     * @param millis      the median of {@code roundMillis}
     * @param roundMillis each round's time, in the order run (one round unless {@code --repeat} says more)
     */
    public record Ingest(int threads, int articles, int stored, int failed, long millis, long quads,
                         List<Long> roundMillis) {
        public Ingest {
            roundMillis = List.copyOf(roundMillis);
        }

        /** One round's ingest. */
        public Ingest(int threads, int articles, int stored, int failed, long millis, long quads) {
            this(threads, articles, stored, failed, millis, quads, List.of(millis));
        }

        /** The rounds of one ingest as one: the counts of the first, the median time. */
        public static Ingest ofRounds(List<Ingest> rounds) {
            Ingest first = rounds.get(0);
            List<Long> ms = rounds.stream().map(Ingest::millis).toList();
            return new Ingest(first.threads, first.articles, first.stored, first.failed, medianOf(ms), first.quads,
                    ms);
        }

        public double articlesPerSecond() {
            return millis == 0 ? 0 : articles * 1000.0 / millis;
        }
    }

    private static long medianOf(List<Long> values) {
        return Math.round(median(values.stream().map(Long::doubleValue).toList()));
    }

    /** The middle value, or the mean of the two middle ones. */
    static double median(List<Double> values) {
        List<Double> v = values.stream().sorted().toList();
        int n = v.size();
        return n == 0 ? 0 : n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    /**
     * Where it ran; {@code jit} says whether the JVM compiles CoreNLP's largest method
     * ({@code TextAnalyzers.jitNote()}).
     */
    public record Env(String java, String jit, int cores, String extractor, int warmup, long seed) {
    }

    /**
     * How many times faster the ingest ran on the parallel run's threads than on one (0 when not measured): the
     * median of the rounds' ratios, each round's two ingests run one after the other, so that a slower spell of the
     * machine weighs on both sides of a ratio.
     */
    public double ingestSpeedup() {
        return median(roundSpeedups());
    }

    /** Each round's ratio of the one-thread ingest time to the parallel one (empty when not measured). */
    public List<Double> roundSpeedups() {
        return ingest == null || ingestParallel == null ? List.of()
                : ratios(ingest.roundMillis(), ingestParallel.roundMillis());
    }

    /**
     * How many times faster extraction alone ran on the parallel run's threads (0 when not measured): the median of
     * the rounds' ratios. What the machine gives the part of the work that shares nothing, the reference for the
     * ingest's speed-up.
     */
    public double extractSpeedup() {
        return median(extractRoundSpeedups());
    }

    /** Each round's ratio of the one-thread extraction time to the parallel one (empty when not measured). */
    public List<Double> extractRoundSpeedups() {
        return parallel == null ? List.of() : ratios(single.roundNanos(), parallel.roundNanos());
    }

    private static List<Double> ratios(List<Long> one, List<Long> many) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < Math.min(one.size(), many.size()); i++) {
            out.add(many.get(i) == 0 ? 0 : one.get(i) / (double) many.get(i));
        }
        return out;
    }

    public boolean speedMet() {
        return single.articlesPerSecond() >= TARGET_ARTICLES_PER_SECOND_PER_CORE;
    }

    public boolean heapMet() {
        return memory.peakUsed() <= TARGET_HEAP_BYTES;
    }

    public boolean targetMet() {
        return speedMet() && heapMet();
    }

    /** A readable table. */
    public String table() {
        StringBuilder b = new StringBuilder();
        row(b, "corpus", corpus.source());
        row(b, "articles", corpus.articles() + (corpus.unreadable() > 0 ? " (" + corpus.unreadable() + " unreadable)" : ""));
        row(b, "tokens", f("%d (%.0f per article)", corpus.tokens(), (double) corpus.tokens() / Math.max(1, corpus.articles())));
        row(b, "load: build extractor", f("%d ms", load.constructMillis()));
        row(b, "load: first article", f("%d ms", load.firstArticleMillis()));
        row(b, "warm-up articles", String.valueOf(env.warmup()));
        run(b, single);
        if (parallel != null) {
            run(b, parallel);
            row(b, "  per core", f("%.1f articles/s", parallel.articlesPerSecond() / parallel.threads()));
            row(b, "  speed-up", f("%.2fx one thread%s", extractSpeedup(), rounds(extractRoundSpeedups())));
        }
        row(b, "per article", f("%.1f mentions, %.1f entities, %.1f statements, %.1f incidents, %.1f agreements, "
                + "%.1f meetings", perArticle.mentions(), perArticle.entities(), perArticle.statements(),
                perArticle.incidents(), perArticle.agreements(), perArticle.meetings()));
        row(b, "heap: peak used", f("%.0f MiB (max heap %.0f MiB)", memory.peakUsed() / MIB, memory.maxHeap() / MIB));
        row(b, "heap: peak live after GC", f("%.0f MiB", memory.peakLiveAfterGc() / MIB));
        row(b, "heap: sum of pool peaks", f("%.0f MiB", memory.poolPeakSum() / MIB));
        row(b, "GC", f("%d collections, %d ms", memory.gcCount(), memory.gcMillis()));
        if (ingest != null) {
            ingestRow(b, ingest);
        }
        if (ingestParallel != null) {
            ingestRow(b, ingestParallel);
            row(b, "  speed-up", f("%.2fx one thread%s", ingestSpeedup(), rounds(roundSpeedups())));
        }
        row(b, "environment", f("Java %s (%s), %d cores, %s, seed %d", env.java(), env.jit(), env.cores(),
                env.extractor(), env.seed()));
        row(b, "target", f("%s: >= %.0f articles/s on one core %s (%.1f), heap <= 2048 MiB %s (%.0f MiB)",
                targetMet() ? "MET" : "NOT MET", TARGET_ARTICLES_PER_SECOND_PER_CORE, speedMet() ? "yes" : "no",
                single.articlesPerSecond(), heapMet() ? "yes" : "no", memory.peakUsed() / MIB));
        return b.toString();
    }

    /** ", median of rounds: 1.67x, 2.00x, 1.85x" for several rounds, nothing for one. */
    private static String rounds(List<Double> ratios) {
        return ratios.size() < 2 ? "" : ratios.stream().map(x -> f("%.2fx", x))
                .collect(Collectors.joining(", ", ", median of rounds: ", ""));
    }

    /** "; rounds: 100.0, 140.0, 102.0 s" for several rounds, nothing for one. */
    private static String roundTimes(List<Long> values, double perSecond) {
        return values.size() < 2 ? "" : values.stream().map(v -> f("%.1f", v / perSecond))
                .collect(Collectors.joining(", ", "; rounds: ", " s"));
    }

    private static void run(StringBuilder b, Run r) {
        row(b, "extract, " + r.threads() + (r.threads() == 1 ? " thread" : " threads"),
                f("%.1f articles/s, %.0f tokens/s (%d articles in %.2f s%s%s)", r.articlesPerSecond(),
                        r.tokensPerSecond(), r.articles(), r.seconds(), r.failed() > 0 ? ", " + r.failed() + " failed"
                                : "", roundTimes(r.roundNanos(), 1e9)));
    }

    private static void ingestRow(StringBuilder b, Ingest in) {
        row(b, "ingest, " + in.threads() + (in.threads() == 1 ? " thread" : " threads"),
                f("%.1f articles/s (%d stored, %d failed, %d quads, %.1f s%s)", in.articlesPerSecond(),
                        in.stored(), in.failed(), in.quads(), in.millis() / 1000.0, roundTimes(in.roundMillis(), 1000.0)));
    }

    private static void row(StringBuilder b, String k, String v) {
        b.append(String.format(Locale.ROOT, "%-26s %s%n", k, v));
    }

    private static String f(String fmt, Object... args) {
        return String.format(Locale.ROOT, fmt, args);
    }

    private static JsonObject json(Ingest in) {
        JsonObject i = new JsonObject();
        i.put("threads", in.threads());
        i.put("articles", in.articles());
        i.put("stored", in.stored());
        i.put("failed", in.failed());
        i.put("millis", in.millis());
        i.put("quads", in.quads());
        i.put("articlesPerSecond", num(in.articlesPerSecond(), 2));
        i.put("roundMillis", numbers(in.roundMillis().stream().map(Long::doubleValue).toList(), 0));
        return i;
    }

    /** The report as JSON (sizes in MiB, rates per second, times in ms). */
    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        JsonObject c = new JsonObject();
        c.put("source", corpus.source());
        c.put("articles", corpus.articles());
        c.put("unreadable", corpus.unreadable());
        c.put("chars", corpus.chars());
        c.put("tokens", corpus.tokens());
        o.put("corpus", c);
        JsonObject l = new JsonObject();
        l.put("constructMillis", load.constructMillis());
        l.put("firstArticleMillis", load.firstArticleMillis());
        l.put("totalMillis", load.totalMillis());
        o.put("load", l);
        o.put("warmupArticles", env.warmup());
        o.put("singleThread", run(single));
        if (parallel != null) {
            JsonObject p = run(parallel);
            p.put("articlesPerSecondPerCore", num(parallel.articlesPerSecond() / parallel.threads(), 2));
            p.put("speedup", num(extractSpeedup(), 2));
            p.put("roundSpeedups", numbers(extractRoundSpeedups(), 2));
            o.put("parallel", p);
        }
        JsonObject pa = new JsonObject();
        pa.put("mentions", num(perArticle.mentions(), 2));
        pa.put("entities", num(perArticle.entities(), 2));
        pa.put("statements", num(perArticle.statements(), 2));
        pa.put("incidents", num(perArticle.incidents(), 2));
        pa.put("agreements", num(perArticle.agreements(), 2));
        pa.put("meetings", num(perArticle.meetings(), 2));
        o.put("perArticle", pa);
        JsonObject m = new JsonObject();
        m.put("peakUsedMiB", num(memory.peakUsed() / MIB, 1));
        m.put("peakLiveAfterGcMiB", num(memory.peakLiveAfterGc() / MIB, 1));
        m.put("poolPeakSumMiB", num(memory.poolPeakSum() / MIB, 1));
        m.put("maxHeapMiB", num(memory.maxHeap() / MIB, 1));
        m.put("gcCount", memory.gcCount());
        m.put("gcMillis", memory.gcMillis());
        o.put("memory", m);
        if (ingest != null) {
            o.put("ingest", json(ingest));
        }
        if (ingestParallel != null) {
            JsonObject i = json(ingestParallel);
            i.put("speedup", num(ingestSpeedup(), 2));
            i.put("roundSpeedups", numbers(roundSpeedups(), 2));
            o.put("ingestParallel", i);
        }
        JsonObject e = new JsonObject();
        e.put("java", env.java());
        e.put("jit", env.jit());
        e.put("cores", env.cores());
        e.put("extractor", env.extractor());
        e.put("seed", env.seed());
        o.put("environment", e);
        JsonObject t = new JsonObject();
        t.put("articlesPerSecondPerCore", num(TARGET_ARTICLES_PER_SECOND_PER_CORE, 1));
        t.put("heapMiB", num(TARGET_HEAP_BYTES / MIB, 0));
        t.put("speedMet", speedMet());
        t.put("heapMet", heapMet());
        t.put("met", targetMet());
        o.put("target", t);
        return o;
    }

    /** Writes the JSON report, creating its folder. */
    public void writeJson(Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.write(out, toJson());
            out.write('\n');
        }
    }

    private static JsonObject run(Run r) {
        JsonObject j = new JsonObject();
        j.put("threads", r.threads());
        j.put("articles", r.articles());
        j.put("failed", r.failed());
        j.put("seconds", num(r.seconds(), 3));
        j.put("articlesPerSecond", num(r.articlesPerSecond(), 2));
        j.put("tokensPerSecond", num(r.tokensPerSecond(), 0));
        j.put("roundSeconds", numbers(r.roundNanos().stream().map(ns -> ns / 1e9).toList(), 3));
        return j;
    }

    /** The values as a JSON array of numbers with this many decimals. */
    private static JsonArray numbers(List<Double> values, int scale) {
        JsonArray a = new JsonArray();
        values.forEach(v -> a.add(num(v, scale)));
        return a;
    }

    private static JsonNumber num(double v, int scale) {
        return JsonNumber.value(BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP));
    }
}

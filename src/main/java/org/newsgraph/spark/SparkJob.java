package org.newsgraph.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.Fetcher;
import org.newsgraph.ingest.NewsDumps;
import org.newsgraph.model.ArticleDate;
import org.newsgraph.nlp.TextAnalyzers;
import org.newsgraph.resolve.NewsCycleDating;
import org.newsgraph.resolve.StoredReports;
import scala.Tuple2;

/**
 * The extraction job on Spark. The driver lists the inputs ({@code ingest}'s order: inputs as given, a folder's files
 * sorted, a dump's records in turn); the executors read and extract in {@code mapPartitions}, one pipeline per JVM
 * ({@link Worker}); the driver dates the undated articles by the others ({@link Dating}); the second stage builds the
 * entities graph and fuses events and utterances over the whole corpus ({@link CrossArticle}); the quads are written
 * as gzipped N-Quads shards ({@code shard-NNNNN.nq.gz}) for {@code newsgraph load}.
 */
public final class SparkJob {
    /**
     * What to run.
     *
     * @param inputs     files, folders, and JSON Lines or CSV dumps (gzipped or not)
     * @param out        the folder the shards go to; must not exist (a path Hadoop knows: a local folder, hdfs://...)
     * @param master     the Spark master, or null for {@code spark.master} as configured, else {@code local[*]}
     * @param partitions how many parts the articles are extracted in; 0: four per core of the cluster
     * @param shards     how many shard files are written
     * @param settings   further Spark settings ({@code --conf})
     */
    public record Options(List<String> inputs, String out, String master, int partitions, int shards,
                          Map<String, String> settings) {
    }

    /** What the job did. */
    public record Result(long stored, List<String> failures, List<String> warnings, long dated, long quads,
                         List<String> shards, long millis) {
        /** The shards as local files, for {@code load}; empty when they went to another file system. */
        public List<Path> localShards() {
            return shards.stream().filter(s -> s.startsWith("file:")).map(s -> Path.of(java.net.URI.create(s)))
                    .toList();
        }
    }

    private SparkJob() {
    }

    /** Runs the job; progress lines go to {@code progress}. */
    public static Result run(Options o, PrintWriter progress) throws IOException {
        long t0 = System.currentTimeMillis();
        JdkXml.prefer();
        SparkConf conf = new SparkConf().setAppName("newsgraph extraction");
        conf.setIfMissing("spark.master", "local[*]");
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        // executors on a cluster are JVMs of their own: without this CoreNLP's NER feature method stays interpreted
        conf.setIfMissing("spark.executor.extraJavaOptions", TextAnalyzers.COMPILE_HUGE_METHODS);
        if (o.master() != null) {
            conf.setMaster(o.master());
        }
        o.settings().forEach(conf::set);
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            int parts = o.partitions() > 0 ? o.partitions() : 4 * sc.defaultParallelism();
            JavaRDD<Unit> units = units(sc, o.inputs()).repartition(parts);
            say(progress, "extracting on %s in %d parts", sc.master(), parts);
            JavaRDD<ArticleResult> first = units.mapPartitions(it -> mapped(it, u -> Worker.get().first(u)))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            JavaRDD<ArticleResult> articles = withoutClashes(sc, first);
            say(progress, "extracted in %.1f s", (System.currentTimeMillis() - t0) / 1000.0);
            Map<Long, ArticleDate> estimates = estimates(sc, articles);
            if (!estimates.isEmpty()) {
                Broadcast<Map<Long, ArticleDate>> est = sc.broadcast(estimates);
                articles = articles.map(r -> est.value().containsKey(r.order())
                        ? Worker.get().again(r, est.value().get(r.order())) : r);
            }
            articles = articles.persist(StorageLevel.MEMORY_AND_DISK());
            long stored = articles.filter(ArticleResult::ok).count();
            first.unpersist();
            say(progress, "%,d articles extracted, %d of them again with a date estimated from the others, at "
                    + "%.1f s; fusing and describing across them", stored, estimates.size(),
                    (System.currentTimeMillis() - t0) / 1000.0);
            LongAccumulator quads = sc.sc().longAccumulator("quads");
            JavaRDD<String> all = articles.filter(ArticleResult::ok).map(ArticleResult::nquads)
                    .union(CrossArticle.entities(sc, articles))
                    .union(CrossArticle.events(sc, articles))
                    .union(CrossArticle.utterances(sc, articles))
                    .filter(s -> !s.isEmpty())
                    .map(s -> {
                        quads.add(s.chars().filter(c -> c == '\n').count());
                        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
                    });
            // shuffled into the shards: a plain coalesce would run the second stage's maps in as few tasks
            all.coalesce(Math.max(1, o.shards()), true).saveAsTextFile(o.out(),
                    org.apache.hadoop.io.compress.GzipCodec.class);
            List<String> shards = Shards.rename(sc, o.out());
            say(progress, "shards written at %.1f s", (System.currentTimeMillis() - t0) / 1000.0);
            List<ArticleResult> bad = new ArrayList<>(articles.filter(r -> !r.ok() || !r.warnings().isEmpty())
                    .collect());
            bad.sort(Comparator.comparingLong(ArticleResult::order));
            List<String> failures = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (ArticleResult r : bad) {
                warnings.addAll(r.warnings());
                if (!r.ok()) {
                    failures.add(r.unit().source() + ": " + r.error());
                }
            }
            return new Result(stored, failures, warnings, estimates.size(), quads.value(), shards,
                    System.currentTimeMillis() - t0);
        }
    }

    /** The inputs as units, in {@code ingest}'s order; dumps of JSON Lines are split by Spark, not the driver. */
    static JavaRDD<Unit> units(JavaSparkContext sc, List<String> inputs) throws IOException {
        List<Unit> local = new ArrayList<>();
        List<JavaRDD<Unit>> lines = new ArrayList<>();
        ArticleReader reader = new ArticleReader(Gazetteer.load());
        int input = 0;
        for (String in : inputs) {
            if (in.equals("-") || Fetcher.isUrl(in)) {
                local.add(Unit.failed(Unit.order(input++, 0), in, "the Spark job reads files, folders and dumps; "
                        + "fetch pages and feeds with 'newsgraph ingest', or write them to a dump first; skipped"));
                continue;
            }
            if (in.contains("://")) {
                // a dump on a cluster's file system (hdfs://, s3a://, file://): Spark reads and splits it
                int i = input++;
                String name = in.toLowerCase(Locale.ROOT);
                if (name.matches(".*\\.(jsonl|ndjson)(\\.gz)?")) {
                    lines.add(jsonLines(sc, i, in));
                } else {
                    local.add(Unit.failed(Unit.order(i, 0), in, "only JSON Lines dumps (.jsonl, .ndjson, gzipped or "
                            + "not) are read from a file system URI; give files and folders as local paths; skipped"));
                }
                continue;
            }
            for (Path p : reader.expand(List.of(Path.of(in)))) {
                int i = input++;
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                String file = p.toString();
                if (name.endsWith(".urls")) {
                    local.add(Unit.failed(Unit.order(i, 0), file, "the Spark job fetches no URLs; fetch them with "
                            + "'newsgraph ingest', or write the pages to a dump first; skipped"));
                } else if (NewsDumps.isDump(p) && !name.contains(".csv") && Files.isRegularFile(p)) {
                    lines.add(jsonLines(sc, i, file));
                } else if (NewsDumps.isDump(p)) {
                    // a CSV field may span lines: the driver reads the records, the executors extract them
                    long k = 0;
                    for (Iterator<NewsDumps.Entry> es = NewsDumps.entries(p); es.hasNext(); k++) {
                        NewsDumps.Entry e = es.next();
                        local.add(e.record() == null ? Unit.failed(Unit.order(i, k), e.source(), e.error())
                                : new Unit(Unit.order(i, k), e.source(), Unit.Kind.RECORD, null, e.record()));
                    }
                } else {
                    local.add(Unit.file(i, p));
                }
            }
        }
        JavaRDD<Unit> all = sc.parallelize(local, Math.max(1, Math.min(local.size(), sc.defaultParallelism())));
        for (JavaRDD<Unit> l : lines) {
            all = all.union(l);
        }
        return all;
    }

    /** The records of a JSON Lines dump, split by Spark; each keeps its line number for messages. */
    private static JavaRDD<Unit> jsonLines(JavaSparkContext sc, int input, String file) {
        return sc.textFile(file).zipWithIndex().filter(t -> !t._1().isBlank())
                .map(t -> new Unit(Unit.order(input, t._2()), file + ":" + (t._2() + 1), Unit.Kind.JSON_LINE, t._1(),
                        null));
    }

    /** An article id taken by two sources: the first in input order keeps it, the other fails, as in ingest. */
    private static JavaRDD<ArticleResult> withoutClashes(JavaSparkContext sc, JavaRDD<ArticleResult> first) {
        List<Tuple2<Long, Tuple2<String, String>>> ids = new ArrayList<>(first.filter(ArticleResult::ok)
                .map(r -> new Tuple2<>(r.order(), new Tuple2<>(r.articleId(), r.unit().source()))).collect());
        ids.sort(Comparator.comparing(Tuple2::_1));
        Map<String, String> taken = new HashMap<>();
        Map<Long, String> clash = new HashMap<>();
        for (Tuple2<Long, Tuple2<String, String>> t : ids) {
            String id = t._2()._1();
            String source = t._2()._2();
            String before = taken.putIfAbsent(id, source);
            if (before != null) {
                // the same file twice is one article; two files of one id would overwrite each other
                clash.put(t._1(), before.equals(source) ? null : org.newsgraph.pipeline.Ingestion.takenInBatch(id, before));
            }
        }
        if (clash.isEmpty()) {
            return first;
        }
        Broadcast<Map<Long, String>> b = sc.broadcast(clash);
        return first.filter(r -> !b.value().containsKey(r.order()) || b.value().get(r.order()) != null)
                .map(r -> b.value().containsKey(r.order())
                        ? ArticleResult.failed(r.unit(), b.value().get(r.order()), r.warnings()) : r);
    }

    /**
     * Dates the undated articles on the driver: only they and the dated articles sharing a text key with one of them
     * are collected.
     */
    private static Map<Long, ArticleDate> estimates(JavaSparkContext sc, JavaRDD<ArticleResult> articles) {
        List<Dating.Undated> undated = articles.filter(ArticleResult::undated)
                .map(r -> new Dating.Undated(r.order(), r.articleId(), r.said())).collect();
        if (undated.isEmpty()) {
            return Map.of();
        }
        HashSet<String> keys = new HashSet<>();
        HashSet<String> speakers = new HashSet<>();
        for (Dating.Undated u : undated) {
            for (NewsCycleDating.Said s : u.said()) {
                keys.addAll(NewsCycleDating.textKeys(s.speakerKey(), s.words()));
                speakers.add(s.speakerKey());
            }
        }
        Broadcast<HashSet<String>> wanted = sc.broadcast(keys);
        Map<String, List<Dating.Holder>> holders = new HashMap<>(articles
                .filter(r -> r.ok() && !r.undated())
                .flatMapToPair(r -> r.facts().textKeys().stream().filter(wanted.value()::contains)
                        .map(k -> new Tuple2<>(k, List.of(new Dating.Holder(r.order(), r.articleId())))).iterator())
                .reduceByKey(Dating::firstHolders).collectAsMap());
        HashSet<String> holding = new HashSet<>();
        holders.values().forEach(l -> l.forEach(h -> holding.add(h.articleId())));
        Broadcast<HashSet<String>> held = sc.broadcast(holding);
        Broadcast<HashSet<String>> speaking = sc.broadcast(speakers);
        Map<String, List<StoredReports.StoredStatement>> rows = new HashMap<>(articles
                .filter(r -> r.ok() && held.value().contains(r.articleId()))
                .mapToPair(r -> new Tuple2<>(r.articleId(), r.facts().datingRows().stream()
                        .filter(s -> speaking.value().contains(s.speakerKey())).toList()))
                .collectAsMap());
        return new TreeMap<>(new Dating(holders, rows).estimate(undated));
    }

    private static <A, B> Iterator<B> mapped(Iterator<A> in, java.util.function.Function<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public B next() {
                return f.apply(in.next());
            }
        };
    }

    private static void say(PrintWriter progress, String format, Object... args) {
        if (progress != null) {
            progress.printf(Locale.ROOT, format + "%n", args);
            progress.flush();
        }
    }

}

package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.newsgraph.extract.Extractor;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.store.BulkLoad;
import org.newsgraph.store.GraphStore;

/**
 * Does ingest cost grow with the store? Builds a large store (once; it is kept for later runs) by ingesting a
 * generated corpus and cloning its graphs under other article ids and other years until the store holds the quads
 * asked for, bulk-loaded as N-Quads shards; then ingests the same fresh articles into an empty store and into the
 * large one, several rounds, interleaved, and prints milliseconds per article for each and their ratio.
 *
 * <p>A clone is the template's articles under new ids ({@code bench-NNNN-} becomes {@code bench-NNNNcK-}), every
 * year moved back by {@code 4K} (so the clones' events and statements do not fall in the same months and fuse into
 * one giant event), the entities shared: a store of many articles about one war, not one article many times.
 */
public final class StoreScale {
    private static final Pattern ID = Pattern.compile("bench-(\\d{4})-");
    /** A year in an article's text, as the corpus generator reads them. */
    private static final Pattern TEXT_YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20[0-4]\\d)(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])(19\\d\\d|20\\d\\d)-(\\d\\d)");

    private final Path store;
    private final long quads;
    private final int template;
    private final int fresh;
    private final int rounds;
    private final Path seeds;

    public StoreScale(Path store, long quads, int template, int fresh, int rounds, Path seeds) {
        this.store = store;
        this.quads = quads;
        this.template = template;
        this.fresh = fresh;
        this.rounds = rounds;
        this.seeds = seeds;
    }

    /** Builds the store if it is not there yet (as {@link #run} does first), for a benchmark that only reads it. */
    public void buildIfAbsent(PrintWriter progress) throws IOException {
        try (var entries = Files.isDirectory(store) ? Files.list(store) : java.util.stream.Stream.<Path>empty()) {
            if (entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-"))) {
                return;
            }
        }
        Extractor extractor = Extractor.builder().build();
        List<Path> sources = new ArrayList<>(new ArticleReader(extractor.gazetteer()).expand(List.of(seeds)));
        Path work = Files.createTempDirectory("newsgraph-scale");
        build(extractor, sources, work, progress);
        Bench.deleteTree(work);
    }

    /** Builds the store if needed, measures, and returns the report's lines. */
    public List<String> run(PrintWriter progress) throws IOException {
        List<String> report = new ArrayList<>();
        Extractor extractor = Extractor.builder().build();
        ArticleReader reader = new ArticleReader(extractor.gazetteer());
        List<Path> sources = reader.expand(List.of(seeds));
        Path work = Files.createTempDirectory("newsgraph-scale");
        boolean built;
        try (var entries = Files.isDirectory(store) ? Files.list(store) : java.util.stream.Stream.<Path>empty()) {
            built = entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        }
        if (!built) {
            report.addAll(build(extractor, sources, work, progress));
        }
        try (GraphStore big = GraphStore.open(store)) {
            say(progress, report, String.format(Locale.ROOT, "large store: %s, %s on disk, opened in-step without counting: %s",
                    store, mb(big.diskBytes()), big.rebuiltOnOpen() < 0));
        }
        // warm-up: the JIT and CoreNLP's first articles, into a store thrown away
        List<Path> warm = named(new CorpusGenerator(extractor.gazetteer(), 4242).generate(sources, 10,
                work.resolve("warm")), "warm");
        ingest(extractor, work.resolve("warm-store"), warm);
        double emptySum = 0;
        double bigSum = 0;
        for (int r = 0; r < rounds; r++) {
            List<Path> batch = later(named(new CorpusGenerator(extractor.gazetteer(), 1000 + r
                    + System.nanoTime() % 100000).generate(sources, fresh, work.resolve("fresh" + r)),
                    "fresh" + System.nanoTime() % 1000000 + "r" + r));
            double empty = ingest(extractor, work.resolve("empty" + r), batch);
            double large = ingest(extractor, store, batch);
            emptySum += empty;
            bigSum += large;
            say(progress, report, String.format(Locale.ROOT, "round %d: %d fresh articles, %.0f ms/article into an "
                    + "empty store, %.0f ms/article into the large one (%.2fx)", r + 1, fresh, empty, large,
                    large / empty));
        }
        say(progress, report, String.format(Locale.ROOT, "mean: %.0f ms/article empty, %.0f ms/article large: %.2fx",
                emptySum / rounds, bigSum / rounds, bigSum / emptySum));
        Bench.deleteTree(work);
        return report;
    }

    /** Milliseconds per article of one batch's ingest (one transaction per group, as a user's ingest). */
    private static double ingest(Extractor extractor, Path dir, List<Path> files) throws IOException {
        try (GraphStore gs = GraphStore.open(dir)) {
            Ingestion.Summary s = new Ingestion(gs, extractor).compactFloor(-1)
                    .run(files.stream().map(Path::toString).toList(), InputStream.nullInputStream(), null, 0);
            if (!s.failures().isEmpty()) {
                throw new IllegalStateException("ingest failed: " + s.failures());
            }
            return (double) s.millis() / files.size();
        }
    }

    private List<String> build(Extractor extractor, List<Path> sources, Path work, PrintWriter progress)
            throws IOException {
        List<String> report = new ArrayList<>();
        List<Path> corpus = new CorpusGenerator(extractor.gazetteer(), 42).generate(sources, template,
                work.resolve("template"));
        long t0 = System.currentTimeMillis();
        Path templateStore = work.resolve("template-store");
        ingest(extractor, templateStore, corpus);
        say(progress, report, String.format(Locale.ROOT, "template: %d articles ingested in %.0f s", template,
                (System.currentTimeMillis() - t0) / 1000.0));
        Path nq = work.resolve("template.nq");
        long templateQuads;
        try (GraphStore gs = GraphStore.open(templateStore); var out = Files.newOutputStream(nq)) {
            templateQuads = Txn.calculateRead(gs.dataset(), () -> {
                RDFDataMgr.write(out, gs.dataset().asDatasetGraph(), Lang.NQUADS);
                return gs.size();
            });
        }
        int clones = (int) Math.max(1, Math.ceil((double) quads / templateQuads));
        Path shards = Files.createDirectories(store.resolveSibling(store.getFileName() + "-shards"));
        List<String> lines = Files.readAllLines(nq, StandardCharsets.UTF_8);
        List<Path> files = new ArrayList<>();
        for (int c = 0; c < clones; c++) {
            Path shard = shards.resolve(String.format(Locale.ROOT, "clone-%03d.nq", c));
            try (Writer w = Files.newBufferedWriter(shard, StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    w.write(clone(line, c));
                    w.write('\n');
                }
            }
            files.add(shard);
        }
        say(progress, report, String.format(Locale.ROOT, "%d clones of %,d quads written to %s", clones, templateQuads,
                shards));
        BulkLoad.Result r = BulkLoad.load(store, files);
        say(progress, report, String.format(Locale.ROOT, "bulk load: %,d quads in %.0f s (%,.0f quads/s), text index "
                + "%,d entries in %.0f s", r.quads(), r.loadMillis() / 1000.0, r.quads() * 1000.0
                / Math.max(1, r.loadMillis()), r.indexed(), r.indexMillis() / 1000.0));
        return report;
    }

    /** One N-Quads line of the template as clone {@code c}: other article ids, years moved back by 4c. */
    static String clone(String line, int c) {
        if (c == 0) {
            return line;
        }
        return shiftYears(ID.matcher(line).replaceAll("bench-$1c" + c + "-"), YEAR, -4 * c);
    }

    /** The text with the year each match of {@code years} holds in its first group moved by {@code by}. */
    private static String shiftYears(String text, Pattern years, int by) {
        Matcher m = years.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, (Integer.parseInt(m.group(1)) + by)
                    + Matcher.quoteReplacement(text.substring(m.end(1), m.end())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The articles with every year moved 50 ahead: their events and statements then fall in months no clone touches,
     * so that what is measured is the size of the store, not the cost of joining the template's events (every seed
     * story is in it a hundred times over, which is issue 11's worst case, measured there).
     */
    private static List<Path> later(List<Path> files) throws IOException {
        for (Path f : files) {
            Files.writeString(f, shiftYears(Files.readString(f), TEXT_YEAR, 50));
        }
        return files;
    }

    /** The files renamed with a prefix, so that their article ids are new to the store. */
    private static List<Path> named(List<Path> files, String prefix) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            Path to = f.resolveSibling(prefix + "-" + f.getFileName());
            Files.move(f, to);
            out.add(to);
        }
        return out;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private static void say(PrintWriter out, List<String> report, String line) {
        report.add(line);
        if (out != null) {
            out.println(line);
            out.flush();
        }
    }
}

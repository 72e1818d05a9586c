package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.bench.Bench;
import org.newsgraph.bench.BenchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph bench [--articles N] [--warmup N] [--threads N] [--corpus DIR] [--report FILE]}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures extraction speed and memory on a corpus made by varying the seed articles "
                + "(paragraphs shuffled, actors of the same class swapped, dates shifted; deterministic) or on "
                + "--corpus DIR: load time, articles/s and tokens/s on one thread (and on --threads N), heap peaks, "
                + "counts per article and end-to-end ingest into a temporary TDB2 store. Prints a table, writes a JSON "
                + "report, and says whether the target (>= 5 articles/s per core, heap <= 2 GiB) is met.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "500",
            description = "articles to measure (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "50",
            description = "articles extracted before timing starts (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "also measure with N threads when N > 1 (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "measure the articles in DIR (up to --articles) instead of a generated corpus")
    Path corpus;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "articles the generated corpus varies (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "random seed of the generated corpus (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--no-ingest", negatable = false, description = "skip the end-to-end ingest into TDB2")
    boolean noIngest;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "rounds of timed passes, each on one thread and on --threads N in turn (extraction, "
                    + "then ingest); medians are reported (default: ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--report", paramLabel = "FILE", defaultValue = "target/bench.json",
            description = "where to write the JSON report (default: ${DEFAULT-VALUE})")
    Path report;

    @Option(names = "--scale", paramLabel = "DIR",
            description = "instead: does ingest cost grow with the store? Builds a large store in DIR once (a "
                    + "generated corpus ingested, cloned to --quads, bulk-loaded), then ingests the same fresh "
                    + "articles into an empty store and into DIR and prints ms/article for each")
    Path scale;

    @Option(names = "--quads", paramLabel = "N", defaultValue = "10000000",
            description = "with --scale: quads of the large store (default: ${DEFAULT-VALUE})")
    long quads;

    @Option(names = "--fresh", paramLabel = "N", defaultValue = "20",
            description = "with --scale: fresh articles per round (default: ${DEFAULT-VALUE})")
    int fresh;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "with --scale: rounds, each a new batch into both stores (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--serve", paramLabel = "DIR",
            description = "instead: the store in DIR (built as --scale builds it when absent) served by newsgraph "
                    + "and by stock Fuseki in turn, under the same load: p50/p95/p99 of every catalogue query, of "
                    + "DESCRIBE lookups and of newsgraph's pages")
    Path serve;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "16",
            description = "with --serve: client threads for lookups and pages (default: ${DEFAULT-VALUE}; the "
                    + "catalogue queries run on at most 4)")
    int concurrency;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "320",
            description = "with --serve: requests per kind of lookup or page (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "5",
            description = "with --serve: times each catalogue query is sent (default: ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "with --serve: the query catalogue (default: ${DEFAULT-VALUE})")
    Path queries;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (serve != null) {
            new org.newsgraph.bench.StoreScale(serve, quads, articles, 0, 0, seeds).buildIfAbsent(out);
            new ServeBench(serve, queries, concurrency, requests, repeats).run(out);
            return 0;
        }
        if (scale != null) {
            new org.newsgraph.bench.StoreScale(scale, quads, articles, fresh, rounds, seeds).run(out);
            return 0;
        }
        BenchReport r;
        try {
            r = Bench.builder().articles(articles).warmup(warmup).threads(threads).seed(seed).corpus(corpus)
                    .seeds(seeds).ingest(!noIngest).repeat(repeat).build().run(err);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        r.writeJson(report);
        out.print(r.table());
        out.println("report written to " + report);
        out.flush();
        return 0;
    }
}

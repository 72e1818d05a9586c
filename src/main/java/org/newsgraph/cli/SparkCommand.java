package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.spark.SparkJob;
import org.newsgraph.store.BulkLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph spark INPUT... --out DIR}: extraction on Apache Spark, shards for {@code load}. */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "Extracts a corpus on Apache Spark (local[*] by default, a cluster with --master) and writes "
                + "gzipped N-Quads shards of the whole graph (articles, entities, fused events and utterances) for "
                + "'newsgraph load'; with --store, loads them too. Reads files, folders and JSON Lines or CSV dumps; "
                + "on a cluster the inputs and --out must be on a file system every node sees.")
public final class SparkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "article files, folders, .jsonl/.ndjson/.csv dumps")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the shards (must not exist)")
    String out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark.master, else local[*])")
    String master;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "parts the articles are extracted in (default: four per core)")
    int partitions;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "8", description = "shard files written (default: 8)")
    int shards;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "a Spark setting (repeatable)")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--store", paramLabel = "DIR", description = "load the shards into this new store afterwards")
    Path store;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (shards < 1 || partitions < 0) {
            err.println("error: --shards takes a number of at least 1, --partitions one of at least 0");
            err.flush();
            return 2;
        }
        if (!this.out.contains("://") && Files.exists(Path.of(this.out))) {
            err.println("error: " + this.out + " exists; the shards go to a new folder");
            err.flush();
            return 2;
        }
        if (store != null && Files.exists(store)) {
            err.println("error: the store " + store + " exists already; --store loads into a new one");
            err.flush();
            return 2;
        }
        SparkJob.Result r = SparkJob.run(new SparkJob.Options(inputs, this.out, master, partitions, shards, settings),
                err);
        out.printf(Locale.ROOT, "extracted on Spark: %,d articles stored, %d failed, %d dated by the news cycle; "
                + "%,d quads in %d shards under %s; %.1f s%n", r.stored(), r.failures().size(), r.dated(), r.quads(),
                r.shards().size(), this.out, r.millis() / 1000.0);
        r.warnings().forEach(w -> out.println("warning: " + w));
        r.failures().forEach(f -> out.println("failed: " + f));
        out.flush();
        if (store != null && r.stored() > 0) {
            if (r.localShards().size() < r.shards().size()) {
                err.println("error: the shards are not on this machine's file system; copy them here and run "
                        + "'newsgraph load' on them");
                err.flush();
                return 2;
            }
            BulkLoad.Result l = BulkLoad.load(store, r.localShards());
            out.printf(Locale.ROOT, "loaded %,d quads into %s in %.1f s; indexed %,d text entries%n", l.quads(),
                    store, (l.loadMillis() + l.indexMillis()) / 1000.0, l.indexed());
            out.flush();
        }
        return r.stored() == 0 ? 1 : 0;
    }
}

package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.extract.Extractor;
import org.newsgraph.store.GraphStore;
import org.newsgraph.pipeline.Ingestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph ingest PATH... --store DIR}. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Reads articles (.txt, .md, .html/.htm files or folders; - for standard input), news dumps "
                + "(.jsonl/.ndjson and .csv, gzipped or not: one article per record, with url, title, published, "
                + "outlet and text fields under the names news APIs, Media Cloud and GDELT exports use), lists of "
                + "URLs (.urls) and URLs of pages or RSS/Atom feeds; extracts actors, statements, agreements and "
                + "incidents, and loads them into the store. Unchanged articles are skipped; a changed article "
                + "replaces its own graph atomically.")
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders, dumps, .urls lists or http(s) "
            + "URLs to ingest; - reads stdin")
    List<String> inputs;

    @Option(names = "--progress-every", paramLabel = "N", defaultValue = "25",
            description = "print a progress line every N articles (default: ${DEFAULT-VALUE})")
    int every;

    @Option(names = "--force", description = "extract every article again, even one the store holds from the same "
            + "text by the same extractor (an article stored by another version is re-extracted anyway)")
    boolean force;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "threads that read and extract articles; one writer stores them in input order "
                    + "(default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--group", paramLabel = "N", defaultValue = "" + Ingestion.DEFAULT_GROUP,
            description = "articles written per transaction; each article still lands whole or not at all "
                    + "(default: ${DEFAULT-VALUE})")
    int group;

    @Option(names = "--no-compact", description = "never compact the store after the batch (by default it is "
            + "compacted when it takes twice its live size on disk and at least 64 MB)")
    boolean noCompact;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1 || group < 1) {
            err.println("error: --threads and --group take a number of at least 1");
            err.flush();
            return 2;
        }
        return ingest(store.store, inputs, every, force, out, err, i -> i.threads(threads).group(group)
                .compactFloor(noCompact ? -1 : Ingestion.DEFAULT_COMPACT_FLOOR));
    }

    static int ingest(java.nio.file.Path dir, List<String> inputs, int every, boolean force, PrintWriter out,
                      PrintWriter err) throws Exception {
        return ingest(dir, inputs, every, force, out, err, i -> i);
    }

    static int ingest(java.nio.file.Path dir, List<String> inputs, int every, boolean force, PrintWriter out,
                      PrintWriter err, java.util.function.UnaryOperator<Ingestion> settings) throws Exception {
        Ingestion.Summary s;
        try (GraphStore gs = GraphStore.open(dir)) {
            s = settings.apply(new Ingestion(gs, Extractor.builder().build()).force(force))
                    .run(inputs, System.in, err, every);
        }
        out.printf("ingested into %s: %d added, %d replaced, %d unchanged, %d failed; %s; %.1f s%n", dir, s.added(),
                s.replaced(), s.unchanged(), s.failures().size(), Sizes.describe(s.written(), s.storeBytes()),
                s.millis() / 1000.0);
        if (s.reextracted() > 0) {
            out.printf("re-extracted %d unchanged article(s): %s%n", s.reextracted(), force ? "--force"
                    : "stored by another version of the extractor or its data (" + Extractor.fingerprint() + " now)");
        }
        for (String w : s.warnings()) {
            out.println("warning: " + w);
        }
        for (String f : s.failures()) {
            out.println("failed: " + f);
        }
        out.flush();
        boolean nothing = s.stored() + s.unchanged() == 0;
        return nothing ? 1 : 0;
    }
}

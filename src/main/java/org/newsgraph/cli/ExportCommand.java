package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.export.Exporter;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph export --store DIR --format F --out FILE}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the whole store to a file: trig, nquads or jsonld (named graphs kept).")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, description = "trig, nquads or jsonld")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Exporter.formats().contains(format)) {
            spec.commandLine().getErr().println("error: unknown format '" + format + "'; choose one of "
                    + new java.util.TreeSet<>(Exporter.formats()));
            return 2;
        }
        try (GraphStore gs = GraphStore.open(store.store)) {
            Exporter.write(gs.dataset(), format, out);
        }
        spec.commandLine().getOut().println("wrote " + out);
        return 0;
    }
}

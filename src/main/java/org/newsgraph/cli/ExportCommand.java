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
        description = {"Writes the whole store to a file.",
            "trig, nquads, jsonld: the RDF with its named graphs.",
            "graphml, gexf, cytoscape: a property graph for Gephi, Cytoscape, yEd or networkx, with actors, places,"
            + " articles, agreements, statements, incidents and meetings as nodes (GEXF has a timeline)."})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, description = "trig, nquads, jsonld, graphml, gexf, cytoscape, or events (the event table, CSV)")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "file to write; - for standard output")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Exporter.formats().contains(format.toLowerCase(java.util.Locale.ROOT))) {
            spec.commandLine().getErr().println("error: unknown format '" + format + "'; choose one of "
                    + Exporter.formats());
            return 2;
        }
        if (store.refused(spec.commandLine().getErr())) {
            return 2;
        }
        String what;
        boolean stdout = out.toString().equals("-");
        try (GraphStore gs = GraphStore.open(store.store)) {
            if (stdout) {
                java.io.OutputStream os = new java.io.FilterOutputStream(System.out) {
                    @Override
                    public void close() throws java.io.IOException {
                        flush();    // standard output stays open for what follows
                    }
                };
                what = Exporter.write(gs.dataset(), format, os);
                os.flush();
            } else {
                what = Exporter.write(gs.dataset(), format, out);
            }
        }
        // on --out - the data went to standard output; the report goes to standard error so as not to mix with it
        (stdout ? spec.commandLine().getErr() : spec.commandLine().getOut())
                .println("wrote " + (stdout ? "standard output" : out.toString()) + " (" + what + ")");
        return 0;
    }
}

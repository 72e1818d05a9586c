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

    @Option(names = "--format", required = true, description = "trig, nquads, jsonld, graphml, gexf or cytoscape")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Exporter.formats().contains(format.toLowerCase(java.util.Locale.ROOT))) {
            spec.commandLine().getErr().println("error: unknown format '" + format + "'; choose one of "
                    + Exporter.formats());
            return 2;
        }
        String what;
        try (GraphStore gs = GraphStore.open(store.store)) {
            what = Exporter.write(gs.dataset(), format, out);
        }
        spec.commandLine().getOut().println("wrote " + out + " (" + what + ")");
        return 0;
    }
}

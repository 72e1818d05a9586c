package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.store.BulkLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph load SHARD... --store DIR}: the bulk path. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Fills an empty store from N-Quads shards (or TriG, or any RDF file; .gz read as such) with "
                + "Jena's parallel bulk loader, then builds the full-text index once. The shards must hold a whole "
                + "store's graphs: 'export --format nquads' of another store, or the shards an extraction job wrote.")
public final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "SHARD", description = "RDF files to load")
    List<Path> shards;

    @Override
    public Integer call() {
        BulkLoad.Result r;
        try {
            r = BulkLoad.load(store.store, shards);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "loaded %,d quads into %s in %.1f s (%,.0f quads/s); "
                + "indexed %,d text entries in %.1f s%n", r.quads(), store.store, r.loadMillis() / 1000.0,
                r.quads() * 1000.0 / Math.max(1, r.loadMillis()), r.indexed(), r.indexMillis() / 1000.0);
        spec.commandLine().getOut().flush();
        return 0;
    }
}

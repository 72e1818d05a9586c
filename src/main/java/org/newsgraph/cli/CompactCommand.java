package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph compact --store DIR}: TDB2 compaction, the old generation deleted. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compacts the store: copies its live quads into a new TDB2 generation and deletes the old one, "
                + "which keeps the blocks every past write left behind. Ingest does this by itself after a batch "
                + "once the store takes twice its live size; the store must not be served meanwhile.")
public final class CompactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        if (store.refused(spec.commandLine().getErr())) {
            return 2;
        }
        long t0 = System.currentTimeMillis();
        long[] sizes;
        try (GraphStore gs = GraphStore.open(store.store)) {
            sizes = gs.compact();
        }
        spec.commandLine().getOut().printf("compacted %s: %s -> %s on disk; %.1f s%n", store.store,
                Sizes.bytes(sizes[0]), Sizes.bytes(sizes[1]), (System.currentTimeMillis() - t0) / 1000.0);
        spec.commandLine().getOut().flush();
        return 0;
    }
}

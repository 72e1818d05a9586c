package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph reindex --store DIR}: rebuilds the full-text index of a store from its graphs. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuilds the full-text (text:query) index of the store from its graphs. Ingest keeps the index "
                + "up to date and serve rebuilds a missing one; use this after copying a store without its 'text' "
                + "folder or to start a stock Fuseki on a store.")
public final class ReindexCommand implements Callable<Integer> {
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
        long docs;
        try (GraphStore gs = GraphStore.open(store.store)) {
            // Opening already rebuilds an index that is missing or out of step; a second pass would redo it.
            docs = gs.rebuiltOnOpen() >= 0 ? gs.rebuiltOnOpen() : gs.rebuildSearchIndex();
        }
        spec.commandLine().getOut().printf("reindexed %s: %d text entries in %s; %.1f s%n", store.store, docs,
                SearchIndex.location(store.store), (System.currentTimeMillis() - t0) / 1000.0);
        spec.commandLine().getOut().flush();
        return 0;
    }
}

package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph delete ARTICLE-ID|FILE... --store DIR}: removes articles and what only they supported. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Removes articles from the store, each in one transaction: its graph, the actors, places and "
                + "agreements only it referred to, and its wordings from the others' labels. Name an article by its "
                + "id (as in ng:articleId) or by the file it was ingested from.")
public final class DeleteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE-ID|FILE", description = "article ids or ingested files")
    List<String> articles;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (store.refused(err)) {
            return 2;
        }
        int missing = 0;
        try (GraphStore gs = GraphStore.open(store.store)) {
            for (String a : articles) {
                Path f = Path.of(a);
                String id = Files.isRegularFile(f) ? ArticleReader.idOf(f) : a;
                long removed;
                try {
                    removed = Ingestion.delete(gs, id);
                } catch (IllegalStateException e) {
                    err.println("error: " + e.getMessage());
                    missing++;
                    continue;
                }
                if (removed < 0) {
                    err.println("error: the store holds no article '" + id + "'" + (id.equals(a) ? "" : " (from " + a
                            + ")") + "; nothing deleted for it");
                    missing++;
                } else {
                    out.printf("deleted article %s (%d quads)%n", id, removed);
                }
            }
            out.printf("%s%n", Sizes.describe(gs.written(), gs.diskBytes()));
        }
        out.flush();
        err.flush();
        return missing == 0 ? 0 : 1;
    }
}

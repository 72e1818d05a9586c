package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.serve.NewsgraphServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph up}: ingest the bundled seeds if needed, then serve. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "The one-command demo: ingests the bundled seeds/ into the store (unchanged articles are "
                + "skipped) and serves it.")
public final class UpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    ServeCommand.ServerOptions server;

    @Option(names = "--seeds", defaultValue = "seeds", description = "folder of articles to ingest (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(seeds)) {
            spec.commandLine().getErr().println("error: no seeds folder at " + seeds.toAbsolutePath()
                    + "; run from the repository root or pass --seeds DIR");
            return 2;
        }
        String badHost = server.checkHost(spec.commandLine().getErr());
        if (badHost != null) {
            spec.commandLine().getErr().println("error: " + badHost);
            return 2;
        }
        int rc = IngestCommand.ingest(store.store, List.of(seeds.toString()), 25, false, spec.commandLine().getOut(),
                spec.commandLine().getErr());
        if (rc != 0) {
            return rc;
        }
        try (NewsgraphServer s = server.build(store.store).start()) {
            server.announce(s, spec.commandLine().getOut());
            s.join();
        }
        return 0;
    }
}

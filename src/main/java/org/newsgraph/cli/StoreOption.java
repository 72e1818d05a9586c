package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands. */
public final class StoreOption {
    /** Where the store lives when --store is not given. */
    public static final Path DEFAULT = Path.of("data", "store");

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE})",
            defaultValue = "data/store")
    Path store;
}

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

    /**
     * Says on {@code err} why a command that reads or rewrites a store cannot use this one, and returns true; false
     * when it can.
     */
    boolean refused(java.io.PrintWriter err) {
        String why = unusable();
        if (why == null) {
            return false;
        }
        err.println("error: " + why);
        err.flush();
        return true;
    }

    /**
     * Why a command that reads a store cannot use this one, or null: it does not exist, or it is no TDB2 store.
     * Opening a folder that is no store would create an empty store in it.
     */
    String unusable() {
        if (!java.nio.file.Files.isDirectory(store)) {
            return "no store at " + store + "; create one with 'newsgraph ingest PATH --store " + store + "'";
        }
        try (var entries = java.nio.file.Files.list(store)) {
            boolean tdb2 = entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-")
                    || p.getFileName().toString().equals("tdb.lock"));
            return tdb2 ? null : store + " is not a newsgraph store (no TDB2 'Data-' folder in it)";
        } catch (java.io.IOException e) {
            return "cannot read the store folder " + store + " (" + e.getMessage() + ")";
        }
    }
}

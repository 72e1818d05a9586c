package org.newsgraph.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsgraph} command: ingest, serve, up, export, query, reindex, link, bench.
 *
 * <pre>{@code newsgraph ingest seeds --store data/store}</pre>
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Turns news articles into an RDF knowledge graph of actors, statements, agreements and "
                + "incidents, stored in Apache Jena TDB2 and served by Fuseki.",
        subcommands = {IngestCommand.class, ServeCommand.class, UpCommand.class, ExportCommand.class,
                QueryCommand.class, ReindexCommand.class, CompactCommand.class, LoadCommand.class, SparkCommand.class, DeleteCommand.class, LinkCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with the given writers (tests capture them). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        // no stack trace reaches a user: one line naming what failed and why (NEWSGRAPH_DEBUG=1 adds the trace)
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            PrintWriter w = line.getErr();
            if (e instanceof org.newsgraph.store.StoreInUseException) {
                w.println("error: " + e.getMessage());
            } else if (e instanceof java.nio.file.NoSuchFileException) {
                w.println("error: no such file " + e.getMessage());
            } else if (e instanceof java.io.IOException) {
                w.println("error: " + e.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ")
                        .toLowerCase(java.util.Locale.ROOT) + ": " + e.getMessage());
            } else {
                String command = parsed.subcommand() == null ? "newsgraph" : parsed.subcommand().commandSpec().name();
                w.println("error: " + command + " failed: " + e
                        + " (an internal error; set NEWSGRAPH_DEBUG=1 for details and report it)");
            }
            if (System.getenv("NEWSGRAPH_DEBUG") != null) {
                e.printStackTrace(w);
            }
            w.flush();
            return e instanceof org.newsgraph.store.StoreInUseException ? 4 : 1;
        });
        return cl;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(commandLine(out, err).execute(args));
    }
}

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
                QueryCommand.class, ReindexCommand.class, DeleteCommand.class, LinkCommand.class, BenchCommand.class,
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
        return cl;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(commandLine(out, err).execute(args));
    }
}

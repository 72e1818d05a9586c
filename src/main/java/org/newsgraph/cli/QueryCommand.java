package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryParseException;
import org.newsgraph.export.QueryRunner;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph query --store DIR QUERY_OR_FILE [--format table|csv|json]}. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs SPARQL against the store without a server (union of all graphs as default graph).")
public final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "QUERY_OR_FILE", description = "a SPARQL query, or a file (.rq) holding one")
    String query;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws Exception {
        String sparql = query;
        Path p = Path.of(query.length() < 4096 && !query.contains("\n") ? query : ".");
        if (!query.isBlank() && Files.isRegularFile(p)) {
            sparql = Files.readString(p);
        }
        if (!Files.isDirectory(store.store)) {
            spec.commandLine().getErr().println("error: no store at " + store.store);
            return 2;
        }
        try (GraphStore gs = GraphStore.open(store.store)) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            QueryRunner.run(gs.dataset(), sparql, format, buf);
            spec.commandLine().getOut().print(buf.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (QueryParseException e) {
            spec.commandLine().getErr().println("error: the query does not parse: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
    }
}

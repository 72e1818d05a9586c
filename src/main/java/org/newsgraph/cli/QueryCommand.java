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

    private static String firstLine(String s) {
        String t = String.valueOf(s).strip();
        int nl = t.indexOf('\n');
        t = nl < 0 ? t : t.substring(0, nl);
        return t.length() > 160 ? t.substring(0, 160) + "..." : t;
    }

    /** A one-line argument with no SPARQL keyword that ends like a query file or names a folder. */
    private static boolean looksLikeAFile(String q) {
        String t = q.strip();
        return !t.contains("\n") && !t.contains("{")
                && (t.matches("(?i).*\\.(rq|sparql|txt)") || t.contains("/") && !t.contains(" "));
    }

    @Override
    public Integer call() throws Exception {
        String sparql = query;
        Path p = Path.of(query.length() < 4096 && !query.contains("\n") ? query : ".");
        if (!query.isBlank() && Files.isRegularFile(p)) {
            sparql = Files.readString(p);
        } else if (looksLikeAFile(query)) {
            spec.commandLine().getErr().println("error: no such file " + query + " (give a SPARQL query or a file "
                    + "holding one)");
            return 2;
        }
        if (store.refused(spec.commandLine().getErr())) {
            return 2;
        }
        try (GraphStore gs = GraphStore.open(store.store)) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            QueryRunner.run(gs.dataset(), sparql, format, buf);
            spec.commandLine().getOut().print(buf.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (org.apache.jena.atlas.web.HttpException | org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
            // a SERVICE call to a remote endpoint: no network here, or the endpoint refused
            spec.commandLine().getErr().println("error: the query's SERVICE endpoint could not be reached (no network, "
                    + "or the endpoint refused: " + firstLine(e.getMessage()) + "); run it without SERVICE, or where "
                    + "the endpoint is reachable");
            return 3;
        } catch (QueryParseException e) {
            spec.commandLine().getErr().println("error: the query does not parse: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
    }
}

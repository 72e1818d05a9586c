package org.newsgraph.export;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.newsgraph.store.GraphStore;

/**
 * Runs SPARQL against the store without a server, over the union of all graphs (as the endpoint does).
 * SELECT results as a text table, CSV or SPARQL JSON; ASK as true/false; CONSTRUCT/DESCRIBE as Turtle.
 */
public final class QueryRunner {
    private QueryRunner() {
    }

    public static void run(Dataset dataset, String sparql, String format, OutputStream out) {
        Query q = QueryFactory.create(sparql);
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q)
                    .set(GraphStore.UNION_DEFAULT_GRAPH, true).build()) {
                if (q.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    switch (format.toLowerCase(Locale.ROOT)) {
                        case "csv" -> ResultSetFormatter.outputAsCSV(ps, rs);
                        case "json" -> ResultSetFormatter.outputAsJSON(ps, rs);
                        case "table" -> ResultSetFormatter.out(ps, rs, q);
                        default -> throw new IllegalArgumentException("unknown result format '" + format
                                + "'; choose table, csv or json");
                    }
                } else if (q.isAskType()) {
                    ps.println(qe.execAsk());
                } else {
                    RDFDataMgr.write(ps, q.isConstructType() ? qe.execConstruct() : qe.execDescribe(), Lang.TURTLE);
                }
            }
        });
        ps.flush();
    }
}

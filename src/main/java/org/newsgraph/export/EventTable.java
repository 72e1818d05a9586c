package org.newsgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.system.Txn;
import org.newsgraph.store.GraphStore;

/**
 * The event table: one CSV row per incident, in the shape analysts know from ACLED and GDELT (date and its
 * precision, type, actor 1 and 2, place with coordinates, killed, displaced, outlet, source URL, sentence, Wikidata
 * ids). It runs the catalogue's {@code queries/23-event-table.rq}, packaged with the code, so the export and the
 * catalogue question never disagree.
 */
final class EventTable {
    static final String FORMAT = "events";
    private static final String QUERY = "newsgraph/queries/23-event-table.rq";

    private EventTable() {
    }

    /** Writes the table as CSV (RFC 4180, a header row); returns the number of rows. */
    static long write(Dataset dataset, OutputStream out) throws IOException {
        String sparql;
        try (InputStream in = EventTable.class.getClassLoader().getResourceAsStream(QUERY)) {
            if (in == null) {
                throw new IllegalStateException(QUERY + " is not on the classpath; rebuild the project");
            }
            sparql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the catalogue query shows one page; the export is every row
        org.apache.jena.query.Query all = org.apache.jena.query.QueryFactory.create(sparql);
        all.setLimit(org.apache.jena.query.Query.NOLIMIT);
        all.setOffset(org.apache.jena.query.Query.NOLIMIT);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(all)
                    .set(GraphStore.UNION_DEFAULT_GRAPH, true).build()) {
                ResultSetRewindable rs = ResultSetFactory.copyResults(qe.execSelect());
                ResultSetFormatter.outputAsCSV(out, rs);
                return (long) rs.size();
            }
        });
    }
}

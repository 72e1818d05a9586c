package org.newsgraph.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/** SPARQL over the union graph of a store, for tests that hold exports against the store they came from. */
final class StoreQueries {
    static final String PREFIXES = "PREFIX ng: <" + NG.NS + ">\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    /** The node classes of the export (actors, places, articles, agreements, statements, incidents, meetings). */
    static final String NODE_CLASSES = "VALUES ?k { ng:Person ng:State ng:GovernmentBody ng:MilitaryForce "
            + "ng:ArmedGroup ng:MediaOutlet ng:InternationalOrganization ng:Place ng:Article ng:Agreement "
            + "ng:Statement ng:Incident ng:Meeting ng:Event ng:Utterance }";

    private StoreQueries() {
    }

    /** Rows of a SELECT: variable to IRI or lexical form (unbound variables are absent). */
    static List<Map<String, String>> select(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query)
                    .set(GraphStore.UNION_DEFAULT_GRAPH, true).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    s.varNames().forEachRemaining(v -> {
                        RDFNode n = s.get(v);
                        row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    });
                    rows.add(row);
                });
            }
            return rows;
        });
    }

    static int count(Dataset ds, String query) {
        return Integer.parseInt(select(ds, query).get(0).get("n"));
    }

    static int countOf(Dataset ds, String cls) {
        return count(ds, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ng:" + cls + " }");
    }
}

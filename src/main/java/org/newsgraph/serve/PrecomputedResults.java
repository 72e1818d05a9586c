package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetRewindable;

/**
 * The results of the query catalogue, worked out once per store state and kept. Several catalogue queries aggregate
 * over the whole store (statements per outlet, the event table, the agreements and every article naming them): on a
 * store of ten million quads they take 10 to 30 s, on stock Fuseki too, and an analyst who opens one from the landing
 * page should not wait that long each time. A served store does not change, so a result worked out once is the answer
 * until the store is written again.
 *
 * <p>After the landing page's summary and the hubs' pages, the server's start-up work runs each local catalogue query
 * (none that calls a remote endpoint) as background work ({@link Pages#background}: not cut off by the query timeout)
 * and keeps its result as SPARQL JSON and as CSV, what the landing page's links ask for: in memory, and on disk with
 * the store's state ({@link StateFiles}). A restart on the same store reads them back instead of running the queries
 * again; a write to the store changes its state, so the results of an older state are never served.
 *
 * <p>A request for exactly a catalogue query's text (GET, or a form POST, to the SPARQL endpoint, with no parameter
 * but {@code query} and the format) that asks for JSON or CSV is answered from the kept result, marked with the
 * header {@value #HEADER} naming the store state it was computed on. Any other request goes to Fuseki as before.
 */
final class PrecomputedResults implements Filter {
    static final String HEADER = "X-Newsgraph-Precomputed";
    /** A result larger than this is not kept (the catalogue's queries page at 100 rows; a few KB each). */
    static final int MAX_BYTES = 16 << 20;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PrecomputedResults.class);
    private static final String JSON = "application/sparql-results+json";
    private static final String CSV = "text/csv";
    private static final Set<String> ENDPOINTS = Set.of("/" + NewsgraphServer.NAME, "/" + NewsgraphServer.NAME
            + "/sparql", "/" + NewsgraphServer.NAME + "/query");
    private static final Set<String> PARAMETERS = Set.of("query", "format", "output");

    private final Map<String, Result> byQuery = new ConcurrentHashMap<>();
    private volatile String state;

    /** One query's result in the two forms served. */
    private record Result(byte[] json, byte[] csv) {
    }

    /**
     * Works out (or reads back) the results of the catalogue's local queries for the store's present state.
     *
     * @param dataset the served dataset
     * @param entries the catalogue
     * @param kept    the files of the store's state, where the results are kept
     * @param open    false once the server is closing: the work stops
     * @return how many queries' results are kept now
     */
    int prepare(DatasetGraph dataset, List<QueryCatalogue.Entry> entries, StateFiles kept, BooleanSupplier open) {
        if (kept.state() == null) {
            return 0;
        }
        state = kept.state();
        for (QueryCatalogue.Entry e : entries) {
            if (!open.getAsBoolean()) {
                break;
            }
            if (e.federated()) {
                continue;
            }
            String key = normalize(e.text());
            String name = "query-" + StateFiles.digest(key);
            String json = name + ".srj";
            String csv = name + ".csv";
            try {
                byte[] j = kept.read(json);
                byte[] c = kept.read(csv);
                Result r = j != null && c != null ? new Result(j, c) : run(dataset, e);
                if (r == null) {
                    continue;
                }
                if (j == null || c == null) {
                    kept.write(csv, r.csv());
                    kept.write(json, r.json());
                }
                byQuery.put(key, r);
            } catch (RuntimeException ex) {
                // a query that fails or is cancelled is answered by Fuseki as usual
                if (open.getAsBoolean()) {
                    LOG.warn("catalogue query {} not precomputed: {}", e.fileName(), ex.toString());
                }
            }
        }
        return byQuery.size();
    }

    /** Runs one catalogue query; null when it is no SELECT or its result is too large to keep. */
    private static Result run(DatasetGraph dataset, QueryCatalogue.Entry e) {
        Query q = QueryFactory.create(e.text());
        if (!q.isSelectType()) {
            return null;
        }
        return org.apache.jena.system.Txn.calculateRead(dataset, () -> {
            try (QueryExec qe = Pages.background(dataset).query(q).build()) {
                RowSetRewindable rows = qe.select().rewindable();
                byte[] json = write(rows, ResultSetLang.RS_JSON);
                rows.reset();
                byte[] csv = write(rows, ResultSetLang.RS_CSV);
                return json.length > MAX_BYTES || csv.length > MAX_BYTES ? null : new Result(json, csv);
            }
        });
    }

    private static byte[] write(RowSetRewindable rows, org.apache.jena.riot.Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetMgr.write(out, org.apache.jena.query.ResultSet.adapt(rows), lang);
        return out.toByteArray();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        Result r = byQuery.isEmpty() ? null : kept(req);
        String type = r == null ? null : wanted(req);
        if (type == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse res = (HttpServletResponse) response;
        byte[] body = type.equals(JSON) ? r.json() : r.csv();
        res.setContentType(type + "; charset=utf-8");
        res.setHeader(HEADER, "computed on store state " + state);
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    /** The kept result of the request's query, or null when it asks for anything else. */
    private Result kept(HttpServletRequest req) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String method = req.getMethod();
        boolean form = method.equals("POST") && req.getContentType() != null
                && req.getContentType().startsWith("application/x-www-form-urlencoded");
        if (!ENDPOINTS.contains(path) || !(method.equals("GET") || form)) {
            return null;
        }
        try {
            if (!PARAMETERS.containsAll(req.getParameterMap().keySet())) {
                return null;
            }
            String q = req.getParameter("query");
            return q == null ? null : byQuery.get(normalize(q));
        } catch (RuntimeException e) {
            // a form Jetty will not read (too large, badly encoded): Fuseki answers it as it would have
            return null;
        }
    }

    /** The media type the request asks for, if one of the two kept; null otherwise. */
    private static String wanted(HttpServletRequest req) {
        String f = req.getParameter("format") != null ? req.getParameter("format") : req.getParameter("output");
        if (f != null) {
            return f.equals("json") || f.equals(JSON) ? JSON : f.equals("csv") || f.equals(CSV) ? CSV : null;
        }
        String accept = req.getHeader("Accept");
        if (accept == null) {
            return null;
        }
        // the first type named: Fuseki's UI asks "application/sparql-results+json,*/*;q=0.9", a script "text/csv"
        String first = accept.split(",", 2)[0].split(";", 2)[0].trim();
        return first.equals(JSON) ? JSON : first.equals(CSV) ? CSV : null;
    }

    /** The query text as compared: line ends and trailing space do not make another query. */
    static String normalize(String query) {
        return query.replace("\r\n", "\n").strip();
    }
}

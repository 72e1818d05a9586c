package org.newsgraph.serve;

import static org.newsgraph.serve.LandingHtml.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.newsgraph.rdf.Ids;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.store.GraphStore;

/**
 * What the browsing pages ({@link ResourceHtml}, {@link SearchHtml}, {@link TimelineHtml}, {@link NetworkHtml},
 * {@link MapHtml}) share: the page head with the common styles and the search bar, queries with the project's
 * prefixes, and reading one of our IRIs from a request parameter.
 */
final class Pages {
    private Pages() {
    }

    /** Opens a page: head, title, the shared styles plus the page's own, the search bar holding {@code q}. */
    static void open(StringBuilder out, String title, String pageCss, String q) {
        open(out, title, pageCss, q, "");
    }

    /** Opens a page as above, with more markup for the head (a stylesheet link), given as HTML. */
    static void open(StringBuilder out, String title, String pageCss, String q, String headHtml) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" &middot; newsgraph</title>").append(headHtml)
                .append("<style>").append(LandingHtml.CSS).append(ResourceHtml.CSS).append(pageCss)
                .append("</style></head><body><main>\n");
        searchBar(out, q);
    }

    /** The search form at the top of every page. */
    static void searchBar(StringBuilder out, String q) {
        out.append("<form class=\"search\" action=\"/search\" method=\"get\"><a href=\"/newsgraph/\">newsgraph</a> ")
                .append("<input type=\"search\" name=\"q\" value=\"").append(esc(q))
                .append("\" placeholder=\"names, quotes, sentences\" aria-label=\"search\"> ")
                .append("<button type=\"submit\">Search</button></form>\n");
    }

    /** The project's prefixes as SPARQL PREFIX lines. */
    static String prefixes() {
        StringBuilder b = new StringBuilder();
        Prefixes.MAP.forEach((p, ns) -> b.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return b.toString();
    }

    /** The rows of a SELECT whose body may use the project's prefixes. Call inside a read transaction. */
    static List<Binding> select(DatasetGraph ds, String body) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(ds).query(prefixes() + body).build()) {
            qe.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    /** How long the background work of a server run (the summary, the hubs' pages, the catalogue) may query for. */
    static final long BACKGROUND_MINUTES = 30;

    /**
     * A query of the server's background work, over the union of the graphs: not under the server's query timeout
     * (30 s by default), which the landing page's counts and the catalogue's heaviest aggregates exceed on a store of
     * ten million quads, but within {@link #BACKGROUND_MINUTES}. Build it inside a read transaction.
     */
    static QueryExecBuilder background(DatasetGraph ds) {
        return QueryExec.dataset(ds).set(GraphStore.UNION_DEFAULT_GRAPH, true)
                .timeout(BACKGROUND_MINUTES, TimeUnit.MINUTES);
    }

    /**
     * One of our IRIs from a request parameter ({@code entity/turkey}, {@code /id/entity/turkey} or the full IRI), or
     * null: anything else is ignored rather than put into a query.
     */
    static String ourIri(String param) {
        if (param == null || param.isBlank()) {
            return null;
        }
        String s = param.strip();
        String full = s.startsWith(Ids.NS) ? s : Ids.NS + (s.startsWith("/id/") ? s.substring(4) : s);
        return full.matches("[A-Za-z0-9:/._~%-]+") ? full : null;
    }
}

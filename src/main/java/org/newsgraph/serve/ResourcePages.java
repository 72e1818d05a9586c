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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Ids;

/**
 * Linked Data: every IRI minted under {@code https://w3id.org/newsgraph/id/} is answered at the server path that
 * mirrors it, {@code /id/...} ({@code .../id/entity/turkey} at {@code http://HOST:PORT/id/entity/turkey}), and the
 * search page at {@code /search?q=...}, the timeline at {@code /timeline?actor=...&outlet=...&kind=...}, and an
 * actor's network at {@code /network?actor=entity/KEY}, and the map at {@code /map?from=...&to=...&type=...}.
 *
 * <p>Content negotiation: a browser gets an HTML page ({@link ResourceHtml}); an {@code Accept} of {@code
 * text/turtle}, {@code application/ld+json}, {@code application/n-triples} or {@code application/rdf+xml} gets the
 * resource's description in that syntax (every triple with it as subject, in any graph, and those of the nodes it
 * owns, such as a place's geometry); {@code ?format=ttl|jsonld|nt|rdf} overrides the header. An IRI the store does
 * not know is a 404.
 */
final class ResourcePages implements Filter {
    /** The filter path of the resource pages. */
    static final String PATH_SPEC = "/id/*";
    /** The filter path of the search page. */
    static final String SEARCH_SPEC = "/search";
    /** The filter path of the timeline. */
    static final String TIMELINE_SPEC = "/timeline";
    /** The filter path of an actor's network. */
    static final String NETWORK_SPEC = "/network";
    /** The filter path of the map. */
    static final String MAP_SPEC = "/map";
    private static final String PREFIX = "/id/";

    /** An RDF syntax on offer: its media type and its {@code ?format=} name. */
    private record Syntax(String mediaType, String name, Lang lang) {
    }

    private static final List<Syntax> SYNTAXES = List.of(
            new Syntax("text/turtle", "ttl", Lang.TURTLE),
            new Syntax("application/ld+json", "jsonld", Lang.JSONLD),
            new Syntax("application/n-triples", "nt", Lang.NTRIPLES),
            new Syntax("application/rdf+xml", "rdf", Lang.RDFXML));

    /** Node pages rendered at the store's present state. */
    private final PageCache cache = new PageCache();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
            res.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "these pages are read-only: GET or HEAD");
            return;
        }
        DatasetGraph ds = LandingPage.dataset(req.getServletContext());
        res.setHeader("Vary", "Accept");
        if (path.equals(SEARCH_SPEC)) {
            html(res, Txn.calculateRead(ds, () -> new SearchHtml(ds, req.getParameter("q")).render()));
            return;
        }
        if (path.equals(TIMELINE_SPEC)) {
            html(res, Txn.calculateRead(ds, () -> new TimelineHtml(ds, req.getParameter("actor"),
                    req.getParameter("outlet"), req.getParameter("kind"), req.getParameter("page"),
                    req.getParameter("place")).render()));
            return;
        }
        if (path.equals(MAP_SPEC)) {
            res.setHeader("Content-Security-Policy", HttpSafety.MAP_CSP);
            html(res, Txn.calculateRead(ds, () -> new MapHtml(ds, req.getParameter("from"), req.getParameter("to"),
                    req.getParameter("type")).render()));
            return;
        }
        if (path.equals(NETWORK_SPEC)) {
            html(res, Txn.calculateRead(ds, () -> new NetworkHtml(ds, Pages.ourIri(req.getParameter("actor")))
                    .render()));
            return;
        }
        if (!path.startsWith(PREFIX) || path.length() == PREFIX.length()) {
            chain.doFilter(request, response);
            return;
        }
        String iri = Ids.NS + decode(path.substring(PREFIX.length()));
        Node node = NodeFactory.createURI(iri);
        Syntax syntax = negotiate(req);
        if (syntax == null) {
            byte[] page = htmlPage(ds, iri);
            if (page == null) {
                notFound(res, iri);
            } else {
                html(res, page);
            }
            return;
        }
        byte[] body = Txn.calculateRead(ds, () -> {
            if (!known(ds, node)) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, description(ds, node), syntax.lang());
            return out.toByteArray();
        });
        if (body == null) {
            notFound(res, iri);
            return;
        }
        res.setContentType(syntax.mediaType() + "; charset=utf-8");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    /** The resource's triples from every graph, and those of the nodes it owns ({@code IRI/geometry}). */
    static Graph description(DatasetGraph ds, Node node) {
        Graph g = GraphFactory.createDefaultGraph();
        org.newsgraph.rdf.Prefixes.MAP.forEach((p, ns) -> g.getPrefixMapping().setNsPrefix(p, ns));
        ds.find(Node.ANY, node, Node.ANY, Node.ANY).forEachRemaining(q -> {
            g.add(q.asTriple());
            Node o = q.getObject();
            if (o.isURI() && o.getURI().startsWith(node.getURI() + "/")) {
                ds.find(Node.ANY, o, Node.ANY, Node.ANY).forEachRemaining(q2 -> g.add(q2.asTriple()));
            }
        });
        return g;
    }

    /** A node's page, kept rendered at the store's present state; null when the store has no such node. */
    private byte[] htmlPage(DatasetGraph ds, String iri) {
        Node node = NodeFactory.createURI(iri);
        long state = PageCache.version(ds);
        byte[] cached = cache.get(iri, state);
        if (cached == null) {
            String page = Txn.calculateRead(ds, () -> known(ds, node) ? new ResourceHtml(ds, node).render() : null);
            if (page == null) {
                return null;
            }
            cached = page.getBytes(StandardCharsets.UTF_8);
            cache.put(iri, state, cached);
        }
        return cached;
    }

    /**
     * Renders the pages of the {@code n} most-mentioned actors and places ahead of any view: their pages read every
     * quad that points at them, a second and more on a store of millions, and they are the ones analysts open first.
     * Stops early when {@code go} turns false (the server is closing).
     *
     * <p>The list of hubs and their pages are read back from the store state's files when they were worked out
     * before on the same state, and kept there otherwise: a restart does not count every mention and render the hubs
     * again.
     *
     * @param kept the store state's files ({@link StateFiles#NONE}: keep nothing)
     * @return how many pages were rendered or read back
     */
    int warm(DatasetGraph ds, int n, java.util.function.BooleanSupplier go, StateFiles kept) {
        long state = PageCache.version(ds);
        if (n <= 0 || state < 0) {
            return 0;
        }
        String listFile = "hubs-" + n + ".txt";
        byte[] list = kept.read(listFile);
        List<String> hubs = list != null ? java.util.Arrays.stream(new String(list, StandardCharsets.UTF_8)
                .split("\n")).filter(x -> !x.isEmpty()).toList() : mostMentioned(ds, n);
        if (list == null) {
            kept.write(listFile, String.join("\n", hubs).getBytes(StandardCharsets.UTF_8));
        }
        int done = 0;
        for (String iri : hubs) {
            if (!go.getAsBoolean()) {
                break;
            }
            String pageFile = "page-" + StateFiles.digest(iri) + ".html";
            byte[] page = kept.read(pageFile);
            if (page != null) {
                cache.put(iri, state, page);
            } else {
                page = htmlPage(ds, iri);
                if (page != null) {
                    kept.write(pageFile, page);
                }
            }
            if (page != null) {
                done++;
            }
        }
        return done;
    }

    /** The {@code n} most-mentioned actors and places, most mentioned first. */
    private static List<String> mostMentioned(DatasetGraph ds, int n) {
        // counts every mention: background work, not under the server's query timeout
        String top = Pages.prefixes() + "SELECT ?e (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?m ng:refersTo ?e } } "
                + "GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT " + n;
        return Txn.calculateRead(ds, () -> {
            List<String> out = new java.util.ArrayList<>();
            try (org.apache.jena.sparql.exec.QueryExec qe = Pages.background(ds).query(top).build()) {
                qe.select().forEachRemaining(b -> {
                    if (b.get("e").isURI()) {
                        out.add(b.get("e").getURI());
                    }
                });
            }
            return out;
        });
    }

    /** Whether the page of this node is kept rendered for the store's present state. */
    boolean isKept(DatasetGraph ds, String iri) {
        return cache.get(iri, PageCache.version(ds)) != null;
    }

    private static boolean known(DatasetGraph ds, Node node) {
        return ds.find(Node.ANY, node, Node.ANY, Node.ANY).hasNext()
                || ds.find(Node.ANY, Node.ANY, Node.ANY, node).hasNext();
    }

    /** The RDF syntax the client asked for, or null for HTML. */
    private static Syntax negotiate(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            for (Syntax s : SYNTAXES) {
                if (s.name().equalsIgnoreCase(format.trim())) {
                    return s;
                }
            }
            return null;
        }
        String accept = req.getHeader("Accept");
        if (accept == null) {
            return null;
        }
        Syntax best = null;
        double bestQ = 0;
        double htmlQ = 0;
        for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
            String[] bits = part.trim().split(";");
            String type = bits[0].trim();
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String b = bits[i].trim();
                if (b.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(b.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                htmlQ = Math.max(htmlQ, q);
            }
            for (Syntax s : SYNTAXES) {
                if (s.mediaType().equals(type) && q > bestQ) {
                    best = s;
                    bestQ = q;
                }
            }
        }
        return best != null && bestQ > htmlQ ? best : null;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static void html(HttpServletResponse res, String page) throws IOException {
        html(res, page.getBytes(StandardCharsets.UTF_8));
    }

    private static void html(HttpServletResponse res, byte[] b) throws IOException {
        res.setContentType("text/html; charset=utf-8");
        res.setContentLength(b.length);
        res.getOutputStream().write(b);
    }

    private static void notFound(HttpServletResponse res, String iri) throws IOException {
        res.sendError(HttpServletResponse.SC_NOT_FOUND, "the store holds nothing about <" + iri + ">");
    }
}

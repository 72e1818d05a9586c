package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.newsgraph.bench.HttpLoad;
import org.newsgraph.rdf.Ids;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.StockFuseki;
import org.newsgraph.store.GraphStore;

/**
 * {@code newsgraph bench --serve DIR}: the store served by {@code newsgraph serve} and by stock Fuseki (same
 * configuration file, same dataset), one after the other, under the same load from threads of this JVM: every
 * catalogue query, node lookups by SPARQL {@code DESCRIBE}, and on newsgraph its pages (the landing page, the pages
 * of the most-mentioned actors, of other actors and of articles). Prints p50/p95/p99 per request and the ratio to
 * stock Fuseki where both answer the same request.
 */
final class ServeBench {
    private static final String ENDPOINT = NewsgraphServer.NAME + "/sparql";

    private final Path store;
    private final Path queries;
    private final int concurrency;
    private final int pageRequests;
    private final int queryRepeats;

    ServeBench(Path store, Path queries, int concurrency, int pageRequests, int queryRepeats) {
        this.store = store;
        this.queries = queries;
        this.concurrency = concurrency;
        this.pageRequests = pageRequests;
        this.queryRepeats = queryRepeats;
    }

    /** The nodes whose pages and descriptions are asked for. */
    private record Targets(List<String> hubs, List<String> actors, List<String> articles) {
    }

    void run(PrintWriter out) throws IOException, InterruptedException {
        Targets t = targets(out);
        List<HttpLoad.Request> catalogue = catalogue();
        List<HttpLoad.Request> lookups = new ArrayList<>();
        t.hubs().forEach(i -> lookups.add(HttpLoad.Request.query("DESCRIBE a most-mentioned actor", ENDPOINT,
                "DESCRIBE <" + i + ">")));
        t.actors().forEach(i -> lookups.add(HttpLoad.Request.query("DESCRIBE another actor", ENDPOINT,
                "DESCRIBE <" + i + ">")));
        t.articles().forEach(i -> lookups.add(HttpLoad.Request.query("DESCRIBE an article", ENDPOINT,
                "DESCRIBE <" + i + ">")));
        List<HttpLoad.Request> pages = new ArrayList<>();
        pages.add(HttpLoad.Request.get("page: landing", NewsgraphServer.NAME + "/"));
        t.hubs().forEach(i -> pages.add(HttpLoad.Request.get("page: a most-mentioned actor", page(i))));
        t.actors().forEach(i -> pages.add(HttpLoad.Request.get("page: another actor", page(i))));
        t.articles().forEach(i -> pages.add(HttpLoad.Request.get("page: an article", page(i))));
        HttpLoad load = new HttpLoad(Duration.ofSeconds(60));

        Map<String, HttpLoad.Stats> stockQueries;
        Map<String, HttpLoad.Stats> stockLookups;
        long t0 = System.nanoTime();
        try (StockFuseki stock = StockFuseki.start(store)) {
            say(out, "stock Fuseki up in %.1f s at %s", (System.nanoTime() - t0) / 1e9, stock.baseUrl());
            URI base = URI.create(stock.baseUrl());
            load.run(base, lookups, 1, concurrency, 9); // the JIT's first runs, not measured
            stockLookups = load.run(base, lookups, times(lookups), concurrency, 1);
            stockQueries = load.run(base, catalogue, queryRepeats, Math.min(4, concurrency), 2);
        }
        // newsgraph as it was before it worked anything out as it started, then as it is; the lookups on the latter,
        // once its start-up work is done (on the former, the landing page's first view sets its counts going in the
        // background, and they would share the cores with the lookups measured)
        Run cold = newsgraph(out, load, t.hubs(), pages, List.of(), List.of(), 0);
        Run warm = newsgraph(out, load, t.hubs(), pages, lookups, catalogue, NewsgraphServer.WARM_PAGES);

        out.printf(Locale.ROOT, "%nstore %s; %d threads for lookups and pages, %d for the catalogue queries%n", store,
                concurrency, Math.min(4, concurrency));
        out.printf(Locale.ROOT, "without start-up work: first views of the most-mentioned actors' pages %s%n",
                cold.firstViews());
        out.printf(Locale.ROOT, "with it (landing summary and %d hub pages, ready %.1f s after start): first views "
                + "%s%n", NewsgraphServer.WARM_PAGES, warm.warmUpSeconds(), warm.firstViews());
        out.println();
        out.println("newsgraph pages (stock Fuseki has none), without start-up work:");
        out.println(HttpLoad.head());
        cold.pages().values().forEach(st -> out.println(st.row()));
        out.println();
        out.println("newsgraph pages, with it:");
        out.println(HttpLoad.head());
        warm.pages().values().forEach(st -> out.println(st.row()));
        out.println();
        out.println("lookups and catalogue queries, newsgraph vs stock Fuseki (ratio: newsgraph p50 / stock p50):");
        out.println("| request | n | newsgraph p50 / p95 / p99 ms | failed | stock p50 / p95 / p99 ms | failed | ratio |");
        out.println("|---|---|---|---|---|---|---|");
        warm.lookups().forEach((k, st) -> out.println(pair(st, stockLookups.get(k))));
        warm.queries().forEach((k, st) -> out.println(pair(st, stockQueries.get(k))));
        out.flush();
    }

    /** What one run of the newsgraph server measured. */
    private record Run(double warmUpSeconds, List<String> firstViews, Map<String, HttpLoad.Stats> pages,
                       Map<String, HttpLoad.Stats> lookups, Map<String, HttpLoad.Stats> queries) {
    }

    private Run newsgraph(PrintWriter out, HttpLoad load, List<String> hubs, List<HttpLoad.Request> pages,
                          List<HttpLoad.Request> lookups, List<HttpLoad.Request> catalogue, int warmPages)
            throws InterruptedException {
        long t0 = System.nanoTime();
        try (NewsgraphServer ng = NewsgraphServer.builder().store(store).port(0).host("127.0.0.1")
                .warmPages(warmPages)
                .landingPage(ServeCommand.landingPage(queries)).build().start()) {
            say(out, "newsgraph serve (start-up pages: %d) up in %.1f s at %s", warmPages, (System.nanoTime() - t0) / 1e9,
                    ng.baseUrl());
            double warmUp = -1;
            if (warmPages > 0) {
                ng.awaitWarmUp(600_000);
                warmUp = (System.nanoTime() - t0) / 1e9;
                say(out, "start-up work done after %.1f s", warmUp);
            }
            URI base = URI.create(ng.baseUrl());
            List<String> firstViews = new ArrayList<>();
            for (String hub : hubs) {
                Map<String, HttpLoad.Stats> one = load.run(base, List.of(HttpLoad.Request.get("first", page(hub))), 1,
                        1, 0);
                firstViews.add(String.format(Locale.ROOT, "%.0f ms", one.get("first").max()));
            }
            // the JIT's first runs, not measured (nor are the pages they render kept: the first views are taken)
            load.run(base, lookups, 1, concurrency, 9);
            load.run(base, pages.stream().filter(r -> !r.label().contains("actor")).toList(), 1, concurrency, 9);
            Map<String, HttpLoad.Stats> lk = lookups.isEmpty() ? Map.of()
                    : load.run(base, lookups, times(lookups), concurrency, 1);
            Map<String, HttpLoad.Stats> pg = load.run(base, pages, times(pages), concurrency, 3);
            Map<String, HttpLoad.Stats> qs = catalogue.isEmpty() ? Map.of()
                    : load.run(base, catalogue, queryRepeats, Math.min(4, concurrency), 2);
            return new Run(warmUp, firstViews, pg, lk, qs);
        }
    }

    /** Enough rounds that each label of the list gets about {@code pageRequests} requests. */
    private int times(List<HttpLoad.Request> requests) {
        if (requests.isEmpty()) {
            return 0;
        }
        long labels = requests.stream().map(HttpLoad.Request::label).distinct().count();
        return (int) Math.max(1, pageRequests * labels / requests.size());
    }

    private static String page(String iri) {
        return "id/" + iri.substring(Ids.NS.length());
    }

    private static String pair(HttpLoad.Stats ng, HttpLoad.Stats stock) {
        String st = stock == null ? "| | " : String.format(Locale.ROOT, "| %.0f / %.0f / %.0f | %d ", stock.p50(),
                stock.p95(), stock.p99(), stock.failed());
        String ratio = stock == null ? "" : String.format(Locale.ROOT, "%.2fx", ng.p50() / Math.max(0.5, stock.p50()));
        return String.format(Locale.ROOT, "| %s | %d | %.0f / %.0f / %.0f | %d ", ng.label(), ng.n(), ng.p50(),
                ng.p95(), ng.p99(), ng.failed()) + st + "| " + ratio + " |";
    }

    /** Every catalogue query that stays on this machine (a federated one would measure Wikidata). */
    private List<HttpLoad.Request> catalogue() throws IOException {
        List<HttpLoad.Request> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(queries)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String q = Files.readString(f, StandardCharsets.UTF_8);
                if (!q.contains("SERVICE")) {
                    out.add(HttpLoad.Request.query("query " + f.getFileName(), ENDPOINT, q));
                }
            }
        }
        return out;
    }

    /** The five most-mentioned actors, twenty others, twenty articles: read from the store before it is served. */
    private Targets targets(PrintWriter out) {
        long t0 = System.nanoTime();
        try (GraphStore gs = GraphStore.open(store)) {
            Targets t = Txn.calculateRead(gs.dataset(), () -> new Targets(
                    iris(gs, "SELECT ?e (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?m <"
                            + org.newsgraph.rdf.NG.refersTo.getURI() + "> ?e } } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 5"),
                    iris(gs, "SELECT ?e WHERE { GRAPH <" + Ids.ENTITIES_GRAPH + "> { ?e a ?type } "
                            + "FILTER(STRSTARTS(STR(?e), \"" + Ids.NS + "entity/\")) } ORDER BY ?e OFFSET 40 LIMIT 20"),
                    iris(gs, "SELECT ?e WHERE { GRAPH ?g { ?e a <" + org.newsgraph.rdf.NG.Article.getURI()
                            + "> } } OFFSET 1000 LIMIT 20")));
            say(out, "targets read in %.1f s: most mentioned %s", (System.nanoTime() - t0) / 1e9, t.hubs());
            return t;
        }
    }

    private static List<String> iris(GraphStore gs, String sparql) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(sparql, gs.dataset())) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> out.add(s.getResource("e").getURI()));
        }
        if (out.isEmpty()) {
            // a small store: fewer than OFFSET rows
            try (QueryExecution qe = QueryExecution.create(sparql.replaceAll("OFFSET \\d+", ""), gs.dataset())) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> out.add(s.getResource("e").getURI()));
            }
        }
        return out;
    }

    private static void say(PrintWriter out, String format, Object... args) {
        out.printf(Locale.ROOT, format + "%n", args);
        out.flush();
    }
}

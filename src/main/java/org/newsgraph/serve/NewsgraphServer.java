package org.newsgraph.serve;

import java.net.URL;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.SearchIndex;

/**
 * The SPARQL server: Fuseki over the store, read-only, query endpoints {@code /newsgraph/sparql} and
 * {@code /newsgraph/query} over the union of all graphs, full-text search ({@code text:query}) and GeoSPARQL
 * functions, the Fuseki web UI at {@code /}, a server-side query timeout, SERVICE limited to an allowlist (no
 * redirects), only the functions analysts need ({@link QueryFunctions}), a bounded number of queries at once ({@link
 * QueryGate}), cut-off results that a client can detect ({@link CutOffResponse}), and browser safety: CORS for
 * graph tools in other origins without credentials, no {@code stylesheet=}, security headers ({@link HttpSafety}).
 *
 * <pre>{@code
 * NewsgraphServer s = NewsgraphServer.builder().store(Path.of("data/store")).port(0).build().start();
 * int port = s.port();
 * }</pre>
 */
public final class NewsgraphServer implements AutoCloseable {
    /** The dataset's name in URLs. */
    public static final String NAME = "newsgraph";

    /** Pages of the most-mentioned actors rendered as the server starts, unless told otherwise. */
    public static final int WARM_PAGES = 32;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NewsgraphServer.class);

    private final FusekiServer server;
    private final String host;
    /** What the server works out as it starts: the landing page's summary, then the hubs' pages. */
    private final Runnable warmUp;
    private volatile boolean open = true;
    private final java.util.concurrent.CountDownLatch warmedUp = new java.util.concurrent.CountDownLatch(1);

    private NewsgraphServer(FusekiServer server, String host, java.util.function.Function<NewsgraphServer, Runnable>
            warmUp) {
        this.server = server;
        this.host = host;
        this.warmUp = warmUp.apply(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts serving, and in the background works out what the first analysts would otherwise wait for: the
     * landing page's counts, then the pages of the most-mentioned actors, then the results of the query catalogue
     * (a served store does not change, so all stay good until the server stops; all three are kept on disk for the
     * store's state, so a restart on the same store reads them back: {@link StateFiles}).
     */
    public NewsgraphServer start() {
        server.start();
        Thread t = new Thread(() -> {
            try {
                warmUp.run();
            } finally {
                warmedUp.countDown();
            }
        }, "newsgraph-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return this;
    }

    boolean isOpen() {
        return open;
    }

    /** Waits until the start-up work ({@link #start()}) is done, or the time is up; true when it is done. */
    public boolean awaitWarmUp(long millis) throws InterruptedException {
        return warmedUp.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The SPARQL query URL. */
    public String sparqlUrl() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/" + NAME + "/sparql";
    }

    public String baseUrl() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server and releases the store and its full-text index (another server or ingest may open them). */
    @Override
    public void close() {
        open = false;
        var services = server.getDataAccessPointRegistry().accessPoints();
        server.stop();
        services.forEach(dap -> shutdown(dap.getDataService()));
    }

    /**
     * Releases a service's dataset once the reads still running on it (a query past its client, the start-up work)
     * have ended: TDB2 refuses to let go of a store with an open transaction. Waits up to a minute, then leaves the
     * store to the JVM's exit.
     */
    static void shutdown(org.apache.jena.fuseki.server.DataService service) {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            try {
                service.shutdown();
                return;
            } catch (org.apache.jena.dboe.transaction.txn.TransactionException e) {
                if (System.currentTimeMillis() > until) {
                    LOG.warn("the store stays open until the JVM exits: {}", e.getMessage());
                    return;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Configures a {@link NewsgraphServer}. */
    public static final class Builder {
        private java.nio.file.Path store;
        private int port = 3030;
        private String host = "127.0.0.1";
        private long timeoutMillis = 30_000;
        private Set<String> serviceAllowlist = ServiceAllowlist.DEFAULT;
        private boolean cors = true;
        private LandingPage landingPage = LandingPage.withoutDownloads();
        private int warmPages = WARM_PAGES;
        private boolean serverInfo;
        private int maxRunning = -1;
        private int perClient = -1;
        private long maxResultBytes = -1;

        /** The TDB2 store directory to serve. */
        public Builder store(java.nio.file.Path dir) {
            this.store = Objects.requireNonNull(dir);
            return this;
        }

        public Builder port(int p) {
            this.port = p;
            return this;
        }

        public Builder host(String h) {
            this.host = Objects.requireNonNull(h);
            return this;
        }

        public Builder timeoutMillis(long ms) {
            this.timeoutMillis = ms;
            return this;
        }

        public Builder serviceAllowlist(Set<String> urls) {
            this.serviceAllowlist = Set.copyOf(urls);
            return this;
        }

        public Builder cors(boolean on) {
            this.cors = on;
            return this;
        }

        /**
         * How many pages of the most-mentioned actors are rendered as the server starts, after the landing page's
         * summary and before the catalogue's results (0: no start-up work at all; the summary and the pages are then
         * worked out at their first view, and Fuseki runs every catalogue query).
         */
        public Builder warmPages(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("warm pages must be 0 or more, got " + n);
            }
            this.warmPages = n;
            return this;
        }

        /** The landing page at /newsgraph/ (default: the catalogue in ./queries, no downloads). */
        public Builder landingPage(LandingPage page) {
            this.landingPage = Objects.requireNonNull(page);
            return this;
        }

        /**
         * Fuseki's full {@code /$/server} (version, start time, uptime) and {@code /$/stats} (request counts); off by
         * default, when {@code /$/server} lists only the datasets and their endpoints.
         */
        public Builder serverInfo(boolean on) {
            this.serverInfo = on;
            return this;
        }

        /**
         * How many queries run at once, and how many of them one client address may run (default: two per core, at
         * least 4, and half of them; 0 for either keeps its default); more wait in a bounded queue, and beyond it get
         * 503.
         */
        public Builder maxQueries(int running, int fromOneClient) {
            if (running < 0 || fromOneClient < 0) {
                throw new IllegalArgumentException("--max-queries must be a positive number, got " + running);
            }
            this.maxRunning = running;
            this.perClient = fromOneClient;
            return this;
        }

        /** A query result larger than this is cut off, detectably (default 256 MB). */
        public Builder maxResultBytes(long bytes) {
            this.maxResultBytes = bytes;
            return this;
        }

        private QueryGate.Limits limits() {
            QueryGate.Limits d = QueryGate.Limits.forMachine(timeoutMillis);
            int running = maxRunning > 0 ? maxRunning : d.maxRunning();
            int fromOne = perClient > 0 ? Math.min(perClient, running) : Math.max(1, running / 2);
            return new QueryGate.Limits(running, fromOne, 4 * running, d.maxWaitMillis(), timeoutMillis,
                    maxResultBytes > 0 ? maxResultBytes : d.maxResultBytes());
        }

        public NewsgraphServer build() {
            if (store == null) {
                throw new IllegalStateException("no store: call store(path) before build()");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is outside 0..65535");
            }
            if (timeoutMillis <= 0) {
                throw new IllegalArgumentException("query timeout must be positive, got " + timeoutMillis + " ms");
            }
            // The configuration opens the full-text index as it is; build it first if it is missing or out of step.
            GraphStore.prepareSearchIndex(store);
            ResourcePages pages = new ResourcePages();
            QueryGate gate = new QueryGate(limits());
            PrecomputedResults precomputed = new PrecomputedResults();
            FusekiServer.Builder b = FusekiServer.create()
                    .fusekiModules(FusekiModules.empty())
                    .parseConfig(ServerConfig.load(store, SearchIndex.location(store), timeoutMillis))
                    .port(port)
                    .addServlet("/$/server", serverInfo ? new ActionServerStatus() : new DatasetList())
                    .addFilter("/*", new HttpSafety(cors))
                    .addFilter(LandingPage.PATH_SPEC, landingPage)
                    // a catalogue query answered from its kept result takes no turn at the gate
                    .addFilter(LandingPage.PATH_SPEC, precomputed)
                    // the browsing pages run queries too: they take their turn with SPARQL clients
                    .addFilter(ResourcePages.PATH_SPEC, gate)
                    .addFilter(ResourcePages.SEARCH_SPEC, gate)
                    .addFilter(ResourcePages.TIMELINE_SPEC, gate)
                    .addFilter(ResourcePages.NETWORK_SPEC, gate)
                    .addFilter(ResourcePages.MAP_SPEC, gate)
                    .addFilter(ResourcePages.PATH_SPEC, pages)
                    .addFilter(ResourcePages.SEARCH_SPEC, pages)
                    .addFilter(ResourcePages.TIMELINE_SPEC, pages)
                    .addFilter(ResourcePages.NETWORK_SPEC, pages)
                    .addFilter(ResourcePages.MAP_SPEC, pages)
                    .addFilter(LandingPage.PATH_SPEC, gate)
                    .addFilter(Assets.PATH_SPEC, new Assets())
                    .enablePing(true)
                    .enableStats(serverInfo)
                    .enableCors(false)
                    .addFilter("/$/*", new ReadOnlyFilter());
            String ui = uiBase();
            if (ui != null) {
                b.staticFileBase(ui);
            }
            FusekiServer server = b.build();
            // Fuseki offers "loopback or everything"; the connector can bind any one address
            for (var c : server.getJettyServer().getConnectors()) {
                if (c instanceof org.eclipse.jetty.server.ServerConnector sc) {
                    sc.setHost(host.equals("0.0.0.0") || host.equals("::") ? null : host);
                }
            }
            var dap = server.getDataAccessPointRegistry().get("/" + NAME);
            if (dap == null) {
                throw new IllegalStateException(ServerConfig.RESOURCE + " defines no service named " + NAME);
            }
            ServiceAllowlist.install(dap.getDataService().getDataset().getContext(), serviceAllowlist);
            QueryFunctions.install(dap.getDataService().getDataset().getContext());
            org.apache.jena.sparql.core.DatasetGraph ds = dap.getDataService().getDataset();
            int warm = warmPages;
            LandingPage landing = landingPage;
            java.nio.file.Path dir = store;
            return new NewsgraphServer(server, host.equals("localhost") ? "127.0.0.1"
                    : host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host, self -> () -> {
                        if (warm == 0) {
                            return;
                        }
                        long t0 = System.nanoTime();
                        try {
                            StateFiles kept = StateFiles.open(dir);
                            landing.prepare(ds, kept).join();
                            int n = pages.warm(ds, warm, self::isOpen, kept);
                            int q = precomputed.prepare(ds, QueryCatalogue.load(landing.queriesDir()), kept,
                                    self::isOpen);
                            LOG.info("landing summary, {} pages of the most-mentioned actors and {} catalogue "
                                    + "results ready in {} ms", n, q, (System.nanoTime() - t0) / 1_000_000);
                        } catch (RuntimeException | java.io.IOException e) {
                            // a server closing under it, a store or catalogue it cannot read: the pages are made, the
                            // queries run, on demand then
                            if (self.isOpen()) {
                                LOG.warn("warm-up stopped: {}", e.toString());
                            }
                        }
                    });
        }

        /** The Fuseki UI's static files inside the jena-fuseki-ui jar, or null when it is not on the classpath. */
        private static String uiBase() {
            URL idx = FusekiServer.class.getClassLoader().getResource("webapp/index.html");
            if (idx == null) {
                return null;
            }
            String s = idx.toExternalForm();
            return s.substring(0, s.length() - "index.html".length());
        }
    }
}

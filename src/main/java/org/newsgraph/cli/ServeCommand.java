package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsgraph.export.StreamExport;
import org.newsgraph.serve.LandingPage;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.ServiceAllowlist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph serve --store DIR [--port 3030] [--host 127.0.0.1]}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store with Fuseki: SPARQL at /newsgraph/sparql (and /newsgraph/query), the web UI "
                + "at /, a landing page with the query catalogue and downloads at /newsgraph/. Read-only.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() {
        if (!java.nio.file.Files.isDirectory(store.store)) {
            spec.commandLine().getErr().println("error: no store at " + store.store
                    + "; run 'newsgraph ingest PATH --store " + store.store + "' first");
            return 2;
        }
        String badHost = server.checkHost(spec.commandLine().getErr());
        if (badHost != null) {
            spec.commandLine().getErr().println("error: " + badHost);
            return 2;
        }
        try (NewsgraphServer s = server.build(store.store).start()) {
            server.announce(s, spec.commandLine().getOut());
            s.join();
        }
        return 0;
    }

    /** The landing page serve shows: the query catalogue in {@code queries}, and the store's downloads. */
    static LandingPage landingPage(java.nio.file.Path queries) {
        return new LandingPage(queries, LandingPage.Downloads.of(StreamExport::formats, StreamExport::write));
    }

    /** Options shared by serve and up. */
    static final class ServerOptions {
        @Option(names = "--port", defaultValue = "3030", description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE})")
        int port;

        @Option(names = "--host", defaultValue = "127.0.0.1",
                description = "interface to bind: 127.0.0.1 (default) or 0.0.0.0 for all")
        String host;

        @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
                description = "server-side query timeout (default: ${DEFAULT-VALUE} s)")
        double timeoutSeconds;

        @Option(names = "--allow-service", paramLabel = "URL", split = ",",
                description = "SPARQL endpoints that SERVICE may call (default: https://query.wikidata.org/sparql)")
        List<String> allowService;

        @Option(names = "--max-queries", paramLabel = "N", description = "queries that run at once (default: two per "
                + "core, at least 4); one client may run half of them, more wait in a bounded queue, beyond it 503")
        int maxQueries;

        @Option(names = "--server-info", description = "serve Fuseki's full /$/server (version, uptime) and /$/stats "
                + "(off by default: they tell an attacker which release runs)")
        boolean serverInfo;

        @Option(names = "--queries", defaultValue = "queries", paramLabel = "DIR",
                description = "the query catalogue listed on the landing page (default: ${DEFAULT-VALUE})")
        java.nio.file.Path queries;

        /** A literal IPv4 or IPv6 address, or a host name of letters, digits, hyphens and dots. */
        private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile(
                "(?:\\d{1,3}(?:\\.\\d{1,3}){3})|(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}"
                        + "|(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

        /**
         * Why {@code --host} cannot be bound, or null; says on {@code err} when the endpoint will be reachable from
         * other machines (any address but a loopback one).
         */
        String checkHost(PrintWriter err) {
            if (host == null || !HOST.matcher(host).matches()) {
                return "--host '" + host + "' is not an address or a host name (e.g. 127.0.0.1, ::1, localhost, "
                        + "0.0.0.0)";
            }
            try {
                java.net.InetAddress a = java.net.InetAddress.getByName(host);
                if (!a.isLoopbackAddress()) {
                    err.println("warning: --host " + host + (a.isAnyLocalAddress() ? " binds every interface" : "")
                            + ": the endpoint is reachable from the network; it is read-only, but anyone who can reach "
                            + "this machine can query it (there is no authentication)");
                    err.flush();
                }
                return null;
            } catch (java.net.UnknownHostException e) {
                return "--host '" + host + "' does not resolve to an address of this machine";
            }
        }

        NewsgraphServer build(java.nio.file.Path store) {
            return NewsgraphServer.builder().store(store).port(port).host(host)
                    .timeoutMillis(Math.round(timeoutSeconds * 1000))
                    .maxQueries(maxQueries, 0)
                    .serverInfo(serverInfo)
                    .serviceAllowlist(allowService == null ? ServiceAllowlist.DEFAULT : Set.copyOf(allowService))
                    .landingPage(landingPage(queries))
                    .build();
        }

        void announce(NewsgraphServer s, PrintWriter out) {
            out.println("newsgraph is serving");
            out.println("  start here:      " + s.baseUrl() + NewsgraphServer.NAME + "/  (what the dataset holds, "
                    + "questions to ask, downloads)");
            out.println("  browse:          " + s.baseUrl() + "timeline, " + s.baseUrl() + "map, " + s.baseUrl()
                    + "search?q=Idlib (every actor, event and article has a page at " + s.baseUrl() + "id/...)");
            out.println("  SPARQL endpoint: " + s.sparqlUrl());
            out.println("  web UI:          " + s.baseUrl() + "  (Fuseki; query editor at " + s.baseUrl()
                    + "#/dataset/" + NewsgraphServer.NAME + "/query)");
            out.println("  try: curl -s " + s.sparqlUrl() + " --data-urlencode 'query=PREFIX ng: "
                    + "<" + org.newsgraph.rdf.NG.NS + "> SELECT ?speaker (COUNT(*) AS ?n) WHERE { ?s a "
                    + "ng:Statement ; ng:speaker/<http://www.w3.org/2000/01/rdf-schema#label> ?speaker } "
                    + "GROUP BY ?speaker ORDER BY DESC(?n)'");
            out.println("Press Ctrl-C to stop.");
            out.flush();
        }
    }
}

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
        try (NewsgraphServer s = server.build(store.store).start()) {
            server.announce(s, spec.commandLine().getOut());
            s.join();
        }
        return 0;
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

        @Option(names = "--queries", defaultValue = "queries", paramLabel = "DIR",
                description = "the query catalogue listed on the landing page (default: ${DEFAULT-VALUE})")
        java.nio.file.Path queries;

        NewsgraphServer build(java.nio.file.Path store) {
            return NewsgraphServer.builder().store(store).port(port).host(host)
                    .timeoutMillis(Math.round(timeoutSeconds * 1000))
                    .serviceAllowlist(allowService == null ? ServiceAllowlist.DEFAULT : Set.copyOf(allowService))
                    .landingPage(new LandingPage(queries,
                            LandingPage.Downloads.of(StreamExport::formats, StreamExport::write)))
                    .build();
        }

        void announce(NewsgraphServer s, PrintWriter out) {
            out.println("newsgraph is serving");
            out.println("  start here:      " + s.baseUrl() + NewsgraphServer.NAME + "/  (what the dataset holds, "
                    + "questions to ask, downloads)");
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

package org.newsgraph.serve;

import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.newsgraph.store.SearchIndex;

/**
 * Fuseki as it comes, serving a store with {@code fuseki-config/newsgraph.ttl} (what {@code fuseki-server --config}
 * does): the same dataset, text index and 30 s timeout as {@code newsgraph serve}, without its pages, caches and
 * query gate. The benchmark's side-by-side.
 */
public final class StockFuseki implements AutoCloseable {
    private final FusekiServer server;

    private StockFuseki(FusekiServer server) {
        this.server = server;
    }

    /** Starts on a free loopback port. */
    public static StockFuseki start(Path store) {
        return new StockFuseki(FusekiServer.create().port(0).loopback(true)
                .parseConfig(ServerConfig.stock(store, SearchIndex.location(store))).build().start());
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getHttpPort() + "/";
    }

    @Override
    public void close() {
        var services = server.getDataAccessPointRegistry().accessPoints();
        server.stop();
        // releases the store and its full-text index's writer, for whatever opens them next in this JVM
        services.forEach(dap -> NewsgraphServer.shutdown(dap.getDataService()));
    }
}

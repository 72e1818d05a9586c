package org.newsgraph.serve;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutorHttp;
import org.apache.jena.sparql.util.Context;

/**
 * Lets SPARQL {@code SERVICE} reach only the endpoints on an allowlist. ARQ would otherwise fetch any URL a client
 * names, which turns a public endpoint into a proxy onto the server's network. The check runs per binding, so
 * {@code SERVICE ?x} with a computed IRI is checked too.
 */
public final class ServiceAllowlist implements ChainingServiceExecutor {
    /** The default allowlist: Wikidata's query service only. */
    public static final Set<String> DEFAULT = Set.of("https://query.wikidata.org/sparql");

    private final Set<String> allowed;

    public ServiceAllowlist(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                                         ExecutionContext cxt, ServiceExecutor chain) {
        Node svc = opExecute.getService();
        if (svc != null && svc.isURI() && allowed.contains(svc.getURI())) {
            try {
                return chain.createExecution(opExecute, original, binding, cxt);
            } catch (QueryExceptionHTTP e) {
                if (e.getStatusCode() >= 300 && e.getStatusCode() < 400) {
                    // passed on as it is, Fuseki would answer the client with the 3xx status itself
                    throw new QueryDeniedException("SERVICE <" + svc.getURI() + "> answered with a redirect ("
                            + e.getStatusCode() + "); this server follows no redirects for SERVICE, so that an allowed "
                            + "endpoint cannot send queries elsewhere: put the final address on the allowlist");
                }
                throw e;
            }
        }
        throw new QueryDeniedException("SERVICE <" + (svc == null ? "?" : svc) + "> is not on this server's "
                + "allowlist " + allowed);
    }

    /**
     * Installs a fresh executor chain [allowlist, HTTP] into a context, so nothing else can bypass the gate, and an
     * HTTP client for SERVICE calls that follows no redirect: an allowed endpoint that answers "303 See Other:
     * http://10.0.0.1/..." would otherwise take the request anywhere. A redirect fails the SERVICE call with its
     * status.
     */
    public static void install(Context cxt, Set<String> allowed) {
        ServiceExecutorRegistry reg = new ServiceExecutorRegistry();
        reg.add(new ServiceExecutorHttp());
        reg.addSingleLink(new ServiceAllowlist(allowed));
        ServiceExecutorRegistry.set(cxt, reg);
        cxt.set(ARQ.httpQueryClient, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build());
    }
}

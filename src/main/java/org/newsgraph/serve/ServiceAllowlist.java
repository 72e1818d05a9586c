package org.newsgraph.serve;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
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
            return chain.createExecution(opExecute, original, binding, cxt);
        }
        throw new QueryDeniedException("SERVICE <" + (svc == null ? "?" : svc) + "> is not on this server's "
                + "allowlist " + allowed);
    }

    /** Installs a fresh executor chain [allowlist, HTTP] into a context, so nothing else can bypass the gate. */
    public static void install(Context cxt, Set<String> allowed) {
        ServiceExecutorRegistry reg = new ServiceExecutorRegistry();
        reg.add(new ServiceExecutorHttp());
        reg.addSingleLink(new ServiceAllowlist(allowed));
        ServiceExecutorRegistry.set(cxt, reg);
    }
}

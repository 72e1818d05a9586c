package org.newsgraph.serve;

import java.util.Iterator;
import java.util.Set;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * The SPARQL functions the server runs: the standard library (XPath {@code fn:}, SPARQL built-ins, casts, GeoSPARQL,
 * {@code text:query}) and a short list of ARQ's own ({@code afn:localname}, {@code afn:sprintf}, ...).
 *
 * <p>ARQ would otherwise load any class a query names: {@code <java:org.example.Anything>()} instantiates a class
 * from the classpath, and ARQ's own namespace resolves to every class of its function library, among them {@code
 * afn:wait} (sleeps, ignoring the query timeout) and {@code afn:print} (writes the argument into the server log, so a
 * client can forge log lines). Here a function that is not on the list is refused before it runs, with a message
 * naming it.
 */
final class QueryFunctions {
    private static final String AFN = "http://jena.apache.org/ARQ/function#";
    private static final String APF = "http://jena.apache.org/ARQ/property#";

    /** ARQ's own functions an analyst may call: string and IRI helpers, arithmetic, the current time. */
    static final Set<String> ARQ_FUNCTIONS = Set.of("localname", "namespace", "sprintf", "strjoin", "substr",
            "substring", "strlen", "min", "max", "sqrt", "pi", "e", "now", "nowtz", "sha1sum", "langeq", "bnode",
            "evenInteger", "date", "timezone", "uuid", "struuid");

    /** ARQ's property functions an analyst may call: splitting strings and IRIs, RDF lists and containers. */
    static final Set<String> ARQ_PROPERTY_FUNCTIONS = Set.of("splitIRI", "splitURI", "strSplit", "concat", "str",
            "assign", "bnode", "blankNode", "container", "bag", "seq", "alt", "listIndex", "listLength",
            "listMember");

    private QueryFunctions() {
    }

    /** Installs the closed registries into a dataset's context (queries on it see only these functions). */
    static void install(Context cxt) {
        FunctionRegistry functions = new Closed(FunctionRegistry.get());
        FunctionRegistry.set(cxt, functions);
        PropertyFunctionRegistry.set(cxt, new ClosedProperties(PropertyFunctionRegistry.get()));
    }

    /** Why a function IRI is refused, or null when it may run. */
    static String refusal(String iri, boolean registered, String namespace, Set<String> allowed) {
        if (registered) {
            return null;
        }
        if (iri.startsWith(namespace) && allowed.contains(iri.substring(namespace.length()))) {
            return null;
        }
        return "the function <" + iri + "> is not available on this server (it runs the standard SPARQL, XPath, "
                + "GeoSPARQL and text functions, and of ARQ's own " + (namespace.equals(AFN) ? "afn:" : "apf:")
                + String.join(", " + (namespace.equals(AFN) ? "afn:" : "apf:"), allowed.stream().sorted().toList())
                + ")";
    }

    /** A function registry that holds a copy of the standard one and loads only the listed ARQ functions. */
    private static final class Closed extends FunctionRegistry {
        Closed(FunctionRegistry standard) {
            for (Iterator<String> it = standard.keys(); it.hasNext(); ) {
                String k = it.next();
                if (!k.startsWith("java:")) {
                    put(k, standard.get(k));
                }
            }
        }

        @Override
        public FunctionFactory get(String uri) {
            String why = refusal(uri, isRegistered(uri), AFN, ARQ_FUNCTIONS);
            if (why != null) {
                throw new QueryDeniedException(why);
            }
            return super.get(uri);
        }
    }

    /** The same for property functions (ARQ would load a {@code java:} property function class too). */
    private static final class ClosedProperties extends PropertyFunctionRegistry {
        ClosedProperties(PropertyFunctionRegistry standard) {
            for (Iterator<String> it = standard.keys(); it.hasNext(); ) {
                String k = it.next();
                if (!k.startsWith("java:")) {
                    put(k, standard.get(k));
                }
            }
        }

        @Override
        public boolean manages(String uri) {
            return refusal(uri, isRegistered(uri), APF, ARQ_PROPERTY_FUNCTIONS) == null && super.manages(uri);
        }

        @Override
        public PropertyFunctionFactory get(String uri) {
            return manages(uri) ? super.get(uri) : null;
        }
    }
}

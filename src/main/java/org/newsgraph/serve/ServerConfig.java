package org.newsgraph.serve;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * Reads {@code fuseki-config/newsgraph.ttl}, the Fuseki configuration that a stock {@code fuseki-server --config}
 * also accepts, and adapts it to one run: the store location and the query timeout come from the command line,
 * and the blanket SERVICE switch-off is replaced by the allowlist executor.
 */
final class ServerConfig {
    static final String RESOURCE = "fuseki-config/newsgraph.ttl";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";

    private ServerConfig() {
    }

    static Model load(Path store, long timeoutMillis) {
        InputStream in = ServerConfig.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the classpath; rebuild the project");
        }
        Model m = RDFParser.source(in).lang(Lang.TURTLE).toModel();
        Property location = m.createProperty(TDB2, "location");
        List<Statement> locs = m.listStatements(null, location, (RDFNode) null).toList();
        if (locs.size() != 1) {
            throw new IllegalStateException(RESOURCE + " must name exactly one tdb2:location, found " + locs.size());
        }
        Resource ds = locs.get(0).getSubject();
        m.remove(locs.get(0));
        ds.addProperty(location, store.toAbsolutePath().toString());
        Property context = m.createProperty(JA, "context");
        Property name = m.createProperty(JA, "cxtName");
        Property value = m.createProperty(JA, "cxtValue");
        for (Statement st : m.listStatements(ds, context, (RDFNode) null).toList()) {
            Resource c = st.getObject().asResource();
            String n = c.hasProperty(name) ? c.getProperty(name).getString() : "";
            if (n.equals("arq:queryTimeout")) {
                c.removeAll(value).addProperty(value, Long.toString(timeoutMillis));
            } else if (n.equals("arq:httpServiceAllowed")) {
                c.removeProperties();
                m.remove(st);
            }
        }
        return m;
    }
}

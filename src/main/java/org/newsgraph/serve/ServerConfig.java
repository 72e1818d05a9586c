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
 * also accepts, and adapts it to one run: the store location (and with it the full-text index location inside it)
 * and the query timeout come from the command line, and the blanket SERVICE switch-off is replaced by the allowlist
 * executor.
 */
final class ServerConfig {
    static final String RESOURCE = "fuseki-config/newsgraph.ttl";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    private static final String TEXT = "http://jena.apache.org/text#";

    private ServerConfig() {
    }

    /**
     * @param store     the TDB2 store directory
     * @param textIndex the full-text index directory of that store
     */
    static Model load(Path store, Path textIndex, long timeoutMillis) {
        Model m = stock(store, textIndex);
        Resource ds = m.listStatements(null, m.createProperty(TDB2, "location"), (RDFNode) null).next().getSubject();
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

    /** The configuration as a stock {@code fuseki-server --config} reads it, pointed at this store. */
    static Model stock(Path store, Path textIndex) {
        InputStream in = ServerConfig.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the classpath; rebuild the project");
        }
        Model m = RDFParser.source(in).lang(Lang.TURTLE).toModel();
        relocate(m, m.createProperty(TDB2, "location"), "tdb2:location", store);
        relocate(m, m.createProperty(TEXT, "directory"), "text:directory", textIndex);
        return m;
    }

    /** Points the one statement with this property at a directory; returns its subject. */
    private static Resource relocate(Model m, Property p, String name, Path dir) {
        List<Statement> found = m.listStatements(null, p, (RDFNode) null).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(RESOURCE + " must name exactly one " + name + ", found " + found.size());
        }
        Resource subject = found.get(0).getSubject();
        m.remove(found.get(0));
        subject.addProperty(p, dir.toAbsolutePath().toString());
        return subject;
    }
}

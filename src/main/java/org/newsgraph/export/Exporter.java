package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Prefixes;

/**
 * Writes the whole store to a file. TriG, N-Quads and JSON-LD keep the named graphs; GraphML, GEXF and
 * Cytoscape.js JSON give graph tools (Gephi, Cytoscape, yEd, networkx) a property graph in which every statement,
 * incident, meeting and agreement is a node of its own (see {@link GraphProjection}).
 *
 * <pre>{@code Exporter.write(store.dataset(), "gexf", Path.of("newsgraph.gexf"));}</pre>
 */
public final class Exporter {
    private static final Map<String, RDFFormat> RDF_FORMATS = Map.of(
            "trig", RDFFormat.TRIG_BLOCKS,
            "nquads", RDFFormat.NQUADS,
            "jsonld", RDFFormat.JSONLD11);
    private static final Set<String> GRAPH_FORMATS = Set.of("graphml", "gexf", "cytoscape");

    private Exporter() {
    }

    /** The formats this exporter knows, sorted. */
    public static Set<String> formats() {
        Set<String> all = new TreeSet<>(RDF_FORMATS.keySet());
        all.addAll(GRAPH_FORMATS);
        all.add(EventTable.FORMAT);
        return all;
    }

    /**
     * Writes the store in {@code format} to {@code out}, through a {@code .part} file that replaces {@code out}
     * only when complete.
     *
     * @return what was written, for the user: "99 nodes, 245 edges" for the graph formats, else the format name
     * @throws IllegalArgumentException for an unknown format
     */
    public static String write(Dataset dataset, String format, Path out) throws IOException {
        String f = format.toLowerCase(Locale.ROOT);
        if (!formats().contains(f)) {
            throw new IllegalArgumentException("unknown export format '" + format + "'; choose one of "
                    + formats());
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        String what;
        try (OutputStream os = Files.newOutputStream(tmp)) {
            what = write(dataset, f, os);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        return what;
    }

    /** Writes the store in {@code format} (lower case, known) to a stream, e.g. standard output; see above. */
    public static String write(Dataset dataset, String format, OutputStream os) throws IOException {
        String f = format.toLowerCase(Locale.ROOT);
        if (!formats().contains(f)) {
            throw new IllegalArgumentException("unknown export format '" + format + "'; choose one of "
                    + formats());
        }
        if (f.equals(EventTable.FORMAT)) {
            return EventTable.write(dataset, os) + " incidents";
        }
        if (RDF_FORMATS.containsKey(f)) {
            Txn.executeRead(dataset, () -> RDFDataMgr.write(os, withPrefixes(dataset.asDatasetGraph()),
                    RDF_FORMATS.get(f)));
            return f;
        }
        PropertyGraph graph = GraphProjection.of(dataset);
        writeGraph(graph, f, os);
        return graph.nodes().size() + " nodes, " + graph.edges().size() + " edges";
    }

    /** The dataset as the writers see it, with the project's prefixes (TriG's PREFIX lines, JSON-LD's @context). */
    private static DatasetGraph withPrefixes(DatasetGraph dsg) {
        PrefixMap pm = PrefixMapFactory.create(Prefixes.MAP);
        return new DatasetGraphWrapper(dsg) {
            @Override
            public PrefixMap prefixes() {
                return pm;
            }
        };
    }

    private static void writeGraph(PropertyGraph graph, String format, OutputStream os) throws IOException {
        switch (format) {
            case "graphml" -> GraphMlWriter.write(graph, os);
            case "gexf" -> GexfWriter.write(graph, os);
            case "cytoscape" -> CytoscapeJsonWriter.write(graph, os);
            default -> throw new IllegalStateException("no writer for " + format);
        }
    }
}

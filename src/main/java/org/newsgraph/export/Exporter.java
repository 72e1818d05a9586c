package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;

/**
 * Writes the whole store to a file: TriG, N-Quads or JSON-LD keep the named graphs.
 *
 * <pre>{@code Exporter.write(store.dataset(), "trig", Path.of("out.trig"));}</pre>
 */
public final class Exporter {
    private static final Map<String, RDFFormat> RDF_FORMATS = Map.of(
            "trig", RDFFormat.TRIG_BLOCKS,
            "nquads", RDFFormat.NQUADS,
            "jsonld", RDFFormat.JSONLD11);

    private Exporter() {
    }

    /** The formats this exporter knows. */
    public static java.util.Set<String> formats() {
        return RDF_FORMATS.keySet();
    }

    public static void write(Dataset dataset, String format, Path out) throws IOException {
        RDFFormat f = RDF_FORMATS.get(format.toLowerCase(Locale.ROOT));
        if (f == null) {
            throw new IllegalArgumentException("unknown export format '" + format + "'; choose one of "
                    + new java.util.TreeSet<>(RDF_FORMATS.keySet()));
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            Txn.executeRead(dataset, () -> RDFDataMgr.write(os, dataset.asDatasetGraph(), f));
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}

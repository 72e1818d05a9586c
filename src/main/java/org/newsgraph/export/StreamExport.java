package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The {@link Exporter} writing to a stream instead of a file, for downloads from the server (the landing page's
 * {@code /newsgraph/export/FORMAT}). Knows whatever formats the exporter knows.
 */
public final class StreamExport {
    private StreamExport() {
    }

    /** The exporter's formats. */
    public static Set<String> formats() {
        return Exporter.formats();
    }

    /** Writes the whole dataset, all named graphs, in a format of the exporter's. */
    public static void write(DatasetGraph dataset, String format, OutputStream out) throws IOException {
        // the exporter writes files (atomically, through a .part file); stream the finished file
        Path dir = Files.createTempDirectory("newsgraph-download");
        Path file = dir.resolve("newsgraph." + format);
        try {
            Exporter.write(DatasetFactory.wrap(dataset), format, file);
            Files.copy(file, out);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}

package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.serve.LandingPage;

/**
 * The {@link Exporter}'s formats as downloads on the server's landing page ({@code /newsgraph/export/FORMAT}).
 * Lists whatever formats the exporter knows, the known ones first in a fixed order, so a format added to the
 * exporter appears on the page without a change here.
 */
public final class ServedExports implements LandingPage.Downloads {
    private static final Map<String, LandingPage.Format> KNOWN = Map.of(
            "trig", new LandingPage.Format("trig", "application/trig", "trig",
                    "TriG: every named graph (one per article, plus entities); for RDF tools"),
            "nquads", new LandingPage.Format("nquads", "application/n-quads", "nq",
                    "N-Quads: the same, one quad per line; for loading into another triple store"),
            "jsonld", new LandingPage.Format("jsonld", "application/ld+json", "jsonld",
                    "JSON-LD: the same, for JSON tooling"),
            "graphml", new LandingPage.Format("graphml", "application/graphml+xml", "graphml",
                    "GraphML: actors and their relations as a network, for yEd, Gephi or NetworkX"),
            "gexf", new LandingPage.Format("gexf", "application/gexf+xml", "gexf",
                    "GEXF: the network for Gephi, with time attributes"),
            "cytoscape", new LandingPage.Format("cytoscape", "application/json", "cyjs",
                    "Cytoscape.js JSON: the network for Cytoscape"));
    private static final List<String> ORDER = List.of("trig", "nquads", "jsonld", "graphml", "gexf", "cytoscape");

    @Override
    public List<LandingPage.Format> formats() {
        return Exporter.formats().stream()
                .sorted(Comparator.comparingInt(ServedExports::rank).thenComparing(Comparator.naturalOrder()))
                .map(f -> KNOWN.getOrDefault(f, new LandingPage.Format(f, "application/octet-stream", f,
                        "the " + f + " export")))
                .toList();
    }

    private static int rank(String format) {
        int i = ORDER.indexOf(format);
        return i < 0 ? ORDER.size() : i;
    }

    @Override
    public void write(DatasetGraph dataset, String format, OutputStream out) throws IOException {
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

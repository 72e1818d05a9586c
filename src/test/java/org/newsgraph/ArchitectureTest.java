package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the picture of the style guide true: data flows one way (ingest, nlp, extract, link, rdf, store, serve,
 * export, cli), a stage imports only stages to its left, and each outside library stays in its own stage.
 */
class ArchitectureTest {
    private static final List<String> ORDER = List.of("model", "config", "ingest", "nlp", "extract", "link", "rdf",
            "store", "bench", "serve", "export", "cli");
    private static final Map<String, String> LIBRARY_HOME = Map.of(
            "org.jsoup", "ingest",
            "edu.stanford.nlp", "nlp",
            "org.apache.jena.tdb2", "store",
            "org.apache.jena.fuseki", "serve");

    @Test
    void stagesImportOnlyStagesToTheirLeftAndLibrariesStayHome() throws IOException {
        List<String> problems = new ArrayList<>();
        Path root = Path.of("src/main/java/org/newsgraph");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String stage = root.relativize(f).getName(0).toString();
                int rank = ORDER.indexOf(stage);
                for (String line : Files.readAllLines(f)) {
                    if (!line.startsWith("import ")) {
                        continue;
                    }
                    String imp = line.substring(7).replace("static ", "").replace(";", "").strip();
                    if (imp.startsWith("org.newsgraph.")) {
                        String other = imp.split("\\.")[2];
                        int otherRank = ORDER.indexOf(other);
                        boolean allowed = otherRank <= rank && !(other.equals("serve") && stage.equals("export"))
                                || other.equals("model") || other.equals("config");
                        if (!allowed) {
                            problems.add(f + " (" + stage + ") imports " + imp);
                        }
                    }
                    LIBRARY_HOME.forEach((lib, home) -> {
                        if (imp.startsWith(lib) && !stage.equals(home)) {
                            problems.add(f + " (" + stage + ") imports " + imp + ", which belongs to " + home);
                        }
                    });
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}

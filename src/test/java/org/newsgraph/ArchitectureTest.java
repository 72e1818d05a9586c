package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the picture of the style guide true: data flows one way (ingest, nlp, extract, link, resolve, rdf, store,
 * pipeline, serve, export, cli), a stage uses only stages to its left, and each outside library stays in its own
 * stage — by import or by a fully-qualified name in code.
 */
class ArchitectureTest {
    private static final List<String> ORDER = List.of("model", "config", "ingest", "nlp", "extract", "link",
            "resolve", "rdf", "store", "pipeline", "spark", "bench", "serve", "export", "cli");
    /** A fully-qualified name in code: {@code org.newsgraph.store.GraphStore}, {@code org.apache.jena.tdb2.TDB2}. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "\\b(org\\.newsgraph\\.[a-z]+|org\\.jsoup|edu\\.stanford\\.nlp|org\\.apache\\.jena\\.tdb2"
            + "|org\\.apache\\.jena\\.fuseki|org\\.apache\\.spark|org\\.apache\\.hadoop)\\.[A-Za-z]");
    private static final Map<String, String> LIBRARY_HOME = Map.of(
            "org.jsoup", "ingest",
            "edu.stanford.nlp", "nlp",
            "org.apache.jena.tdb2", "store",
            "org.apache.jena.fuseki", "serve",
            "org.apache.spark", "spark",
            "org.apache.hadoop", "spark");

    @Test
    void stagesImportOnlyStagesToTheirLeftAndLibrariesStayHome() throws IOException {
        List<String> problems = new ArrayList<>();
        Path root = Path.of("src/main/java/org/newsgraph");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String stage = root.relativize(f).getName(0).toString();
                problems.addAll(problems(f.toString(), stage, Files.readAllLines(f)));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aFullyQualifiedNameInCodeCountsAsAnImport() {
        List<String> lines = List.of("package org.newsgraph.store;", "/** Unlike {@link org.newsgraph.serve.X}. */",
                "class A {", "  Object x = new org.newsgraph.serve.LandingPage(); // store must not reach serve",
                "  String s = \"org.newsgraph.cli.Main.x\";", "  Object y = org.apache.jena.fuseki.main.FusekiServer.create();",
                "  Object z = org.newsgraph.rdf.Ids.NS;", "}");
        List<String> found = problems("A.java", "store", lines);
        assertEquals(2, found.size(), String.join("\n", found));
        assertTrue(found.get(0).contains("org.newsgraph.serve.L") && found.get(1).contains("belongs to serve"), found.toString());
    }

    /** What is wrong with one source file of a stage: every name it uses of a stage to its right or of a library's home. */
    static List<String> problems(String file, String stage, List<String> lines) {
        List<String> problems = new ArrayList<>();
        int rank = ORDER.indexOf(stage);
        for (String line : lines) {
            String code = line.strip();
            if (code.startsWith("package ") || code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                continue; // javadoc may name any class
            }
            List<String> names = new ArrayList<>();
            if (code.startsWith("import ")) {
                names.add(code.substring(7).replace("static ", "").replace(";", "").strip());
            } else {
                // a fully-qualified name in code is an import in disguise; string literals and comments are not code
                String bare = code.replaceAll("\"([^\"\\\\]|\\\\.)*\"", "\"\"").replaceAll("//.*$", "");
                Matcher m = QUALIFIED.matcher(bare);
                while (m.find()) {
                    names.add(m.group(0));
                }
            }
            for (String imp : names) {
                check(problems, file, stage, rank, imp);
            }
        }
        return problems;
    }

    private static void check(List<String> problems, String f, String stage, int rank, String imp) {
        if (imp.startsWith("org.newsgraph.")) {
            String other = imp.split("\\.")[2];
            int otherRank = ORDER.indexOf(other);
            boolean allowed = otherRank <= rank && !(other.equals("serve") && stage.equals("export"))
                    || other.equals("model") || other.equals("config");
            if (!allowed) {
                problems.add(f + " (" + stage + ") uses " + imp);
            }
        }
        LIBRARY_HOME.forEach((lib, home) -> {
            if (imp.startsWith(lib) && !stage.equals(home)) {
                problems.add(f + " (" + stage + ") uses " + imp + ", which belongs to " + home);
            }
        });
    }
}

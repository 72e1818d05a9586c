package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SeedStore;

/** {@code newsgraph export} with the graph-tool formats, through picocli as a user runs it. */
class ExportCommandIT {
    @TempDir
    Path dir;

    @Test
    void exportsGexfAndSaysHowBigTheGraphIs() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path file = dir.resolve("seeds.gexf");
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("export", "--store", SeedStore.path().toString(), "--format", "GEXF", "--out", file.toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().matches("(?s)wrote .*seeds\\.gexf \\(\\d+ nodes, \\d+ edges\\)\\s*"), out.toString());
        assertTrue(Files.readString(file).contains("timeformat=\"date\""));
        assertTrue(Files.notExists(dir.resolve("seeds.gexf.part")), "no temporary file left behind");
    }

    @Test
    void anUnknownFormatNamesTheChoices() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("export", "--store", SeedStore.path().toString(), "--format", "dot", "--out",
                        dir.resolve("x.dot").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("'dot'") && err.toString().contains("graphml")
                && err.toString().contains("cytoscape"), err.toString());
        assertTrue(Files.notExists(dir.resolve("x.dot")));
    }
}

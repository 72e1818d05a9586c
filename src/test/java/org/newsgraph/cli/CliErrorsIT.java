package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SeedStore;

/**
 * Expected failures of the command line (issue 9, "Command line"): one line naming the thing, the reason and the way
 * out, a non-zero exit, no stack trace, and nothing created or written by mistake.
 */
class CliErrorsIT {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertOneLineNoTrace(Run r) {
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void exportFromAMissingStoreCreatesNothingAndSaysHowToMakeOne() {
        Path missing = dir.resolve("no-store");
        Path file = dir.resolve("out.trig");

        Run r = cli("export", "--store", missing.toString(), "--format", "trig", "--out", file.toString());

        assertEquals(2, r.code());
        assertEquals("error: no store at " + missing + "; create one with 'newsgraph ingest PATH --store " + missing
                + "'", r.err().strip());
        assertFalse(Files.exists(missing), "no empty store was created");
        assertFalse(Files.exists(file), "no empty export was written");
    }

    @Test
    void aFolderThatIsNoStoreIsNotTurnedIntoOne() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "x");

        // the commands that open a store for what it holds, and the ones that rewrite it in place
        for (List<String> args : List.of(List.of("query", "--store", notes.toString(), "SELECT * WHERE { ?s ?p ?o }"),
                List.of("reindex", "--store", notes.toString()), List.of("compact", "--store", notes.toString()))) {
            Run r = cli(args.toArray(String[]::new));

            assertEquals(2, r.code(), args.toString());
            assertTrue(r.err().contains("is not a newsgraph store"), args + ": " + r.err());
            assertOneLineNoTrace(r);
            try (var files = Files.list(notes)) {
                assertEquals(1, files.count(), args + ": nothing was added to the folder");
            }
        }
    }

    @Test
    void aQueryFileThatDoesNotExistIsSaidSoNotReportedAsAParseError() throws Exception {
        Run r = cli("query", "--store", SeedStore.path().toString(), "queries/no-such-query.rq");

        assertEquals(2, r.code());
        assertEquals("error: no such file queries/no-such-query.rq (give a SPARQL query or a file holding one)",
                r.err().strip());
    }

    @Test
    void exportToADashWritesStandardOutputNotAFileNamedDash() throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Run r;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            r = cli("export", "--store", SeedStore.path().toString(), "--format", "nquads", "--out", "-");
        } finally {
            System.setOut(stdout);
        }

        assertEquals(0, r.code(), r.err());
        assertTrue(captured.toString(StandardCharsets.UTF_8).contains("<https://w3id.org/newsgraph/ontology#"),
                "the quads went to standard output");
        assertEquals("wrote standard output (nquads)", r.err().strip());
        assertFalse(Files.exists(Path.of("-")), "no file named '-'");
    }

    @Test
    void aStoreHeldByAnotherProcessIsNamedWithThatProcess(@TempDir Path tmp) throws Exception {
        Path store = tmp.resolve("store");
        assertEquals(0, cli("ingest", "seeds/000_badb6536dc7ab645.txt", "--store", store.toString()).code());
        // a real 'newsgraph serve' in another JVM holds the store
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process other = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                "org.newsgraph.cli.Main", "serve", "--store", store.toString(), "--port", "0")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("serve.log").toFile()).start();
        try {
            Path lock = store.resolve("tdb.lock");
            for (int i = 0; i < 300 && !(Files.exists(lock) && Files.readString(lock).strip()
                    .equals(Long.toString(other.pid()))); i++) {
                Thread.sleep(100);
            }
            assertTrue(Files.readString(lock).strip().equals(Long.toString(other.pid())), "the server took the lock");

            Run r = cli("ingest", "seeds/001_f22061eb0096845d.txt", "--store", store.toString());

            assertEquals(4, r.code());
            assertOneLineNoTrace(r);
            assertEquals("error: store " + store + " is in use by process " + other.pid()
                    + " (a running 'newsgraph serve'?); stop it, or query it over HTTP", r.err().strip());
        } finally {
            // the server must be gone before the temporary folder is removed, or it may still be writing there
            other.destroy();
            if (!other.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                other.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void aHostThatIsNoAddressIsRefusedInOneLine() throws Exception {
        Run r = cli("serve", "--store", SeedStore.path().toString(), "--host", "http://example.org", "--port", "0");

        assertEquals(2, r.code());
        assertOneLineNoTrace(r);
        assertTrue(r.err().startsWith("error: --host 'http://example.org' is not an address or a host name"), r.err());
    }

    @Test
    void bindingEveryInterfaceSaysTheEndpointIsReachableFromTheNetwork() {
        ServeCommand.ServerOptions o = new ServeCommand.ServerOptions();
        StringWriter err = new StringWriter();

        o.host = "0.0.0.0";
        assertEquals(null, o.checkHost(new PrintWriter(err, true)));
        assertTrue(err.toString().startsWith("warning: --host 0.0.0.0 binds every interface: the endpoint is "
                + "reachable from the network"), err.toString());

        StringWriter quiet = new StringWriter();
        o.host = "127.0.0.1";
        assertEquals(null, o.checkHost(new PrintWriter(quiet, true)));
        o.host = "localhost";
        assertEquals(null, o.checkHost(new PrintWriter(quiet, true)));
        assertEquals("", quiet.toString(), "loopback is not announced");
    }

    @Test
    void aFederatedQueryWhoseEndpointCannotBeReachedSaysSoInOneLine() throws Exception {
        // port 1 on loopback: nothing listens, as with no network
        Run r = cli("query", "--store", SeedStore.path().toString(),
                "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } } LIMIT 1");

        assertEquals(3, r.code(), r.err());
        assertOneLineNoTrace(r);
        assertTrue(r.err().startsWith("error: the query's SERVICE endpoint could not be reached"), r.err());
    }
}

package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The landing page at {@code /newsgraph/} for people who do not know SPARQL yet: what the dataset holds (counted
 * live), its articles, the query catalogue as links into the Fuseki UI's query editor, and downloads of the whole
 * graph. Also serves {@code /newsgraph/export/FORMAT} (through the {@link Downloads} the export stage supplies) and
 * {@code /newsgraph/queries/NAME.rq} (the catalogue files as text).
 *
 * <p>It is a filter that runs before Fuseki's own dispatch, because Fuseki claims every path under the dataset's
 * name: it answers only GET on its own paths ({@code /newsgraph/} without a query string, {@code
 * /newsgraph/index.html}, {@code /newsgraph/export/...}, {@code /newsgraph/queries/...}) and passes everything
 * else, including {@code /newsgraph?query=...} and {@code /newsgraph/sparql}, on to Fuseki.
 *
 * <pre>{@code
 * NewsgraphServer.builder().store(dir).landingPage(new LandingPage(Path.of("queries"), downloads)).build();
 * }</pre>
 */
public final class LandingPage implements Filter {
    /** The filter path this page is registered under. */
    public static final String PATH_SPEC = "/" + NewsgraphServer.NAME + "/*";
    /** The summary's file among the store state's ({@link StateFiles}). */
    static final String SUMMARY_FILE = "landing-summary.html";
    private static final String ROOT = "/" + NewsgraphServer.NAME;
    private static final String EXPORT = "/export/";
    private static final String QUERIES = "/queries/";

    /**
     * Whole-store downloads. The export stage writes them, and serve may not depend on export, so the command line
     * wires them in: {@code Downloads.of(StreamExport::formats, StreamExport::write)}.
     */
    public interface Downloads {
        /** The names of the formats on offer, as in {@code newsgraph export --format NAME}. */
        Collection<String> names();

        /** Writes the whole dataset (all named graphs) in a format to a stream. */
        void write(DatasetGraph dataset, String format, OutputStream out) throws IOException;

        /** The formats on offer, the well-known ones first in a fixed order. */
        default List<Format> formats() {
            return names().stream().map(Format::of)
                    .sorted(Comparator.comparingInt(Format::rank).thenComparing(Format::name)).toList();
        }

        /** No downloads. */
        Downloads NONE = of(List::of, (dataset, format, out) -> {
            throw new IllegalArgumentException("this server offers no downloads");
        });

        /** Downloads from a list of format names and a writer. */
        static Downloads of(Supplier<? extends Collection<String>> names, Writer writer) {
            Objects.requireNonNull(names);
            Objects.requireNonNull(writer);
            return new Downloads() {
                @Override
                public Collection<String> names() {
                    return names.get();
                }

                @Override
                public void write(DatasetGraph dataset, String format, OutputStream out) throws IOException {
                    writer.write(dataset, format, out);
                }
            };
        }
    }

    /** Writes a dataset in a named format to a stream. */
    @FunctionalInterface
    public interface Writer {
        void write(DatasetGraph dataset, String format, OutputStream out) throws IOException;
    }

    /**
     * One download format.
     *
     * @param name      as in {@code newsgraph export --format NAME}
     * @param mediaType the HTTP content type
     * @param extension the file extension, without the dot
     * @param about     what it is for, in a few words
     */
    public record Format(String name, String mediaType, String extension, String about) {
        private static final List<Format> KNOWN = List.of(
                new Format("trig", "application/trig", "trig",
                        "TriG: every named graph (one per article, plus entities); for RDF tools"),
                new Format("nquads", "application/n-quads", "nq",
                        "N-Quads: the same, one quad per line; for loading into another triple store"),
                new Format("jsonld", "application/ld+json", "jsonld", "JSON-LD: the same, for JSON tooling"),
                new Format("graphml", "application/graphml+xml", "graphml",
                        "GraphML: actors and their relations as a network, for yEd, Gephi or NetworkX"),
                new Format("gexf", "application/gexf+xml", "gexf", "GEXF: the network for Gephi"),
                new Format("cytoscape", "application/json", "cyjs", "Cytoscape.js JSON: the network for Cytoscape"),
                new Format("events", "text/csv", "csv",
                        "Event table (CSV): one row per incident, as in ACLED or GDELT; for spreadsheets and pandas"));

        public Format {
            Objects.requireNonNull(name);
            Objects.requireNonNull(mediaType);
            Objects.requireNonNull(extension);
            Objects.requireNonNull(about);
        }

        /** The format of a name: a well-known one, or a plain binary download named after it. */
        public static Format of(String name) {
            return KNOWN.stream().filter(f -> f.name.equals(name)).findFirst()
                    .orElseGet(() -> new Format(name, "application/octet-stream", name, "the " + name + " export"));
        }

        private int rank() {
            int i = KNOWN.indexOf(this);
            return i < 0 ? KNOWN.size() : i;
        }
    }

    private final Path queriesDir;
    private final Downloads downloads;
    /** Format name to its written export file; also the lock for writing them. */
    private final java.util.Map<String, Path> exports = new java.util.HashMap<>();
    /** The whole page, once the summary is there, with the catalogue state it was rendered for. */
    private record Rendered(String catalogue, byte[] page) {
    }

    private volatile Rendered rendered = new Rendered("", null);
    /** The counts and newest articles, worked out once per server run, on a thread of their own. */
    private final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<String>> summary =
            new java.util.concurrent.atomic.AtomicReference<>();
    private Path exportDir;

    /**
     * @param queriesDir the catalogue folder ({@code queries/}); a missing folder gives a page without catalogue
     * @param downloads  the whole-store downloads to offer
     */
    public LandingPage(Path queriesDir, Downloads downloads) {
        this.queriesDir = Objects.requireNonNull(queriesDir);
        this.downloads = Objects.requireNonNull(downloads);
    }

    /** The catalogue folder this page lists. */
    Path queriesDir() {
        return queriesDir;
    }

    /** A landing page with the catalogue in {@code ./queries} and no downloads. */
    public static LandingPage withoutDownloads() {
        return new LandingPage(Path.of("queries"), Downloads.NONE);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean read = req.getMethod().equals("GET");
        boolean bare = req.getQueryString() == null || req.getQueryString().isEmpty();
        if (!read || !path.startsWith(ROOT)) {
            chain.doFilter(request, response);
        } else if (path.equals(ROOT) && bare) {
            // "/newsgraph" with a query string is the SPARQL endpoint; a browser without one wants the page
            res.sendRedirect(req.getRequestURI() + "/");
        } else if ((path.equals(ROOT + "/") || path.equals(ROOT + "/index.html")) && bare) {
            page(req.getServletContext(), res);
        } else if (path.startsWith(ROOT + EXPORT)) {
            export(path.substring(ROOT.length() + EXPORT.length()), req.getServletContext(), res);
        } else if (path.startsWith(ROOT + QUERIES)) {
            queryFile(path.substring(ROOT.length() + QUERIES.length()), res);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void page(ServletContext cxt, HttpServletResponse res) throws IOException {
        // the page changes only with the catalogue's files once the summary is there: rendered once for them
        String key = catalogueKey();
        Rendered last = rendered;
        byte[] page = last.catalogue().equals(key) ? last.page() : null;
        if (page == null) {
            String summaryHtml = summary(dataset(cxt));
            page = new LandingHtml(dataset(cxt), QueryCatalogue.load(queriesDir), queriesDir, downloads.formats(),
                    summaryHtml).render().getBytes(StandardCharsets.UTF_8);
            if (summaryHtml != null) {
                rendered = new Rendered(key, page);
            }
        }
        res.setContentType("text/html; charset=utf-8");
        res.setHeader("Cache-Control", "no-store");
        res.getOutputStream().write(page);
    }

    /** The catalogue's files with their sizes and times: a query added or edited while serving shows at once. */
    private String catalogueKey() {
        if (!Files.isDirectory(queriesDir)) {
            return "none";
        }
        try (java.util.stream.Stream<Path> files = Files.list(queriesDir)) {
            StringBuilder k = new StringBuilder();
            files.sorted().forEach(f -> {
                try {
                    k.append(f.getFileName()).append(':').append(Files.size(f)).append(':')
                            .append(Files.getLastModifiedTime(f).toMillis()).append(';');
                } catch (IOException e) {
                    k.append(f.getFileName()).append(":gone;");
                }
            });
            return k.toString();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /**
     * The page's summary of the store, or null while it is being worked out: the first view starts the work and
     * waits for it up to two seconds (a small store is done by then); later views take the result. A failed run is
     * tried again at the next view.
     */
    private String summary(DatasetGraph dataset) {
        java.util.concurrent.CompletableFuture<String> f = prepare(dataset);
        try {
            return f.get(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Whether the summary has been worked out (a test's view of the warm-up). */
    boolean summaryReady() {
        java.util.concurrent.CompletableFuture<String> f = summary.get();
        return f != null && f.isDone() && !f.isCompletedExceptionally();
    }

    /**
     * As {@link #prepare(DatasetGraph)}, reading the summary back from the store state's files when it was worked
     * out before on the same state, and keeping it there otherwise: a restart does not count a large store again.
     */
    java.util.concurrent.CompletableFuture<String> prepare(DatasetGraph dataset, StateFiles kept) {
        byte[] before = kept.read(SUMMARY_FILE);
        if (before != null) {
            summary.compareAndSet(null, java.util.concurrent.CompletableFuture.completedFuture(
                    new String(before, StandardCharsets.UTF_8)));
            return summary.get();
        }
        return prepare(dataset).thenApply(s -> {
            kept.write(SUMMARY_FILE, s.getBytes(StandardCharsets.UTF_8));
            return s;
        });
    }

    /**
     * Starts working out the summary, unless it is under way or done: the server calls it as it starts, so that the
     * first analyst does not wait for the counts of a large store.
     */
    java.util.concurrent.CompletableFuture<String> prepare(DatasetGraph dataset) {
        java.util.concurrent.CompletableFuture<String> f = summary.get();
        if (f == null) {
            java.util.concurrent.CompletableFuture<String> mine = new java.util.concurrent.CompletableFuture<>();
            if (summary.compareAndSet(null, mine)) {
                Thread t = new Thread(() -> {
                    try {
                        mine.complete(LandingHtml.summary(dataset));
                    } catch (RuntimeException e) {
                        summary.set(null);
                        mine.completeExceptionally(e);
                    }
                }, "newsgraph-landing-summary");
                t.setDaemon(true);
                t.start();
            }
            f = summary.get() == null ? mine : summary.get();
        }
        return f;
    }

    private void export(String name, ServletContext cxt, HttpServletResponse res) throws IOException {
        Optional<Format> f = downloads.formats().stream().filter(x -> x.name().equals(name)).findFirst();
        if (f.isEmpty()) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND, "no export format '" + name + "'; this server offers "
                    + downloads.formats().stream().map(Format::name).toList());
            return;
        }
        Path file;
        try {
            file = exportFile(f.get(), dataset(cxt));
        } catch (IOException | RuntimeException e) {
            res.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "the " + name + " export could not be "
                    + "written: " + e.getMessage());
            return;
        }
        res.setContentType(f.get().mediaType());
        res.setHeader("Content-Disposition", "attachment; filename=\"newsgraph." + f.get().extension() + "\"");
        res.setContentLengthLong(Files.size(file));
        Files.copy(file, res.getOutputStream());
    }

    /**
     * The export in a format, written once: the store cannot change while the server holds it, so the first request
     * writes a file that every later one is sent from. One export is written at a time (they hold a projection of
     * the graph in memory), so parallel downloads cost disk reads, not heap.
     */
    private Path exportFile(Format f, DatasetGraph dataset) throws IOException {
        synchronized (exports) {
            Path done = exports.get(f.name());
            if (done != null && Files.isRegularFile(done)) {
                return done;
            }
            if (exportDir == null) {
                exportDir = Files.createTempDirectory("newsgraph-exports");
            }
            Path part = exportDir.resolve(f.name() + ".part");
            Path file = exportDir.resolve("newsgraph." + f.extension());
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(part))) {
                downloads.write(dataset, f.name(), out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(part);
                throw e;
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            exports.put(f.name(), file);
            return file;
        }
    }

    /** Removes the written exports when the server stops. */
    @Override
    public void destroy() {
        synchronized (exports) {
            if (exportDir != null) {
                try (var files = Files.list(exportDir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                    Files.deleteIfExists(exportDir);
                } catch (IOException e) {
                    // a temporary directory; the system cleans it up
                }
                exportDir = null;
                exports.clear();
            }
        }
    }

    private void queryFile(String name, HttpServletResponse res) throws IOException {
        // only names from the catalogue, so no path from the request ever reaches the file system
        Optional<QueryCatalogue.Entry> e = QueryCatalogue.load(queriesDir).stream()
                .filter(x -> x.fileName().equals(name)).findFirst();
        if (e.isEmpty()) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND, "no catalogue query '" + name + "' in " + queriesDir);
            return;
        }
        res.setContentType("application/sparql-query; charset=utf-8");
        res.getOutputStream().write(e.get().text().getBytes(StandardCharsets.UTF_8));
    }

    static DatasetGraph dataset(ServletContext cxt) {
        DataAccessPoint dap = DataAccessPointRegistry.get(cxt).get("/" + NewsgraphServer.NAME);
        if (dap == null) {
            throw new IllegalStateException("the server has no dataset named " + NewsgraphServer.NAME);
        }
        return dap.getDataService().getDataset();
    }
}

package org.newsgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What decides the facts of an article besides its text: the extractor's code, its data files (lexicons, gazetteer,
 * agreement catalogue, outlet table, ingest rules) and the linguistic models. An article stored under another
 * fingerprint is out of date even when its file did not change, so an upgrade re-extracts it (the version string
 * alone said 0.1 through dozens of changes).
 *
 * <p>The fingerprint is a SHA-256 over the bytes of every class file of the packages that read text or turn it into
 * RDF ({@code ingest}, {@code nlp}, {@code extract}, {@code resolve}, {@code config}, {@code model}, {@code rdf})
 * and every data file
 * under {@code newsgraph/} on the class path, in name order, plus the CoreNLP version. It is computed once per JVM
 * (tens of milliseconds) without loading any model.
 */
final class Fingerprint {
    /** Class-path folders whose files decide what is extracted. */
    private static final List<String> ROOTS = List.of("newsgraph/", "org/newsgraph/ingest/", "org/newsgraph/nlp/",
            "org/newsgraph/extract/", "org/newsgraph/resolve/", "org/newsgraph/config/", "org/newsgraph/model/",
            "org/newsgraph/rdf/",
            "edu/stanford/nlp/parser/nndep/VectorizedClassifier");

    private Fingerprint() {
    }

    /** The fingerprint, as "sha256:" and 16 hex digits (enough to tell builds apart). */
    static String current() {
        return Holder.VALUE;
    }

    private static final class Holder {
        static final String VALUE = compute();
    }

    private static String compute() {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        List<Entry> entries = new ArrayList<>();
        ClassLoader cl = Fingerprint.class.getClassLoader();
        for (String root : ROOTS) {
            String folder = root.endsWith("/") ? root : root.substring(0, root.lastIndexOf('/') + 1);
            try {
                for (URL url : Collections.list(cl.getResources(folder))) {
                    collect(url, folder, root, entries);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder + " on the class path", e);
            }
        }
        entries.sort(null);
        for (Entry e : entries) {
            md.update(e.name().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(e.bytes());
        }
        md.update(org.newsgraph.nlp.TextAnalyzers.libraryVersion().getBytes(StandardCharsets.UTF_8));
        md.update(Extractor.VERSION.getBytes(StandardCharsets.UTF_8));
        return "sha256:" + HexFormat.of().formatHex(md.digest()).substring(0, 16);
    }

    private record Entry(String name, byte[] bytes) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            return name.compareTo(o.name);
        }
    }

    private static void collect(URL url, String folder, String prefix, List<Entry> out) throws IOException {
        if (url.getProtocol().equals("file")) {
            Path dir;
            try {
                dir = Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IOException("odd class-path address " + url, e);
            }
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    String name = folder + dir.relativize(p).toString().replace('\\', '/');
                    if (name.startsWith(prefix)) {
                        out.add(new Entry(name, Files.readAllBytes(p)));
                    }
                }
            }
        } else if (url.getProtocol().equals("jar")) {
            JarURLConnection c = (JarURLConnection) url.openConnection();
            c.setUseCaches(false);
            try (JarFile jar = c.getJarFile()) {
                for (JarEntry je : Collections.list(jar.entries())) {
                    if (!je.isDirectory() && je.getName().startsWith(prefix)) {
                        try (InputStream in = jar.getInputStream(je)) {
                            out.add(new Entry(je.getName(), in.readAllBytes()));
                        }
                    }
                }
            }
        }
    }
}

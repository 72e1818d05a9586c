package org.newsgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.newsgraph.store.GraphStore;

/**
 * What a server works out for one state of its store, kept in {@code STORE/precomputed/STATE/} so that a restart on
 * the same store reads it back: the catalogue's results, the landing page's summary, the hubs' pages. STATE names
 * the store's fingerprint ({@link GraphStore#stateOf}: any write or compaction changes it), the version of Jena (the
 * query engine) and the build of newsgraph's classes (the pages' rendering); files of any other state are deleted when
 * a server opens the store, so nothing worked out for an older state is ever served.
 *
 * <p>Files are written whole or not at all (a server stopped half-way leaves nothing truncated to read back). A store
 * on a read-only file system keeps nothing: what was worked out then lives as long as the server.
 */
final class StateFiles {
    static final String DIR = "precomputed";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StateFiles.class);
    /** Keeps nothing. */
    static final StateFiles NONE = new StateFiles(null, null);

    private final Path dir;
    private final String state;
    private volatile boolean writable;

    private StateFiles(Path dir, String state) {
        this.dir = dir;
        this.state = state;
        this.writable = dir != null;
    }

    /** The files of the store's present state (created, and those of other states deleted); NONE for no store. */
    static StateFiles open(Path store) {
        String s = GraphStore.stateOf(store);
        if (s == null) {
            return NONE;
        }
        Path dir = store.resolve(DIR).resolve((s + "-jena-" + org.apache.jena.Jena.VERSION + "-build-" + build())
                .replaceAll("[^A-Za-z0-9_.-]", "-"));
        StateFiles f = new StateFiles(dir, s);
        try {
            Files.createDirectories(dir);
            try (Stream<Path> states = Files.list(dir.getParent())) {
                for (Path old : states.filter(p -> !p.equals(dir)).toList()) {
                    try (Stream<Path> files = Files.walk(old)) {
                        for (Path x : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.deleteIfExists(x);
                        }
                    }
                }
            }
        } catch (IOException e) {
            f.cannotWrite(dir, e);
        }
        return f;
    }

    /** The store's fingerprint these files belong to; null for NONE. */
    String state() {
        return state;
    }

    /** A kept file's bytes; null when it is not kept (or cannot be read). */
    byte[] read(String name) {
        if (dir == null) {
            return null;
        }
        Path p = dir.resolve(name);
        try {
            return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Keeps a file, whole or not at all; does nothing (once said in the log) where the store cannot be written. */
    void write(String name, byte[] bytes) {
        if (!writable) {
            return;
        }
        Path tmp = dir.resolve("partial-" + java.util.UUID.randomUUID() + ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            cannotWrite(dir.resolve(name), e);
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do: the file was never written
            }
        }
    }

    private void cannotWrite(Path where, IOException e) {
        writable = false;
        LOG.info("start-up results kept in memory only: cannot write {} ({})", where, e.toString());
    }

    /** A file name for a key (a query text, an IRI): 32 hex digits of its SHA-256. */
    static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** When newsgraph's classes were built: a rebuild may render pages otherwise. */
    private static long build() {
        try {
            java.net.URL c = StateFiles.class.getResource("StateFiles.class");
            return c == null ? 0 : c.openConnection().getLastModified() / 1000;
        } catch (IOException e) {
            return 0;
        }
    }
}

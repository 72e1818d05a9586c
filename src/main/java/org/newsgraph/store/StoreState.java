package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fingerprint of a TDB2 store's committed state, read from a handful of small files, in constant time.
 *
 * <p>TDB2 writes copy-on-write B+trees: every commit that changes a quad index moves that index's root, which TDB2
 * records in the index's 24-byte state file ({@code GSPO.bpt} ...), and every new node grows the node table, recorded
 * in {@code nodes-data.bdf}. The contents of those state files, with the name of the live generation directory
 * ({@code Data-0001}, a new one after each compaction), change with every write and with nothing else. The
 * full-text index records the fingerprint at each of its commits; a store whose fingerprint is still the recorded one
 * was not written behind the index's back, which the store can tell on open without counting its quads.
 */
final class StoreState {
    private StoreState() {
    }

    /** The fingerprint of the store in {@code dir}, or null when it has no TDB2 generation directory. */
    static String of(Path dir) {
        Path data = liveGeneration(dir);
        if (data == null) {
            return null;
        }
        try (Stream<Path> files = Files.list(data)) {
            List<Path> state = files.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".bpt") || n.endsWith(".bdf");
            }).sorted().toList();
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path p : state) {
                md.update(p.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(p));
            }
            return data.getFileName() + ":" + HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the state of the store " + dir + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The highest-numbered {@code Data-NNNN} directory: the one TDB2 opens. */
    static Path liveGeneration(Path dir) {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d{4,}"))
                    .max(java.util.Comparator.comparing(p -> p.getFileName().toString())).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the store " + dir + ": " + e.getMessage(), e);
        }
    }
}

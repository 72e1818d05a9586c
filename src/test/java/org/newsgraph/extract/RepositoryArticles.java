package org.newsgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every article file the repository holds ({@code seeds/}, {@code eval/}, {@code src/test/resources}): what the
 * tests that compare a fast path with the regular expression it replaced run both over.
 */
final class RepositoryArticles {
    private RepositoryArticles() {
    }

    /** Each article's path and text, in the order of the folders and of the walk. */
    static Map<Path, String> read() throws IOException {
        Map<Path, String> out = new LinkedHashMap<>();
        for (String dir : List.of("seeds", "eval", "src/test/resources")) {
            try (Stream<Path> all = Files.walk(Path.of(dir))) {
                for (Path p : all.filter(p -> p.toString().matches(".*\\.(txt|md|html?)$")).toList()) {
                    out.put(p, new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}

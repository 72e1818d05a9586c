package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which rows of the four lexicons that decide incidents, agreements and statements the manifest exercises: for each
 * row, whether some case's text matches the row's pattern in a case that expects facts of the row's kind
 * (positive) and in a case that forbids them (negative). Trigger rows are matched as the extractor matches them
 * (word boundaries added); blocker rows are matched anywhere in the text with their ^/$ anchors dropped (the
 * extractor anchors them at a trigger, so this over-counts a little); agreement nouns and reporting phrases at word
 * boundaries.
 */
final class ManifestCoverage {
    /** One lexicon and the kind of fact it decides. */
    record Lexicon(String file, String kind, boolean blocker) {
    }

    static final List<Lexicon> LEXICONS = List.of(
            new Lexicon("incident-triggers.tsv", "incidents", false),
            new Lexicon("incident-blockers.tsv", "incidents", true),
            new Lexicon("agreement-nouns.tsv", "agreements", false),
            new Lexicon("reporting.tsv", "statements", false));

    /** One lexicon row and the cases that match it. */
    record Row(Lexicon lexicon, String pattern, List<String> positive, List<String> negative) {
    }

    private ManifestCoverage() {
    }

    static List<Row> measure(List<ManifestCase> cases) {
        List<Row> out = new ArrayList<>();
        for (Lexicon lex : LEXICONS) {
            for (String first : firstColumn(lex.file())) {
                Pattern p = compile(lex, first);
                List<String> pos = new ArrayList<>();
                List<String> neg = new ArrayList<>();
                for (ManifestCase c : cases) {
                    if (p.matcher(c.lowerText()).find()) {
                        if (c.expects(lex.kind())) {
                            pos.add(c.id());
                        }
                        if (c.negativeFor(lex.kind())) {
                            neg.add(c.id());
                        }
                    }
                }
                out.add(new Row(lex, first, pos, neg));
            }
        }
        return out;
    }

    private static Pattern compile(Lexicon lex, String first) {
        String file = lex.file();
        if (file.startsWith("incident-triggers")) {
            return Pattern.compile("\\b(?:" + first + ")\\b");
        }
        if (lex.blocker()) {
            return Pattern.compile(first.replaceAll("^\\^", "").replaceAll("\\$$", ""));
        }
        return Pattern.compile("\\b" + Pattern.quote(first.toLowerCase(Locale.ROOT)) + "\\b");
    }

    private static List<String> firstColumn(String file) {
        String path = "/newsgraph/lexicon/" + file;
        try (InputStream in = ManifestCoverage.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + path + " is not on the classpath");
            }
            List<String> rows = new ArrayList<>();
            boolean header = true;
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\t")[0]);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table written to target/manifest-coverage.txt, with a percentage line per lexicon. */
    static String table(List<Row> rows, List<String> summary) {
        StringBuilder sb = new StringBuilder("# lexicon row coverage by the phenomenon manifest\n"
                + "# lexicon\tpattern\tpositive cases\tnegative cases\n");
        for (Lexicon lex : LEXICONS) {
            List<Row> mine = rows.stream().filter(r -> r.lexicon() == lex).toList();
            long pos = mine.stream().filter(r -> !r.positive().isEmpty()).count();
            long neg = mine.stream().filter(r -> !r.negative().isEmpty()).count();
            long both = mine.stream().filter(r -> !r.positive().isEmpty() && !r.negative().isEmpty()).count();
            String line = String.format(Locale.ROOT, "%s: %d rows, positive %d%%, negative %d%%, both %d%%",
                    lex.file(), mine.size(), pct(pos, mine.size()), pct(neg, mine.size()), pct(both, mine.size()));
            summary.add(line);
            sb.append("\n## ").append(line).append('\n');
            for (Row r : mine) {
                sb.append(lex.file()).append('\t').append(r.pattern()).append('\t')
                        .append(r.positive().isEmpty() ? "-" : String.join(",", cap(r.positive()))).append('\t')
                        .append(r.negative().isEmpty() ? "-" : String.join(",", cap(r.negative()))).append('\n');
            }
        }
        return sb.toString();
    }

    private static List<String> cap(List<String> ids) {
        return ids.size() <= 4 ? ids : List.of(ids.get(0), ids.get(1), ids.get(2), "+" + (ids.size() - 3));
    }

    private static long pct(long n, long of) {
        return of == 0 ? 0 : Math.round(100.0 * n / of);
    }
}

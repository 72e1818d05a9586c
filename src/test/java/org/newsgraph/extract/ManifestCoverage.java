package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which rows of the five lexicons that decide incidents, meetings, agreements and statements the manifest
 * exercises, both ways. The test fails while any row lacks a positive or a negative case, so a row cannot be added
 * without its cases (see {@link PhenomenonManifestTest}).
 *
 * <p>What positive and negative mean: <b>positive</b> is a case in which the row does its work, <b>negative</b> a
 * case in which the row's words are in the text but the row must not do its work. Per lexicon:
 * <ul>
 * <li>incident-triggers.tsv (an event word): positive = the text matches the row and the case expects incidents;
 * negative = the text matches the row and the case forbids incidents and expects none ("struck a deal", "a general
 * strike", "prices hit a record": the words are there, no incident). For rows with a pos or requires column the
 * negative case should be the one those columns turn away (the other part of speech, an agent that is no armed
 * actor, no place after the verb).</li>
 * <li>incident-blockers.tsv and modality.tsv (a cue that stops an event word): positive = the cue is in the text
 * and it blocks: the case forbids incidents (or meetings; modality only) and expects none of that kind;
 * negative = the cue is in the text and does not block: the case expects incidents (or meetings), e.g. "would"
 * in the reporting clause of a real attack, "stop" as a past verb ("the army halted its offensive" is real).</li>
 * <li>agreement-nouns.tsv: positive = the noun is in the text and the case expects agreements; negative = the noun
 * is in the text and the case forbids agreements and expects none ("a great deal of", "a medical protocol").</li>
 * <li>reporting.tsv: positive = the phrase is in the text and the case expects statements; negative = the phrase is
 * in the text and the case forbids statements and expects none ("a declared enemy", "wrote off the debts").</li>
 * </ul>
 *
 * <p>How a row is matched against a case's lowercase text: trigger rows as the extractor matches them (word
 * boundaries added); blocker rows and modality phrase/clause rows anywhere, with their ^/$ anchors dropped (the
 * extractor anchors them at the event word, so this over-counts a little); agreement nouns and reporting phrases at
 * word boundaries. Modality word rows (via aux, neg, det, amod, mark, governor, irrealis, from, creates, aspectual,
 * existence) match the word or, for lemma rows (governor, irrealis, from, creates, aspectual, existence), any of its
 * inflected forms; a "from" row needs "from" later in the clause, an "aspectual" row "to" or an -ing form after the verb ("go" also "go on to"), the
 * existence row "take" needs "place". Coverage is by text, not by parse: the case's own mechanism field says which
 * reading it meant. Gap cases count (they document the row), marked * in the table.
 */
final class ManifestCoverage {
    /** How a lexicon's rows act: an event word that makes facts, or a cue that stops them. */
    enum Role { EVENT, CUE }

    /** One lexicon, the kinds of fact it decides and its role. */
    record Lexicon(String file, List<String> kinds, Role role) {
    }

    static final List<Lexicon> LEXICONS = List.of(
            new Lexicon("incident-triggers.tsv", List.of("incidents"), Role.EVENT),
            new Lexicon("incident-blockers.tsv", List.of("incidents"), Role.CUE),
            new Lexicon("agreement-nouns.tsv", List.of("agreements"), Role.EVENT),
            new Lexicon("reporting.tsv", List.of("statements"), Role.EVENT),
            new Lexicon("modality.tsv", List.of("incidents", "meetings"), Role.CUE));

    /** One lexicon row (its first column and the rest of it) and the cases that exercise it. */
    record Row(Lexicon lexicon, String pattern, String columns, List<String> positive, List<String> negative) {
        boolean covered() {
            return !positive.isEmpty() && !negative.isEmpty();
        }

        String name() {
            return lexicon.file() + " " + pattern + (columns.isEmpty() ? "" : " [" + columns + "]");
        }
    }

    private ManifestCoverage() {
    }

    static List<Row> measure(List<ManifestCase> cases) {
        List<Row> out = new ArrayList<>();
        for (Lexicon lex : LEXICONS) {
            for (String[] row : rows(lex.file())) {
                Pattern p = compile(lex, row);
                List<String> pos = new ArrayList<>();
                List<String> neg = new ArrayList<>();
                for (ManifestCase c : cases) {
                    if (!p.matcher(c.lowerText()).find()) {
                        continue;
                    }
                    String id = c.gap() == null ? c.id() : c.id() + "*";
                    boolean expects = lex.kinds().stream().anyMatch(c::expects);
                    boolean forbids = lex.kinds().stream().anyMatch(c::negativeFor);
                    if (lex.role() == Role.EVENT ? expects : forbids) {
                        pos.add(id);
                    }
                    if (lex.role() == Role.EVENT ? forbids : expects) {
                        neg.add(id);
                    }
                }
                out.add(new Row(lex, row[0], String.join(" ", Arrays.copyOfRange(row, 1, row.length)).trim(), pos, neg));
            }
        }
        return out;
    }

    /** The rows that lack a positive or a negative case, one line each. */
    static List<String> missing(List<Row> rows) {
        return rows.stream().filter(r -> !r.covered())
                .map(r -> r.name() + ": " + (r.positive().isEmpty() ? "no positive" : "")
                        + (r.positive().isEmpty() && r.negative().isEmpty() ? ", " : "")
                        + (r.negative().isEmpty() ? "no negative" : "") + " case")
                .toList();
    }

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("take", "take|takes|took|taken|taking"),
            Map.entry("begin", "begin|begins|began|begun|beginning"),
            Map.entry("hold", "hold|holds|held|holding"),
            Map.entry("keep", "keep|keeps|kept|keeping"),
            Map.entry("make", "make|makes|made|making"),
            Map.entry("go", "go|goes|went|gone|going"),
            Map.entry("set", "set|sets|setting"),
            Map.entry("seek", "seek|seeks|sought|seeking"),
            Map.entry("have", "have|has|had|having"),
            Map.entry("fear", "fear|fears|feared|fearing"),
            Map.entry("occur", "occur|occurs|occurred|occurring"),
            Map.entry("due", "due"),
            Map.entry("ready", "ready"),
            Map.entry("poised", "poised"),
            Map.entry("likely", "likely"));

    /** The regular expression for the inflected forms of a lemma ("stop": stop, stops, stopped, stopping). */
    static String forms(String lemma) {
        String irregular = IRREGULAR.get(lemma);
        if (irregular != null) {
            return "(?:" + irregular + ")";
        }
        String stem = lemma;
        List<String> f = new ArrayList<>(List.of(lemma));
        if (lemma.endsWith("e")) {
            stem = lemma.substring(0, lemma.length() - 1);
            f.addAll(List.of(lemma + "s", lemma + "d", stem + "ing"));
        } else if (lemma.endsWith("y") && !lemma.matches(".*[aeiou]y")) {
            stem = lemma.substring(0, lemma.length() - 1);
            f.addAll(List.of(stem + "ies", stem + "ied", lemma + "ing"));
        } else {
            f.addAll(List.of(lemma + "s", lemma + "es", lemma + "ed", lemma + "ing"));
            if (lemma.matches("[^aeiou]*[aeiou][bcdfgklmnprstvz]")) {
                String last = lemma.substring(lemma.length() - 1);
                f.addAll(List.of(lemma + last + "ed", lemma + last + "ing"));
            }
        }
        return "(?:" + String.join("|", f) + ")";
    }

    static Pattern compile(Lexicon lex, String[] row) {
        String first = row[0];
        switch (lex.file()) {
            case "incident-triggers.tsv" -> {
                return Pattern.compile("\\b(?:" + first + ")\\b");
            }
            case "incident-blockers.tsv" -> {
                return Pattern.compile(unanchored(first));
            }
            case "modality.tsv" -> {
                String via = row.length > 2 ? row[2] : "";
                return switch (via) {
                    case "phrase", "clause" -> Pattern.compile(unanchored(first));
                    case "aux", "neg", "det", "amod", "mark" -> Pattern.compile(switch (first) {
                        case "wo" -> "\\bwo(?:n't| n't)";
                        case "'ll" -> "\\w'll\\b";
                        case "n't" -> "n't\\b";
                        default -> "\\b" + Pattern.quote(first) + "\\b";
                    });
                    case "from" -> Pattern.compile("\\b" + forms(first) + "\\b[^.;]{0,70}\\bfrom\\b");
                    case "aspectual" -> Pattern.compile("\\b" + forms(first) + "(?:\\s+on)?\\s+(?:to\\b|\\w+ing\\b)");
                    case "existence" -> Pattern.compile("\\b" + forms(first) + "\\b" + (first.equals("take") ? "\\s+place\\b" : ""));
                    default -> Pattern.compile("\\b" + forms(first) + "\\b");
                };
            }
            default -> {
                return Pattern.compile("\\b" + Pattern.quote(first.toLowerCase(Locale.ROOT)) + "\\b");
            }
        }
    }

    private static String unanchored(String regex) {
        return regex.replaceAll("^\\^", "").replaceAll("\\$$", "");
    }

    private static List<String[]> rows(String file) {
        String path = "/newsgraph/lexicon/" + file;
        try (InputStream in = ManifestCoverage.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + path + " is not on the classpath");
            }
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\t"));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table written to target/manifest-coverage.txt, with a percentage line per lexicon. */
    static String table(List<Row> rows, List<String> summary) {
        StringBuilder sb = new StringBuilder("# lexicon row coverage by the phenomenon manifest\n"
                + "# positive: the row does its work in the case (an event word: the case expects facts of its kind;\n"
                + "#   a blocker or modality cue: the cue blocks, the case forbids incidents/meetings and expects none);\n"
                + "# negative: the row's words are in the text and it must not do its work (an event word: the case\n"
                + "#   forbids facts of its kind; a cue: the case still expects incidents/meetings).\n"
                + "# Matched by text, not by parse (see ManifestCoverage); * marks a case with a known gap.\n"
                + "# lexicon\tpattern\tcolumns\tpositive cases\tnegative cases\n");
        for (Lexicon lex : LEXICONS) {
            List<Row> mine = rows.stream().filter(r -> r.lexicon() == lex).toList();
            long pos = mine.stream().filter(r -> !r.positive().isEmpty()).count();
            long neg = mine.stream().filter(r -> !r.negative().isEmpty()).count();
            long both = mine.stream().filter(Row::covered).count();
            String line = String.format(Locale.ROOT, "%s: %d rows, positive %d%%, negative %d%%, both %d%%",
                    lex.file(), mine.size(), pct(pos, mine.size()), pct(neg, mine.size()), pct(both, mine.size()));
            summary.add(line);
            sb.append("\n## ").append(line).append('\n');
            for (Row r : mine) {
                sb.append(lex.file()).append('\t').append(r.pattern()).append('\t').append(r.columns()).append('\t')
                        .append(r.positive().isEmpty() ? "-" : String.join(",", cap(r.positive()))).append('\t')
                        .append(r.negative().isEmpty() ? "-" : String.join(",", cap(r.negative()))).append('\n');
            }
        }
        List<String> missing = missing(rows);
        sb.append("\n## rows without a positive or a negative case: ").append(missing.size()).append('\n');
        missing.forEach(m -> sb.append(m).append('\n'));
        return sb.toString();
    }

    private static List<String> cap(List<String> ids) {
        return ids.size() <= 4 ? ids : List.of(ids.get(0), ids.get(1), ids.get(2), "+" + (ids.size() - 3));
    }

    private static long pct(long n, long of) {
        return of == 0 ? 0 : Math.round(100.0 * n / of);
    }

    static String byLexicon(List<String> missing) {
        return missing.stream().collect(Collectors.joining("\n  ", "  ", ""));
    }
}

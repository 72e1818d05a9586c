package org.newsgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fuses statements that report the same utterance: the same speaker, dates that overlap (a day of slack for an
 * inferred one), and the same content — runs of four words in common (a quote and its rewording around it), or, for
 * a direct quote and its paraphrase, most of the content words of the shorter. An utterance is a connected group of
 * linked reports; a reported-speech report linked to a direct quote is marked as its paraphrase. Like
 * {@link EventFusion}, the links depend on the two reports alone, so the utterances do not depend on article order.
 */
public final class UtteranceFusion {
    /** Shared word 4-grams that make two reports of one speaker the same words. */
    static final int SAME_WORDS = 3;
    /** Shared content words, and their part of the shorter report, that make one a paraphrase of the other. */
    static final int PARAPHRASE_WORDS = 4;
    static final double PARAPHRASE_SHARE = 0.5;
    private static final Set<String> STOP = Set.of("that", "this", "with", "from", "have", "been", "were", "will",
            "would", "said", "says", "told", "their", "they", "them", "there", "which", "what", "when", "about",
            "also", "into", "than", "then", "these", "those", "only", "over", "after", "before", "could", "should",
            "being", "because", "while", "where", "other", "such", "more", "most", "very", "just", "added", "stated");

    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern ENDING = java.util.regex.Pattern.compile("(ies|es|s|ed|ing)$");

    private UtteranceFusion() {
    }

    /** A link between two reports of one utterance; {@code paraphrase} when one is a direct quote and one is not. */
    public record Link(String a, String b, double confidence, String evidence, boolean paraphrase) {
    }

    /** An utterance and its reports; {@code paraphrases} pairs each reported-speech report with a direct quote. */
    public record Utterance(String key, List<StatementReport> reports, List<Link> links, String speaker,
                            LocalDate earliest, LocalDate latest, int outlets, List<String[]> paraphrases) {
        public Utterance {
            reports = List.copyOf(reports);
            links = List.copyOf(links);
            paraphrases = List.copyOf(paraphrases);
        }
    }

    /** The link between two reports, or empty. */
    public static Optional<Link> compare(StatementReport a, StatementReport b) {
        if (!comparable(a, b)) {
            return Optional.empty();
        }
        Dictionary d = new Dictionary();
        return compare(a, b, d.words(a), d.words(b), d);
    }

    private static boolean comparable(StatementReport a, StatementReport b) {
        return !a.articleId().equals(b.articleId()) && a.speaker().equals(b.speaker()) && a.fusable() && b.fusable();
    }

    /**
     * As {@link #compare(StatementReport, StatementReport)}, with each report's 4-grams and content words as ids of
     * one dictionary: every pair of a block is compared (the links decide the paraphrases), so what two reports share
     * is counted by merging sorted ids, not by looking strings up in sets.
     */
    private static Optional<Link> compare(StatementReport a, StatementReport b, Words wa, Words wb, Dictionary d) {
        if (!comparable(a, b)) {
            return Optional.empty();
        }
        int slack = a.inferred() || b.inferred() ? 1 : 0;
        if (a.earliest().minusDays(slack).isAfter(b.latest()) || b.earliest().minusDays(slack).isAfter(a.latest())) {
            return Optional.empty();
        }
        int shared = shared(wa.shingles(), wb.shingles());
        boolean paraphrase = a.direct() != b.direct();
        if (shared >= SAME_WORDS) {
            return Optional.of(link(a, b, Math.min(0.95, 0.6 + 0.05 * shared), "same speaker, same days, " + shared
                    + " runs of four words in common", paraphrase));
        }
        int common = shared(wa.content(), wb.content());
        int smaller = Math.min(wa.content().length, wb.content().length);
        if (common >= PARAPHRASE_WORDS && common >= PARAPHRASE_SHARE * smaller) {
            return Optional.of(link(a, b, Math.min(0.85, 0.5 + 0.05 * common), "same speaker, same days, "
                    + "content words in common: " + String.join(", ", d.common(wa.content(), wb.content())),
                    paraphrase));
        }
        return Optional.empty();
    }

    /** How many ids two sorted arrays of distinct ids share. */
    static int shared(int[] a, int[] b) {
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    /** A report's distinct word 4-grams and content words, each as sorted ids of a {@link Dictionary}. */
    private record Words(int[] shingles, int[] content) {
    }

    /** Ids for the 4-grams and content words of the reports compared together. */
    private static final class Dictionary {
        private final Map<String, Integer> ids = new java.util.HashMap<>();
        private final List<String> words = new ArrayList<>();

        Words words(StatementReport r) {
            return new Words(ids(NewsCycleDating.shingles(r.words())), ids(content(r.words())));
        }

        private int[] ids(Set<String> distinct) {
            int[] out = new int[distinct.size()];
            int i = 0;
            for (String w : distinct) {
                out[i++] = ids.computeIfAbsent(w, k -> {
                    this.words.add(k);
                    return this.words.size() - 1;
                });
            }
            java.util.Arrays.sort(out);
            return out;
        }

        /** The words both have, in their natural order. */
        Set<String> common(int[] a, int[] b) {
            Set<String> out = new TreeSet<>();
            Set<Integer> inB = new java.util.HashSet<>();
            for (int id : b) {
                inB.add(id);
            }
            for (int id : a) {
                if (inB.contains(id)) {
                    out.add(words.get(id));
                }
            }
            return out;
        }
    }

    private static Link link(StatementReport a, StatementReport b, double confidence, String why, boolean paraphrase) {
        boolean ordered = a.id().compareTo(b.id()) <= 0;
        return new Link(ordered ? a.id() : b.id(), ordered ? b.id() : a.id(), Math.round(confidence * 100) / 100.0,
                why, paraphrase);
    }

    /** The utterances the reports make, every report in exactly one, ordered by key; independent of input order. */
    public static List<Utterance> cluster(Collection<StatementReport> input) {
        Map<String, StatementReport> byId = new TreeMap<>();
        input.forEach(r -> byId.putIfAbsent(r.id(), r));
        List<StatementReport> reports = new ArrayList<>(byId.values());
        Components components = new Components(byId.keySet());
        List<Link> links = new ArrayList<>();
        Dictionary d = new Dictionary();
        List<Words> words = reports.stream().map(d::words).toList();
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                Optional<Link> l = compare(reports.get(i), reports.get(j), words.get(i), words.get(j), d);
                if (l.isPresent()) {
                    links.add(l.get());
                    components.union(l.get().a(), l.get().b());
                }
            }
        }
        Map<String, List<Link>> byRoot = new java.util.HashMap<>();
        links.forEach(l -> byRoot.computeIfAbsent(components.find(l.a()), k -> new ArrayList<>()).add(l));
        List<Utterance> out = new ArrayList<>();
        components.groups(new ArrayList<>(byId.keySet())).forEach((key, ids) -> {
            List<StatementReport> members = ids.stream().map(byId::get).toList();
            List<Link> all = byRoot.getOrDefault(key, List.of());
            out.add(fuse(key, members, Components.spanningTree(key, all, Link::a, Link::b), all, byId));
        });
        return out;
    }

    private static Utterance fuse(String key, List<StatementReport> members, List<Link> links, List<Link> all,
                                  Map<String, StatementReport> byId) {
        LocalDate from = null;
        LocalDate to = null;
        Set<String> outlets = new TreeSet<>();
        for (StatementReport r : members) {
            if (r.fusable()) {
                from = from == null || r.earliest().isAfter(from) ? r.earliest() : from;
                to = to == null || r.latest().isBefore(to) ? r.latest() : to;
            }
            outlets.addAll(r.sources().isEmpty() ? Set.of("article:" + r.articleId()) : r.sources());
        }
        if (from != null && to != null && from.isAfter(to)) {
            from = null;
            to = null;
        }
        if (from == null && members.size() == 1 && members.get(0).earliest() != null) {
            from = members.get(0).earliest();
            to = members.get(0).latest();
        }
        // each reported-speech report paraphrases the first direct quote (by id) it is linked to
        Map<String, String> quoteOf = new TreeMap<>();
        for (Link l : all) {
            if (l.paraphrase()) {
                boolean aDirect = byId.get(l.a()).direct();
                String indirect = aDirect ? l.b() : l.a();
                String direct = aDirect ? l.a() : l.b();
                quoteOf.merge(indirect, direct, (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
        }
        List<String[]> paraphrases = new ArrayList<>();
        quoteOf.forEach((indirect, direct) -> paraphrases.add(new String[] {indirect, direct}));
        return new Utterance(key, members, links, members.get(0).speaker(), from, to, outlets.size(), paraphrases);
    }

    /** Content words, lower-cased, a crude stem (plural and past endings cut), stop words and short words out. */
    static Set<String> content(String s) {
        Set<String> out = new TreeSet<>();
        for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
            if (w.length() < 4 || STOP.contains(w)) {
                continue;
            }
            out.add(ENDING.matcher(w).replaceFirst(""));
        }
        return out;
    }

    /** The candidates linked to at least one of the reports, each report's words read once. */
    public static List<StatementReport> linkedTo(List<StatementReport> mine, List<StatementReport> candidates) {
        Dictionary d = new Dictionary();
        List<Words> mineWords = mine.stream().map(d::words).toList();
        List<StatementReport> out = new ArrayList<>();
        for (StatementReport c : candidates) {
            Words cw = null;
            for (int i = 0; i < mine.size(); i++) {
                if (!comparable(mine.get(i), c)) {
                    continue;
                }
                cw = cw == null ? d.words(c) : cw;
                if (compare(mine.get(i), c, mineWords.get(i), cw, d).isPresent()) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }
}

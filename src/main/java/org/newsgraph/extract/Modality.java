package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.config.Tsv;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Whether a text asserts that an event happened, or only negates, conditions, plans, threatens, denies, prevents,
 * demands or fears it. One component, fed from {@code lexicon/modality.tsv}, for incidents, meetings, agreements and
 * the date resolver.
 *
 * <p>On a parsed sentence it walks up the dependency tree from the event's word: "Turkey threatened to launch an
 * offensive" reaches "threatened" through obj and xcomp; "if the army attacks" finds the subordinator on the event's
 * verb; "Russia denied that its jets had bombed the market" reaches "denied" through ccomp. The walk stops at a
 * reporting verb ("the ministry said its forces captured the town" asserts the capture, attributed to the ministry)
 * and at a coordinated verb with a subject of its own. On an unparsed sentence the phrase rows are matched against
 * the words just before the event in its clause.
 */
final class Modality {
    /** How a text holds an event. */
    enum Kind {
        NEGATED, HYPOTHETICAL, FUTURE, CONDITIONAL, INTENDED, THREATENED, DENIED, PREVENTED, DEMANDED, FEARED;

        static Kind parse(String s) {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** An event not asserted, and the word that says so. */
    record Reading(Kind kind, String cue) {
    }

    /** Relations a walk climbs from an event word to what governs it. */
    private static final Set<String> CLIMB = Set.of("xcomp", "ccomp", "obj", "nmod", "obl", "acl", "advcl", "conj",
            "nsubj", "csubj");
    /** Relations through which the walk goes on above the governing word: the event is its complement. */
    private static final Set<String> PASS_THROUGH = Set.of("xcomp", "ccomp", "obj", "conj");
    private static final int MAX_STEPS = 6;
    private static volatile Modality shared;

    private final Map<String, Map<String, Kind>> byVia = new HashMap<>();
    private final List<PhraseCue> phrases = new ArrayList<>();
    private final List<Pattern> futureClauses = new ArrayList<>();
    private final Set<String> reportingWords;

    private record PhraseCue(Pattern pattern, Kind kind) {
    }

    /** The walk met an attachment the parser left unlabelled ("dep"): the words decide instead. */
    private static final Reading UNSURE = new Reading(null, "dep");

    private Modality(Lexicons lex) {
        for (Tsv.Row r : Tsv.read("newsgraph/lexicon/modality.tsv")) {
            String via = r.require("via").strip();
            Kind kind = Kind.parse(r.require("kind"));
            String cue = r.require("cue");
            switch (via) {
                case "phrase" -> phrases.add(new PhraseCue(Pattern.compile(cue), kind));
                case "clause" -> futureClauses.add(Pattern.compile("(?i)" + cue));
                case "aux", "neg", "det", "amod", "mark", "governor", "irrealis", "from", "existence", "creates", "aspectual" ->
                        byVia.computeIfAbsent(via, v -> new HashMap<>()).put(cue.strip().toLowerCase(Locale.ROOT), kind);
                default -> throw new IllegalStateException(r.file() + ":" + r.line() + ": unknown via '" + via + "'");
            }
        }
        Set<String> words = new java.util.HashSet<>();
        for (Lexicons.Cue c : lex.cues) {
            if (c.kind().equals("speech") && !c.phrase().contains(" ")) {
                words.add(c.phrase().toLowerCase(Locale.ROOT));
            }
        }
        words.addAll(Set.of("say", "tell", "report", "announce", "add", "claim", "state", "confirm", "write", "note",
                "insist", "accuse", "allege"));
        reportingWords = Set.copyOf(words);
    }

    static Modality load() {
        Modality m = shared;
        if (m == null) {
            synchronized (Modality.class) {
                if (shared == null) {
                    shared = new Modality(Lexicons.load());
                }
                m = shared;
            }
        }
        return m;
    }

    /**
     * How the sentence holds the event whose words are {@code event}: null when it asserts it happened.
     *
     * @param clauseStart where the event's clause starts, for the surface fallback on an unparsed sentence
     */
    Reading of(String text, Sentence s, Span event, int clauseStart) {
        int head = headOf(s, event);
        if (head >= 0) {
            Reading r = walk(s, head);
            if (r != UNSURE) {
                return r;
            }
        }
        String before = text.substring(Math.max(clauseStart, event.begin() - 80), event.begin())
                .toLowerCase(Locale.ROOT);
        for (PhraseCue p : phrases) {
            java.util.regex.Matcher m = p.pattern().matcher(before);
            if (m.find()) {
                return new Reading(p.kind(), m.group().strip());
            }
        }
        return null;
    }

    /** True when the words before a time expression in its clause put it in the future ("patrols will start"). */
    boolean futureClause(String clauseBefore) {
        return futureClauses.stream().anyMatch(p -> p.matcher(clauseBefore).find());
    }

    /** The word of a span that the rest hangs from (its head in the parse), or -1 when the sentence is unparsed. */
    static int headOf(Sentence s, Span span) {
        int found = -1;
        for (Token t : s.tokens()) {
            if (!t.isAnalyzed()) {
                return -1;
            }
            if (span.contains(t.span()) && t.isWord()) {
                Token h = s.head(t);
                if (h == null || !span.contains(h.span())) {
                    // prefer a verb or noun head over a particle
                    if (found < 0 || !s.tokens().get(found).hasPos("VB") && !s.tokens().get(found).hasPos("NN")) {
                        found = t.index();
                    }
                }
            }
        }
        return found;
    }

    private Reading walk(Sentence s, int start) {
        int cur = start;
        String via = null;   // the relation by which the walk reached cur
        for (int step = 0; step < MAX_STEPS; step++) {
            Token t = s.tokens().get(cur);
            Reading own = own(s, t, step == 0, via);
            if (own != null) {
                return own;
            }
            Token h = s.head(t);
            if (h == null || t.deprel() == null) {
                return null;
            }
            if (t.hasRelation("dep") || h.hasRelation("dep")) {
                return UNSURE;
            }
            String rel = t.deprel().contains(":") ? t.deprel().substring(0, t.deprel().indexOf(':')) : t.deprel();
            if (!CLIMB.contains(rel)) {
                return null;
            }
            if (rel.equals("conj") && s.child(t.index(), "nsubj") != null) {
                return null;    // "Turkey did not retaliate, and Syrian forces shelled the post": its own clause
            }
            Reading gov = governor(s, h, t, rel);
            if (gov != null) {
                return gov;
            }
            if (isReporting(h)) {
                return null;
            }
            if (rel.equals("nsubj") || rel.equals("csubj")) {
                // "an attack would be catastrophic": the predicate's modal holds the subject; nothing above it does
                Token modal = auxOf(s, h);
                if (modal != null) {
                    return new Reading(kind("aux", modal), modal.text());
                }
                // "the attack never happened", "no such shelling took place"
                String lemma = (h.lemma() == null ? h.text() : h.lemma()).toLowerCase(Locale.ROOT);
                if (byVia.getOrDefault("existence", Map.of()).containsKey(lemma)) {
                    Reading neg = own(s, h, false, null);
                    if (neg != null) {
                        return neg;
                    }
                }
                return markOf(s, h);
            }
            if (rel.equals("obj") && t.hasPos("NN") && !byVia.getOrDefault("creates", Map.of()).containsKey(lemmaOf(h))) {
                // "would continue to back an offensive": the offensive is there, backed or not; but the object of an
                // aim is not ("needed to shut down rebel attacks", "sent troops to repel an assault")
                return aim(s, h);
            }
            if (!PASS_THROUGH.contains(rel)) {
                // "Turkey vowed to retaliate for the attack", "... will respond after soldiers were killed": what
                // governs a modifier does not make the event it names unreal
                return null;
            }
            via = rel;
            cur = h.index();
        }
        return null;
    }

    /** The cues on a word itself: its auxiliaries, negation, subordinator, and for a noun its determiner/adjective. */
    private Reading own(Sentence s, Token t, boolean eventWord, String via) {
        Token modal = auxOf(s, t);
        if (modal != null) {
            return new Reading(kind("aux", modal), modal.text());
        }
        for (Token c : s.dependents(t.index())) {
            String w = c.text().toLowerCase(Locale.ROOT);
            if ((c.hasRelation("advmod") || c.hasRelation("neg")) && kind("neg", w) != null) {
                return new Reading(kind("neg", w), c.text());
            }
            if (eventWord && t.hasPos("NN") && c.hasRelation("det") && kind("det", w) != null) {
                return new Reading(kind("det", w), c.text());
            }
            if (eventWord && t.hasPos("NN") && c.hasRelation("amod") && kind("amod", w) != null) {
                return new Reading(kind("amod", w), c.text());
            }
        }
        if (eventWord || "obj".equals(via)) {
            Reading aim = aim(s, t);
            if (aim != null) {
                return aim;
            }
        }
        return eventWord || "xcomp".equals(via) || "conj".equals(via) ? markOf(s, t) : null;
    }

    private Token auxOf(Sentence s, Token t) {
        for (Token c : s.children(t.index(), "aux")) {
            if (kind("aux", c) != null) {
                return c;
            }
        }
        return null;
    }

    private Reading markOf(Sentence s, Token t) {
        for (Token c : s.children(t.index(), "mark")) {
            Kind k = kind("mark", c.text().toLowerCase(Locale.ROOT));
            if (k != null) {
                return new Reading(k, c.text());
            }
        }
        return null;
    }

    /** A governing word that makes what hangs from it unreal ("threatened to", "denied", "a halt to"). */
    private Reading governor(Sentence s, Token h, Token dependent, String rel) {
        String lemma = (h.lemma() == null ? h.text() : h.lemma()).toLowerCase(Locale.ROOT);
        Kind k = byVia.getOrDefault("governor", Map.of()).get(lemma);
        if (k != null && (k == Kind.DENIED || !rel.equals("ccomp") && !rel.equals("nsubj") && !rel.equals("csubj"))) {
            return new Reading(k, h.text());
        }
        Kind from = byVia.getOrDefault("from", Map.of()).get(lemma);
        if (from != null && s.dependents(dependent.index()).stream()
                .anyMatch(c -> (c.hasRelation("mark") || c.hasRelation("case")) && c.text().equalsIgnoreCase("from"))) {
            return new Reading(from, h.text());    // "kept the militants from firing", "stopped them from advancing"
        }
        Kind irrealis = byVia.getOrDefault("irrealis", Map.of()).get(lemma);
        if (irrealis != null) {
            // "to stop the bombing", "calls to halt the offensive"; "a halt to the offensive", "an end to the attacks"
            boolean infinitive = h.hasPos("VB") && !h.hasPos("VBD") && !h.hasPos("VBN") && !h.hasPos("VBZ")
                    && !h.hasPos("VBP") && !h.hasPos("VBG");
            boolean nounTo = h.hasPos("NN") && s.children(dependent.index(), "case").stream()
                    .anyMatch(c -> c.text().equalsIgnoreCase("to"));
            if (infinitive || nounTo) {
                return new Reading(irrealis, h.text());
            }
        }
        return null;
    }

    /**
     * An infinitive is an aim ("troops were sent to repel an attack", "moved to capture the town"), unless it says
     * what went on ("continued to shell", "began to advance"); then what governs it decides.
     */
    private Reading aim(Sentence s, Token t) {
        if (!t.hasPos("VB") || s.children(t.index(), "mark").stream().noneMatch(c -> c.text().equalsIgnoreCase("to"))) {
            return null;
        }
        Token g = s.head(t);
        return g != null && byVia.getOrDefault("aspectual", Map.of()).containsKey(lemmaOf(g)) ? null
                : new Reading(Kind.INTENDED, "to " + t.text());
    }

    private static String lemmaOf(Token t) {
        return (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    private boolean isReporting(Token t) {
        if (!t.hasPos("VB")) {
            return false;
        }
        return reportingWords.contains(t.text().toLowerCase(Locale.ROOT))
                || t.lemma() != null && reportingWords.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    private Kind kind(String via, Token t) {
        Kind k = kind(via, t.text().toLowerCase(Locale.ROOT));
        return k != null || t.lemma() == null ? k : kind(via, t.lemma().toLowerCase(Locale.ROOT));
    }

    private Kind kind(String via, String word) {
        return byVia.getOrDefault(via, Map.of()).get(word);
    }
}

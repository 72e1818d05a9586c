package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence can yield a fact, decided before its dependency parse: the parse (most of the cost of
 * extraction) is then run only for the sentences that can use it. A sentence can yield a fact when it holds what one
 * of the extractors starts from: a quotation mark, a reporting cue ({@code lexicon/reporting.tsv}), an incident
 * trigger ({@code incident-triggers.tsv}), a meeting word ({@code meeting-triggers.tsv}), an agreement noun
 * ({@code agreement-nouns.tsv} and the catalogue's entry nouns) or an agreeing verb (the catalogue's verbal cues).
 * The extractors read dependencies only in such sentences, so the facts are the same (the evaluation sets are the
 * check); every other sentence keeps its words, parts of speech, lemmas and named entities.
 */
public final class FactCues {
    private static final Pattern QUOTE = Pattern.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]");
    private static volatile FactCues shared;

    private final List<Pattern> patterns;
    private final List<Lexicons.Trigger> triggers;
    private final Set<String> verbalLemmas;

    private FactCues(Lexicons lex, AgreementCatalogue catalogue) {
        List<Pattern> p = new ArrayList<>();
        p.add(QUOTE);
        p.add(Pattern.compile("(?i)(?<![\\p{L}])(?:" + Text.alternation(lex.cues.stream().map(Lexicons.Cue::phrase)
                .toList()) + ")(?![\\p{L}])"));
        Set<String> nouns = new HashSet<>(lex.agreementNouns.keySet());
        nouns.addAll(catalogue.entryNouns());
        p.add(Pattern.compile("(?i)(?<![\\p{L}-])(?:" + Text.alternation(nouns) + ")"));
        p.add(MeetingExtractor.TRIGGER);
        this.patterns = List.copyOf(p);
        this.triggers = lex.triggers;
        this.verbalLemmas = Set.copyOf(catalogue.cues.verbal());
    }

    /** The cues of the shipped lexicons. */
    public static FactCues load() {
        FactCues f = shared;
        if (f == null) {
            synchronized (FactCues.class) {
                if (shared == null) {
                    shared = new FactCues(Lexicons.load(), AgreementCatalogue.load());
                }
                f = shared;
            }
        }
        return f;
    }

    /**
     * True when the sentence holds a cue of some extractor.
     *
     * @param text   the sentence
     * @param lemmas its words' lemmas, as the tagger gives them
     */
    public boolean mayYieldFact(String text, List<String> lemmas) {
        for (String l : lemmas) {
            if (l != null && verbalLemmas.contains(l.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        // the incident extractor matches its triggers in lower case, and so must this
        String lower = text.toLowerCase(Locale.ROOT);
        for (Pattern p : patterns) {
            if (p.matcher(lower).find()) {
                return true;
            }
        }
        for (Lexicons.Trigger t : triggers) {
            if (t.mayMatch(lower) && t.pattern().matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }
}

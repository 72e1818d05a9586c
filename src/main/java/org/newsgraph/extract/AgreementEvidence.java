package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * What an article says around one agreement noun, as the catalogue scores it.
 *
 * @param phrase          the noun phrase as written ("the Russian-Turkish memorandum")
 * @param window          the clause around it, lowercase, for subject words
 * @param kinds           kinds its nouns suggest ("ceasefire deal": ceasefire and agreement)
 * @param explicitParties parties the wording attaches to itself: in the noun phrase ("US-brokered"), after
 *                        "between", "with", "by" ("a truce brokered by Moscow and Ankara"), as possessor, or as subject
 *                        of the verb concluding it ("Russia and Turkey inked a deal")
 * @param sentenceParties states, named armed groups and organisations anywhere in the sentence
 * @param times           its own time expressions, nearest after the noun first (a year in the phrase first of all)
 * @param timeBefore      true when the first of them stands before the noun, where it may date another event
 * @param places          places named in the clause, not as a party ("the deal reached in Moscow")
 * @param earlier         catalogue keys the article referred to before
 * @param published       the article date, or null
 */
record AgreementEvidence(String phrase, String window, Set<String> kinds, Set<String> explicitParties,
                         Set<String> sentenceParties, List<TimeValue> times, boolean timeBefore, Set<String> places, Set<String> earlier,
                         LocalDate published) {
    AgreementEvidence {
        kinds = Set.copyOf(kinds);
        explicitParties = Set.copyOf(explicitParties);
        sentenceParties = Set.copyOf(sentenceParties);
        times = List.copyOf(times);
        places = Set.copyOf(places);
        earlier = Set.copyOf(earlier);
    }

    /** The party a mention stands for: a state, named armed group or organisation; a capital or leader for its state. */
    static String party(Entity e, Gazetteer gazetteer) {
        if (!e.known() || e.key().equals("armed-groups-unnamed")) {
            return null;
        }
        return switch (e.type()) {
            case STATE, ARMED_GROUP, INTERNATIONAL_ORGANIZATION -> e.key();
            case PLACE -> e.firstProp("metonymFor");
            case PERSON -> e.firstProp("affiliation");
            default -> null;
        };
    }

    /**
     * Parties attached to an agreement noun in the parse, and in its premodifiers ("Russian-Turkish"). Needs the
     * dependency parse for all but the premodifiers.
     *
     * @param noun     the agreement noun's token
     * @param premod   the words between the determiner and the noun
     */
    static Set<String> explicitParties(ArticleContext ctx, Sentence s, Token noun, Span premod,
                                       AgreementCatalogue.Cues cues) {
        Set<String> out = new TreeSet<>();
        for (Token t : s.tokens()) {
            if (premod.contains(t.span())) {
                for (String part : t.text().split("-")) {
                    addWord(out, part, ctx.gazetteer, cues);
                }
            }
        }
        if (noun == null || !noun.isAnalyzed()) {
            return out;
        }
        Token verb = s.head(noun);
        boolean concluded = verb != null && cues.concludeVerbs().contains(lemma(verb))
                && (noun.hasRelation("obj") || noun.hasRelation("obl") || noun.hasRelation("nsubj:pass"));
        for (Token t : s.tokens()) {
            if (premod.contains(t.span()) || !partyPosition(s, t, noun, concluded ? verb : null, cues)) {
                continue;
            }
            Mention m = mentionAt(ctx, s, t);
            String p = m == null ? null : party(m.entity(), ctx.gazetteer);
            if (p != null) {
                out.add(p);
            } else {
                // "the Kurds" may be a mention of no party (an unnamed group): the lexicon still names one
                addWord(out, t.text(), ctx.gazetteer, cues);
            }
        }
        return out;
    }

    /**
     * True when a token stands where a party of the agreement stands: possessor of the noun, object of "between",
     * "with" or "by" inside the noun's phrase or on the verb concluding it, or subject of a concluding verb there.
     */
    private static boolean partyPosition(Sentence s, Token t, Token noun, Token verb, AgreementCatalogue.Cues cues) {
        Token h = t;
        // "between Russia and Turkey": Turkey is a conjunct of Russia and shares its position
        for (int steps = 0; h.hasRelation("conj") && s.head(h) != null && steps < 10; steps++) {
            h = s.head(h);
        }
        Token gov = s.head(h);
        if (gov == null) {
            return false;
        }
        // "entered the town under the deal with the Kurds": the parser may attach the phrase right after the noun
        // to the verb; a party preposition right after the noun still introduces its party
        if (s.children(h.index(), "case").stream().anyMatch(c -> c.index() == noun.index() + 1
                && cues.partyCases().contains(lemma(c)))) {
            return true;
        }
        boolean inPhrase = gov.index() == noun.index() || s.governs(noun.index(), gov.index());
        boolean onVerb = verb != null && gov.index() == verb.index();
        if (!inPhrase && !onVerb) {
            return false;
        }
        if (h.hasRelation("nmod:poss")) {
            return gov.index() == noun.index();
        }
        if (h.hasRelation("nsubj") && !h.hasRelation("nsubj:pass")) {
            return cues.concludeVerbs().contains(lemma(gov));
        }
        return s.children(h.index(), "case").stream().anyMatch(c -> cues.partyCases().contains(lemma(c)));
    }

    private static String lemma(Token t) {
        return (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    private static Mention mentionAt(ArticleContext ctx, Sentence s, Token t) {
        for (Mention m : ctx.mentionsIn(s.span())) {
            if (m.span().contains(t.span())) {
                return m;
            }
        }
        return null;
    }

    /** A word naming a party: "Kurds" (lexicon), a demonym ("Russian"), a name or alias ("EU", "Damascus"). */
    private static void addWord(Set<String> out, String word, Gazetteer gazetteer, AgreementCatalogue.Cues cues) {
        if (word.isBlank()) {
            return;
        }
        String p = cues.partyWords().get(word.toLowerCase(Locale.ROOT));
        if (p == null) {
            Entity e = gazetteer.stateForDemonym(word);
            if (e == null) {
                e = gazetteer.byAlias(word);
            }
            p = e == null ? null : party(e, gazetteer);
        }
        if (p != null) {
            out.add(p);
        }
    }

    /** Parties named anywhere in a sentence, as states, named armed groups and organisations. */
    static Set<String> sentenceParties(ArticleContext ctx, Sentence s) {
        Set<String> out = new TreeSet<>();
        for (Mention m : ctx.mentionsIn(s.span())) {
            EntityType t = m.entity().type();
            if (t == EntityType.STATE || t == EntityType.ARMED_GROUP || t == EntityType.INTERNATIONAL_ORGANIZATION) {
                String p = party(m.entity(), ctx.gazetteer);
                if (p != null) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}

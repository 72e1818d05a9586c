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
 * @param brokers         parties or mediators it is said to be brokered by ("a truce brokered by Moscow and Ankara",
 *                        "the US-brokered pause"): they count for an entry that has them, and not against one that
 *                        lacks them (Russia brokered the SDF's deal with Damascus without being a party)
 * @param sentenceParties states, named armed groups and organisations anywhere in the sentence
 * @param times           its own time expressions, nearest after the noun first (a year in the phrase first of all)
 * @param timeBefore      true when the first of them stands before the noun, where it may date another event
 * @param places          places named in the clause, not as a party ("the deal reached in Moscow")
 * @param earlier         catalogue keys the article referred to before
 * @param published       the article date, or null
 */
record AgreementEvidence(String phrase, String window, Set<String> kinds, Set<String> explicitParties,
                         Set<String> brokers, Set<String> sentenceParties, List<TimeValue> times, boolean timeBefore, Set<String> places, Set<String> earlier,
                         LocalDate published) {
    AgreementEvidence {
        kinds = Set.copyOf(kinds);
        explicitParties = Set.copyOf(explicitParties);
        brokers = Set.copyOf(brokers);
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

    /** Parties a wording attaches to itself, and those it names as brokers. */
    record Attached(Set<String> parties, Set<String> brokers) {
    }

    /**
     * Parties attached to an agreement noun in the parse, and in its premodifiers ("Russian-Turkish", "US-brokered").
     * Needs the dependency parse for all but the premodifiers.
     *
     * @param noun     the agreement noun's token
     * @param premod   the words between the determiner and the noun
     */
    static Attached attached(ArticleContext ctx, Sentence s, Token noun, Span premod, AgreementCatalogue.Cues cues) {
        Set<String> parties = new TreeSet<>();
        Set<String> brokers = new TreeSet<>();
        for (Token t : s.tokens()) {
            if (premod.contains(t.span())) {
                String[] parts = t.text().split("-");
                boolean brokered = java.util.Arrays.stream(parts)
                        .anyMatch(w -> cues.brokerMarks().contains(w.toLowerCase(Locale.ROOT)));
                for (String part : parts) {
                    addWord(brokered ? brokers : parties, part, ctx.gazetteer, cues);
                }
            }
        }
        if (noun == null || !noun.isAnalyzed()) {
            return new Attached(parties, brokers);
        }
        Token verb = s.head(noun);
        boolean concluded = verb != null && cues.concludeVerbs().contains(lemma(verb))
                && (noun.hasRelation("obj") || noun.hasRelation("obl") || noun.hasRelation("nsubj:pass"));
        for (Token t : s.tokens()) {
            if (premod.contains(t.span())) {
                continue;
            }
            Position pos = position(s, t, noun, concluded ? verb : null, cues);
            if (pos == Position.NONE) {
                continue;
            }
            Set<String> into = pos == Position.BROKER ? brokers : parties;
            Mention m = mentionAt(ctx, s, t);
            String p = m == null ? null : party(m.entity(), ctx.gazetteer);
            if (p != null) {
                into.add(p);
            } else {
                // "the Kurds" may be a mention of no party (an unnamed group): the lexicon still names one;
                // "Kurdish forces": the modifier names it
                addWord(into, t.text(), ctx.gazetteer, cues);
                s.children(t.index(), "amod").forEach(a -> addWord(into, a.text(), ctx.gazetteer, cues));
            }
        }
        return new Attached(parties, brokers);
    }

    private enum Position { NONE, PARTY, BROKER }

    /**
     * Where a token stands to the agreement: a party as possessor of the noun, object of "between" or "with" inside
     * the noun's phrase or on the verb concluding it, or subject of a concluding verb there; a broker after "by".
     */
    private static Position position(Sentence s, Token t, Token noun, Token verb, AgreementCatalogue.Cues cues) {
        Token h = t;
        // "between Russia and Turkey": Turkey is a conjunct of Russia and shares its position
        for (int steps = 0; h.hasRelation("conj") && s.head(h) != null && steps < 10; steps++) {
            h = s.head(h);
        }
        Token gov = s.head(h);
        if (gov == null) {
            return Position.NONE;
        }
        List<Token> cases = s.children(h.index(), "case");
        // "entered the town under the deal with the Kurds": the parser may attach the phrase right after the noun
        // to the verb; a party preposition right after the noun still introduces its party
        boolean rightAfter = cases.stream().anyMatch(c -> c.index() == noun.index() + 1);
        boolean inPhrase = rightAfter || gov.index() == noun.index() || s.governs(noun.index(), gov.index());
        boolean onVerb = verb != null && gov.index() == verb.index();
        if (!inPhrase && !onVerb) {
            return Position.NONE;
        }
        if (h.hasRelation("nmod:poss")) {
            return gov.index() == noun.index() ? Position.PARTY : Position.NONE;
        }
        if (h.hasRelation("nsubj") && !h.hasRelation("nsubj:pass")) {
            return cues.concludeVerbs().contains(lemma(gov)) ? Position.PARTY : Position.NONE;
        }
        if (cases.stream().anyMatch(c -> cues.brokerCases().contains(lemma(c)))) {
            return Position.BROKER;
        }
        return cases.stream().anyMatch(c -> cues.partyCases().contains(lemma(c))) ? Position.PARTY : Position.NONE;
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

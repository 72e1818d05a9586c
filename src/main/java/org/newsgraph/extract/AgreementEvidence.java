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
 * @param noun            the noun heading it when that noun names one catalogue entry only ("statement" in "the 2016
 *                        EU-Turkey Statement"), lowercase; null for the nouns of every agreement
 * @param article         the whole article, lowercase: what it is about breaks a tie between entries with the same
 *                        parties (a Sochi summit story full of the YPG and the border is about the 2019 memorandum)
 */
record AgreementEvidence(String phrase, String window, Set<String> kinds, Set<String> explicitParties,
                         Set<String> brokers, Set<String> sentenceParties, List<TimeValue> times, boolean timeBefore,
                         Set<String> places, Set<String> earlier, LocalDate published, String noun, String article) {
    /** Evidence around a noun of every agreement ("deal", "ceasefire"), the article's other words not counted. */
    AgreementEvidence(String phrase, String window, Set<String> kinds, Set<String> explicitParties,
                      Set<String> brokers, Set<String> sentenceParties, List<TimeValue> times, boolean timeBefore,
                      Set<String> places, Set<String> earlier, LocalDate published) {
        this(phrase, window, kinds, explicitParties, brokers, sentenceParties, times, timeBefore, places, earlier,
                published, null, "");
    }

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

    /**
     * Parties a wording attaches to itself, those it names as brokers, and among the parties those that are the
     * subject of the verb concluding it ("the US and Russia struck separate deals with Erdogan": the US and Russia).
     */
    record Attached(Set<String> parties, Set<String> brokers, Set<String> subjects) {
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
        Set<String> subjects = new TreeSet<>();
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
            return new Attached(parties, brokers, subjects);
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
            Set<String> found = partiesOf(ctx, s, t, cues);
            into.addAll(found);
            if (pos == Position.SUBJECT) {
                subjects.addAll(found);
            }
        }
        return new Attached(parties, brokers, subjects);
    }

    /** The party a token names: its mention's, or a lexicon word, demonym or alias of it or its adjectives. */
    private static Set<String> partiesOf(ArticleContext ctx, Sentence s, Token t, AgreementCatalogue.Cues cues) {
        Set<String> out = new TreeSet<>();
        Mention m = mentionAt(ctx, s, t);
        String p = m == null ? null : party(m.entity(), ctx.gazetteer);
        if (p != null) {
            out.add(p);
        } else {
            // "the Kurds" may be a mention of no party (an unnamed group): the lexicon still names one;
            // "Kurdish forces": the modifier names it
            addWord(out, t.text(), ctx.gazetteer, cues);
            s.children(t.index(), "amod").forEach(a -> addWord(out, a.text(), ctx.gazetteer, cues));
        }
        return out;
    }

    /**
     * The parties of an agreement told with a verb ("Russia and Turkey agreed to create a buffer zone", "Turkey
     * agreed with Russia on ..."): its subjects and the objects of "with" or "between" on it. Needs the parse.
     */
    static Attached concluders(ArticleContext ctx, Sentence s, Token verb, AgreementCatalogue.Cues cues) {
        Set<String> parties = new TreeSet<>();
        Set<String> subjects = new TreeSet<>();
        for (Token t : s.tokens()) {
            Token h = t;
            for (int steps = 0; h.hasRelation("conj") && s.head(h) != null && steps < 10; steps++) {
                h = s.head(h);
            }
            if (h.head() != verb.index()) {
                continue;
            }
            if (h.hasRelation("nsubj") && !h.hasRelation("nsubj:pass")) {
                Set<String> found = partiesOf(ctx, s, t, cues);
                parties.addAll(found);
                subjects.addAll(found);
            } else if (h.hasRelation("obl") && s.children(h.index(), "case").stream()
                    .anyMatch(c -> cues.partyCases().contains(lemma(c)))) {
                parties.addAll(partiesOf(ctx, s, t, cues));
            }
        }
        return new Attached(parties, Set.of(), subjects);
    }

    /**
     * The parties of several agreements told with one plural, read off the words where the parse fails: those named
     * in the clause before the noun conclude one each ("after the US and Russia struck separate deals"), those named
     * right after "with" or "between" behind it are a party to every one ("... with Erdogan").
     */
    static Attached distributed(ArticleContext ctx, Sentence s, Span noun, AgreementCatalogue.Cues cues) {
        Set<String> subjects = new TreeSet<>();
        Set<String> others = new TreeSet<>();
        int clause = s.span().begin();
        java.util.regex.Matcher b = cues.clauseBreak().matcher(ctx.text).region(s.span().begin(), noun.begin());
        while (b.find()) {
            clause = b.end();
        }
        java.util.regex.Matcher with = PARTY_AFTER.matcher(ctx.text).region(noun.end(), s.span().end());
        int withEnd = with.lookingAt() && cues.partyCases().contains(with.group(1).toLowerCase(Locale.ROOT))
                ? with.end() : -1;
        for (Mention m : ctx.mentionsIn(s.span())) {
            String p = party(m.entity(), ctx.gazetteer);
            if (p == null) {
                continue;
            }
            if (m.span().begin() >= clause && m.span().end() <= noun.begin()) {
                subjects.add(p);
            } else if (withEnd >= 0 && m.span().begin() >= noun.end() && m.span().end() <= withEnd) {
                others.add(p);
            }
        }
        others.removeAll(subjects);
        Set<String> parties = new TreeSet<>(subjects);
        parties.addAll(others);
        return new Attached(parties, Set.of(), subjects);
    }

    /** A preposition right after the noun and the names it introduces ("with Erdogan", "with Turkey and Iran"). */
    private static final java.util.regex.Pattern PARTY_AFTER = java.util.regex.Pattern.compile(
            "\\s+(\\p{L}+)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:and\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}.'’-]*)*)");

    private enum Position { NONE, PARTY, SUBJECT, BROKER }

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
            return cues.concludeVerbs().contains(lemma(gov)) ? Position.SUBJECT : Position.NONE;
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

    /**
     * Parties named anywhere in a sentence, as states, named armed groups and organisations, or as the leaders and
     * officials standing for them ("Erdogan and Putin said they had agreed ...").
     */
    static Set<String> sentenceParties(ArticleContext ctx, Sentence s) {
        Set<String> out = new TreeSet<>();
        for (Mention m : ctx.mentionsIn(s.span())) {
            EntityType t = m.entity().type();
            if (t == EntityType.STATE || t == EntityType.ARMED_GROUP || t == EntityType.INTERNATIONAL_ORGANIZATION
                    || t == EntityType.PERSON) {
                String p = party(m.entity(), ctx.gazetteer);
                if (p != null) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}

package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.model.Agreement;
import org.newsgraph.model.AgreementMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;
import org.newsgraph.model.TimeValue;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds references to agreements ("the Sochi agreement", "a deal reached between Russia and Turkey in September",
 * "a truce brokered by Moscow and Ankara", "the US-brokered pause") and resolves each to one node: the catalogue
 * entry that the wording's name, parties, time, place and subject words fit best ({@link AgreementCatalogue#resolve});
 * the article's previous agreement for "that agreement"; otherwise a new node when the wording names two or more
 * states as its parties and a time. Deals of other fields ("a trade agreement", "a gas deal") are no mentions.
 */
final class AgreementExtractor {
    private static final Pattern NAME_MODIFIERS = Pattern.compile("((?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}.'’-]*\\s+){1,3})$");
    private static final Pattern COMPOUND_GAP = Pattern.compile("[\\s-]+");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}]+)\\W*$");
    /** "That agreement" with a time more than a week off the previous agreement's date is another agreement. */
    private static final long ANAPHORA_DAYS = 7;

    private final Map<String, String> nounKinds;
    private final AgreementCatalogue catalogue;
    private final AgreementCatalogue.Cues cues;
    private final Set<String> entryNouns;
    private final Pattern nounPattern;
    private final Pattern determiner;
    private final AgreementModality modality;

    AgreementExtractor(Lexicons lex, AgreementCatalogue catalogue) {
        this.nounKinds = lex.agreementNouns;
        this.catalogue = catalogue;
        this.cues = catalogue.cues;
        this.entryNouns = catalogue.entryNouns();
        this.modality = new AgreementModality(cues);
        Set<String> all = new HashSet<>(nounKinds.keySet());
        all.addAll(entryNouns);
        nounPattern = Pattern.compile("(?i)(?<![\\p{L}-])(" + Text.alternation(all) + ")(s?)(?![\\p{L}-])");
        determiner = Pattern.compile("(?is)^.*(?<![\\p{L}])(" + Text.alternation(cues.determiners().keySet())
                + ")\\s+((?:[\\p{L}\\p{N}.-]+\\s+){0,3})$");
    }

    List<AgreementMention> extract(ArticleContext ctx) {
        return extract(ctx, List.of());
    }

    /**
     * Finds the agreement mentions of an article.
     *
     * @param statements the article's statements: the time a statement was made ("Turkey said Wednesday that ... a
     *                   Russia-Turkey agreement") is not the agreement's
     */
    List<AgreementMention> extract(ArticleContext ctx, List<Statement> statements) {
        Set<Span> sayingTimes = new HashSet<>();
        for (Statement st : statements) {
            if (st.date() != null && st.date().span() != null && !st.date().inferred()) {
                sayingTimes.add(st.date().span());
            }
        }
        List<AgreementMention> out = new ArrayList<>();
        String article = ctx.text.toLowerCase(Locale.ROOT);
        for (Sentence s : ctx.doc.sentences()) {
            List<Noun> nouns = nouns(ctx, s);
            for (int i = 0; i < nouns.size(); i++) {
                int from = i == 0 ? s.span().begin() : nouns.get(i - 1).span.end();
                int to = i + 1 < nouns.size() ? nouns.get(i + 1).span.begin() : s.span().end();
                out.addAll(resolve(ctx, s, nouns.get(i), from, to, out, sayingTimes, article));
            }
            out.addAll(verbal(ctx, s, nouns, out, sayingTimes, article));
        }
        return out;
    }

    /**
     * An agreement noun with the kinds it and the nouns modifying it suggest ("ceasefire deal").
     *
     * @param entryNoun    the noun when it names one catalogue entry only ("statement"), else null
     * @param distributive a plural after a word like "separate": one agreement per party that concluded one
     */
    private record Noun(Span span, Set<String> kinds, String entryNoun, boolean distributive) {
    }

    /**
     * The agreement nouns of a sentence, singular only; a noun modifying the next ("ceasefire agreement") joins it,
     * and a plural head ("ceasefire agreements") takes its modifier with it.
     */
    private List<Noun> nouns(ArticleContext ctx, Sentence s) {
        List<Noun> out = new ArrayList<>();
        Matcher m = nounPattern.matcher(ctx.text).region(s.span().begin(), s.span().end());
        int previousEnd = -1;
        while (m.find()) {
            Set<String> kinds = new LinkedHashSet<>();
            if (previousEnd >= 0 && !out.isEmpty() && out.get(out.size() - 1).span.end() == previousEnd
                    && COMPOUND_GAP.matcher(ctx.text.substring(previousEnd, m.start())).matches()) {
                kinds.addAll(out.remove(out.size() - 1).kinds);
            }
            previousEnd = m.end();
            String word = m.group(1).toLowerCase(Locale.ROOT);
            boolean distributive = !m.group(2).isEmpty() && distributive(ctx.text, s.span().begin(), m.start());
            if (m.group(2).isEmpty() || distributive) {
                String kind = nounKinds.get(word);
                kinds.add(kind == null ? "agreement" : kind);
                out.add(new Noun(new Span(m.start(), m.end()), kinds, kind == null ? word : null, distributive));
            }
        }
        return out;
    }

    /** True when the word before a plural noun makes it several agreements, one each ("separate deals"). */
    private boolean distributive(String text, int sentenceStart, int nounStart) {
        Matcher w = LAST_WORD.matcher(text.substring(Math.max(sentenceStart, nounStart - 30), nounStart));
        return w.find() && cues.distributive().contains(w.group(1).toLowerCase(Locale.ROOT));
    }

    private List<AgreementMention> resolve(ArticleContext ctx, Sentence s, Noun noun, int from, int to,
                                           List<AgreementMention> earlier, Set<Span> sayingTimes, String article) {
        String before = ctx.text.substring(s.span().begin(), noun.span.begin());
        Token nounToken = nounToken(s, noun.span);
        if (modality.ofNoun(ctx.text, s, noun.span, nounToken) != null) {
            return List.of(); // "called for a ceasefire", "a deal could still be reached", "no deal"
        }
        Matcher det = determiner.matcher(before);
        boolean anaphoric = false;
        int npStart = noun.span.begin();
        int premodStart = noun.span.begin();
        if (det.find()) {
            anaphoric = cues.determiners().get(det.group(1).toLowerCase(Locale.ROOT));
            npStart = s.span().begin() + det.start(1);
            premodStart = s.span().begin() + det.start(2);
        } else {
            Matcher mods = NAME_MODIFIERS.matcher(before);
            if (mods.find()) {
                npStart = s.span().begin() + mods.start(1);
                premodStart = npStart;
            }
        }
        Span np = new Span(npStart, noun.span.end());
        Span premod = new Span(premodStart, noun.span.begin());
        String premodText = premod.of(ctx.text).toLowerCase(Locale.ROOT);
        for (String w : premodText.split("[\\s-]+")) {
            if (cues.otherDomain().contains(w)) {
                return List.of(); // "a trade agreement", "the gas deal": not an agreement of the war
            }
        }
        String npText = np.of(ctx.text);
        List<DateExpression> times = times(ctx, s, noun.span, from, to, sayingTimes);
        List<TimeValue> values = new ArrayList<>(times.stream().map(DateExpression::value).toList());
        boolean timeBefore = !times.isEmpty() && times.get(0).span().begin() < noun.span.begin();
        Matcher year = YEAR.matcher(premodText);
        if (year.find() && times.stream().noneMatch(d -> premod.contains(d.span()))) {
            // "the 2018 deal": a year modifying the noun dates it, though no time expression was found there
            values.add(0, TimeValue.year(Integer.parseInt(year.group()), year.group(), null));
            timeBefore = false;
        }
        AgreementEvidence.Attached attached = AgreementEvidence.attached(ctx, s, nounToken, premod, cues);
        Set<String> earlierKeys = earlierKeys(earlier);
        String window = ctx.text.substring(from, to).toLowerCase(Locale.ROOT);
        Set<String> sentenceParties = AgreementEvidence.sentenceParties(ctx, s);
        Set<String> venues = venues(ctx, np, from, to);
        if (noun.distributive) {
            // "the US and Russia struck separate deals with Erdogan": one deal of each subject with the others
            if (attached.subjects().size() < 2) {
                attached = AgreementEvidence.distributed(ctx, s, noun.span, cues);
            }
            List<AgreementMention> out = new ArrayList<>();
            for (String subject : attached.subjects()) {
                Set<String> parties = new TreeSet<>(attached.parties());
                parties.removeAll(attached.subjects());
                parties.add(subject);
                AgreementCatalogue.Resolution r = catalogue.resolve(new AgreementEvidence(npText, window, noun.kinds,
                        parties, attached.brokers(), sentenceParties, values, timeBefore, venues, earlierKeys,
                        ctx.published, null, article));
                if (r != null && out.stream().noneMatch(m -> m.agreement().equals(r.entry().agreement()))) {
                    out.add(new AgreementMention(r.entry().agreement(), npText, np, s.span(), r.confidence()));
                }
            }
            return attached.subjects().size() >= 2 ? out : List.of();
        }
        AgreementEvidence ev = new AgreementEvidence(npText, window, noun.kinds, attached.parties(),
                attached.brokers(), sentenceParties, values, timeBefore, venues, earlierKeys, ctx.published,
                noun.entryNoun, article);
        AgreementCatalogue.Resolution r = catalogue.resolve(ev);
        if (r != null) {
            return List.of(new AgreementMention(r.entry().agreement(), npText, np, s.span(), r.confidence()));
        }
        if (noun.entryNoun != null) {
            return List.of(); // "the army said in a statement"
        }
        if (anaphoric && !earlier.isEmpty()) {
            AgreementMention prev = earlier.get(earlier.size() - 1);
            if (ev.times().isEmpty() || fits(prev.agreement().signed(), ev.times().get(0))) {
                return List.of(new AgreementMention(prev.agreement(), npText, np, s.span(), 0.6));
            }
        }
        Set<String> named = new TreeSet<>(attached.parties());
        named.addAll(attached.brokers());
        Set<String> states = states(ctx, s, named, nounToken);
        if (states.size() >= 2 && !values.isEmpty()) {
            TimeValue t = values.get(0);
            String key = "agreement-" + String.join("-", states) + "-" + (t.lexical() == null ? t.earliest() : t.lexical());
            Agreement a = new Agreement(key, "Agreement between " + labels(ctx, states) + " (" + t.text() + ")",
                    List.copyOf(states), t, null, List.of(), null, false);
            return List.of(new AgreementMention(a, npText, np, s.span(), 0.5));
        }
        return List.of();
    }

    private static Set<String> earlierKeys(List<AgreementMention> earlier) {
        Set<String> out = new HashSet<>();
        earlier.stream().filter(m -> m.agreement().catalogued()).forEach(m -> out.add(m.agreement().key()));
        return out;
    }

    /**
     * Agreements told with a verb and no agreement noun: "Erdogan and Putin said they had agreed to create a buffer
     * zone in Idlib". The verb ("agree", role verbal) needs an infinitive or "on" phrase saying what was agreed, two
     * parties (its subjects and "with" phrase, or for "they" the parties the sentence names), an assertion, and a
     * catalogue entry that more than parties and recency speak for; it never makes a new node.
     */
    private List<AgreementMention> verbal(ArticleContext ctx, Sentence s, List<Noun> nouns,
                                          List<AgreementMention> earlier, Set<Span> sayingTimes, String article) {
        List<AgreementMention> out = new ArrayList<>();
        for (Token v : s.tokens()) {
            if (!v.hasPos("VB") || v.lemma() == null || !cues.verbal().contains(v.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Token what = s.child(v.index(), "xcomp");
            if (what == null) {
                what = s.children(v.index(), "obl").stream().filter(o -> s.children(o.index(), "case").stream()
                        .anyMatch(c -> c.text().equalsIgnoreCase("on"))).findFirst().orElse(null);
            }
            if (what == null || nouns.stream().map(n -> nounToken(s, n.span))
                    .anyMatch(t -> t != null && (t.index() == v.index() || s.governs(v.index(), t.index())))) {
                continue; // "agreed to a ceasefire": the noun tells it
            }
            if (modality.ofVerb(ctx.text, s, v) != null || ctx.inQuote(v.begin())) {
                continue; // "could agree to", "refused to agree on"
            }
            AgreementEvidence.Attached by = AgreementEvidence.concluders(ctx, s, v, cues);
            Set<String> sentenceParties = AgreementEvidence.sentenceParties(ctx, s);
            Token subject = s.child(v.index(), "nsubj");
            // "they had agreed", "the two sides agreed": the parties are those the sentence names
            boolean pronoun = subject != null && (subject.hasPos("PRP") || subject.lemma() != null
                    && cues.groupSubjects().contains(subject.lemma().toLowerCase(Locale.ROOT)));
            if (!(by.parties().size() >= 2 || by.parties().isEmpty() && pronoun && sentenceParties.size() >= 2)) {
                continue;
            }
            // the words: "agreed to create a demilitarized buffer zone"; what they are about: all the complement says
            Token obj = s.child(what.index(), "obj");
            Span span = new Span(v.begin(), Math.max(what.end(), obj == null ? 0 : obj.end()));
            Span about = new Span(v.begin(), Math.max(v.end(), s.subtree(what.index()).end()));
            List<DateExpression> times = times(ctx, s, v.span(), s.span().begin(), s.span().end(), sayingTimes);
            AgreementCatalogue.Resolution r = catalogue.resolve(new AgreementEvidence(span.of(ctx.text),
                    about.of(ctx.text).toLowerCase(Locale.ROOT), Set.of("agreement"), by.parties(), Set.of(),
                    sentenceParties, times.stream().map(DateExpression::value).toList(),
                    !times.isEmpty() && times.get(0).span().begin() < v.begin(), Set.of(), earlierKeys(earlier),
                    ctx.published, null, article));
            if (r != null && r.specific() && earlier.stream().noneMatch(m -> s.span().contains(m.span())
                    && m.agreement().equals(r.entry().agreement()))) {
                out.add(new AgreementMention(r.entry().agreement(), span.of(ctx.text), span, s.span(),
                        Math.max(0.5, r.confidence() - 0.1)));
            }
        }
        return out;
    }

    /**
     * The agreement's own times: not the time of a statement around it, and not one beyond a clause boundary after
     * the noun ("the agreement has collapsed since forces launched an assault in December") unless that clause tells
     * its conclusion ("the deal which was reached between Russia and Turkey in September 2018"). Nearest first.
     */
    private List<DateExpression> times(ArticleContext ctx, Sentence s, Span noun, int from, int to,
                                       Set<Span> sayingTimes) {
        List<DateExpression> own = ctx.dates.stream().filter(d -> d.span().begin() >= from && d.span().end() <= to
                && d.isEventTime() && d.value() != null && !sayingTimes.contains(d.span())
                && !(d.span().begin() >= noun.end() && breaks(ctx.text, s, noun.end(), d.span().begin()))).toList();
        List<DateExpression> out = new ArrayList<>(own.stream().filter(t -> t.span().begin() >= noun.end()).toList());
        List<DateExpression> before = new ArrayList<>(own.stream().filter(t -> t.span().begin() < noun.end()).toList());
        Collections.reverse(before);
        out.addAll(before);
        return out;
    }

    /**
     * True when a clause boundary stands between the noun and a later word, other than a relative clause telling
     * the conclusion: after "which" or "that", auxiliaries and adverbs, a verb of concluding ("which was reached").
     */
    private boolean breaks(String text, Sentence s, int from, int to) {
        Matcher b = cues.clauseBreak().matcher(text).region(from, to);
        while (b.find()) {
            if (!cues.relative().contains(b.group().toLowerCase(Locale.ROOT)) || !concludes(s, b.end(), to)) {
                return true;
            }
        }
        return false;
    }

    /** True when the first word between two offsets that is no auxiliary or adverb is a verb of concluding. */
    private boolean concludes(Sentence s, int from, int to) {
        for (int i = s.tokenAt(from); i < s.tokens().size() && s.tokens().get(i).begin() < to; i++) {
            Token t = s.tokens().get(i);
            if (t.hasPos("MD") || t.hasPos("RB") || t.hasRelation("aux")) {
                continue;
            }
            String lemma = (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
            return t.hasPos("VB") && cues.concludeVerbs().contains(lemma);
        }
        return false;
    }

    /** Places named as where it was concluded: in the noun phrase ("the Sochi deal") or after "in"/"at". */
    private Set<String> venues(ArticleContext ctx, Span np, int from, int to) {
        Set<String> out = new TreeSet<>();
        for (Mention m : ctx.mentionsIn(new Span(from, to))) {
            if (m.entity().type() != EntityType.PLACE) {
                continue;
            }
            Matcher w = LAST_WORD.matcher(ctx.text.substring(Math.max(from, m.span().begin() - 40), m.span().begin()));
            if (np.contains(m.span()) || w.find() && cues.venueCases().contains(w.group(1).toLowerCase(Locale.ROOT))) {
                out.add(m.entity().key());
            }
        }
        return out;
    }

    /** The token heading the noun (for "memorandum of understanding", "memorandum"), or null. */
    private static Token nounToken(Sentence s, Span noun) {
        Token first = null;
        for (Token t : s.tokens()) {
            if (noun.contains(t.span())) {
                first = first == null ? t : first;
                Token h = s.head(t);
                if (h == null || !noun.contains(h.span())) {
                    return t;
                }
            }
        }
        return first;
    }

    /** The states that concluded it: those the wording attaches, or on an unparsed sentence all it names. */
    private static Set<String> states(ArticleContext ctx, Sentence s, Set<String> explicit, Token nounToken) {
        boolean parsed = nounToken != null && nounToken.isAnalyzed();
        Set<String> out = new TreeSet<>();
        if (parsed) {
            explicit.stream().filter(k -> ctx.gazetteer.byKey(k).map(e -> e.type() == EntityType.STATE).orElse(false))
                    .forEach(out::add);
        } else {
            ctx.mentionsIn(s.span()).stream().filter(m -> m.entity().type() == EntityType.STATE)
                    .forEach(m -> out.add(m.entity().key()));
        }
        return out;
    }

    private static boolean fits(TimeValue signed, TimeValue t) {
        if (signed == null) {
            return true;
        }
        return signed.earliest().toEpochDay() - t.latest().toEpochDay() <= ANAPHORA_DAYS
                && t.earliest().toEpochDay() - signed.latest().toEpochDay() <= ANAPHORA_DAYS;
    }

    private static String labels(ArticleContext ctx, Set<String> keys) {
        return keys.stream().map(k -> ctx.gazetteer.byKey(k).map(e -> e.label()).orElse(k))
                .collect(Collectors.joining(" and "));
    }
}

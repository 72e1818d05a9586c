package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.newsgraph.model.TimeValue;
import org.newsgraph.nlp.Sentence;

/**
 * Finds references to agreements ("the Sochi agreement", "a deal reached between Russia and Turkey in September",
 * "a buffer zone agreement") and resolves each to one node: a catalogue entry when parties, time, place, name
 * and subject words agree; the article's previous agreement for "that agreement"; otherwise a new node when
 * the text names two or more parties and a time.
 */
final class AgreementExtractor {
    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "(?i)\\b(?:call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|propos(?:e|ed|al)|"
                    + "no|want(?:s|ed)?|new|possible|potential)\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+)?$");
    private static final Pattern DETERMINER = Pattern.compile(
            "(?is)^.*(?<![\\p{L}])(the|that|this|a|an|another|its|their)\\s+((?:[\\p{L}-]+\\s+){0,3})$");
    private static final Pattern NAME_MODIFIERS = Pattern.compile("((?:\\p{Lu}[\\p{L}-]*\\s+){1,2})$");
    private static final int THRESHOLD = 4;

    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)\\b(?:since|after|when|while|because|but|"
            + "which|who|where|until|as)\\b");

    private final Lexicons lex;
    private final AgreementCatalogue catalogue;
    private final Pattern nounPattern;

    AgreementExtractor(Lexicons lex, AgreementCatalogue catalogue) {
        this.lex = lex;
        this.catalogue = catalogue;
        nounPattern = Pattern.compile("(?i)(?<![\\p{L}-])(" + lex.agreementNouns.keySet().stream()
                .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).collect(Collectors.joining("|"))
                + ")(s?)(?![\\p{L}-])");
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
    List<AgreementMention> extract(ArticleContext ctx, List<org.newsgraph.model.Statement> statements) {
        java.util.Set<Span> sayingTimes = new java.util.HashSet<>();
        for (org.newsgraph.model.Statement st : statements) {
            if (st.date() != null && st.date().span() != null && !st.date().inferred()) {
                sayingTimes.add(st.date().span());
            }
        }
        List<AgreementMention> out = new ArrayList<>();
        for (Sentence s : ctx.doc.sentences()) {
            List<int[]> nouns = new ArrayList<>();
            Matcher m = nounPattern.matcher(ctx.text).region(s.span().begin(), s.span().end());
            while (m.find()) {
                if (m.group(2).isEmpty()) {
                    nouns.add(new int[] {m.start(), m.end()});
                }
            }
            for (int i = 0; i < nouns.size(); i++) {
                int from = i == 0 ? s.span().begin() : nouns.get(i - 1)[1];
                int to = i + 1 < nouns.size() ? nouns.get(i + 1)[0] : s.span().end();
                AgreementMention am = resolve(ctx, s, nouns.get(i), from, to, out, sayingTimes);
                if (am != null) {
                    out.add(am);
                }
            }
        }
        return out;
    }

    private AgreementMention resolve(ArticleContext ctx, Sentence s, int[] noun, int from, int to,
                                     List<AgreementMention> earlier, java.util.Set<Span> sayingTimes) {
        String before = ctx.text.substring(s.span().begin(), noun[0]);
        if (HYPOTHETICAL.matcher(before).find()) {
            return null;
        }
        Matcher det = DETERMINER.matcher(before);
        String determiner = "";
        int npStart = noun[0];
        if (det.find()) {
            determiner = det.group(1).toLowerCase(Locale.ROOT);
            npStart = s.span().begin() + det.start(1);
        } else {
            Matcher mods = NAME_MODIFIERS.matcher(before);
            if (mods.find()) {
                npStart = s.span().begin() + mods.start(1);
            }
        }
        Span np = new Span(npStart, noun[1]);
        String nounText = ctx.text.substring(noun[0], noun[1]).toLowerCase(Locale.ROOT);
        String kind = lex.agreementNouns.get(nounText);
        String window = ctx.text.substring(from, to).toLowerCase(Locale.ROOT);
        // states make agreements; armed groups and unions are parties too ("the SDF's deal with Damascus", "a 2016
        // agreement between Brussels and Ankara") but a new, uncatalogued node is only minted between states
        Set<String> parties = new TreeSet<>();
        Set<String> states = new TreeSet<>();
        for (Mention m : ctx.mentionsIn(s.span())) {
            EntityType t = m.entity().type();
            boolean named = m.entity().known() && !m.entity().key().equals("armed-groups-unnamed");
            if (named && (t == EntityType.STATE || t == EntityType.ARMED_GROUP
                    || t == EntityType.INTERNATIONAL_ORGANIZATION)) {
                parties.add(m.entity().key());
            }
            if (t == EntityType.STATE) {
                states.add(m.entity().key());
            }
        }
        // the agreement's own times: not the time of a statement around it, and not one beyond a clause boundary
        // after the noun ("the agreement has collapsed since forces launched an assault in December")
        List<DateExpression> times = nearestFirst(ctx.dates.stream().filter(d -> d.span().begin() >= from
                && d.span().end() <= to && d.isEventTime() && d.value() != null && !sayingTimes.contains(d.span())
                && !(d.span().begin() >= noun[1] && CLAUSE_BREAK.matcher(ctx.text.substring(noun[1],
                        d.span().begin())).find())).toList(), noun[1]);
        String npText = ctx.text.substring(np.begin(), np.end());
        AgreementCatalogue.Entry best = null;
        int bestScore = Integer.MIN_VALUE;
        for (AgreementCatalogue.Entry e : catalogue.entries) {
            int score = score(e, npText, kind, window, parties, times, ctx, s)
                    + context(e, earlier, ctx.published);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        double conf = Math.min(0.95, 0.5 + 0.05 * bestScore);
        if (best != null && bestScore >= THRESHOLD) {
            return new AgreementMention(best.agreement(), npText, np, s.span(), conf);
        }
        boolean anaphoric = determiner.matches("the|that|this|its|their") && !earlier.isEmpty();
        if (anaphoric) {
            AgreementMention prev = earlier.get(earlier.size() - 1);
            return new AgreementMention(prev.agreement(), npText, np, s.span(), 0.6);
        }
        if (states.size() >= 2 && !times.isEmpty()) {
            TimeValue t = times.get(0).value();
            String key = "agreement-" + String.join("-", states) + "-" + (t.lexical() == null ? t.earliest() : t.lexical());
            Agreement a = new Agreement(key, "Agreement between " + labels(ctx, states) + " (" + times.get(0).text() + ")",
                    List.copyOf(states), t, null, List.of(), null, false);
            return new AgreementMention(a, npText, np, s.span(), 0.5);
        }
        return null;
    }

    /**
     * What the article as a whole says about a catalogue entry: nothing can be referred to before it was concluded,
     * and an agreement the article already named is the likelier referent of a later wording ("the memorandum
     * agreed in Sochi on Tuesday" ... "the Sochi accord").
     */
    private static int context(AgreementCatalogue.Entry e, List<AgreementMention> earlier, java.time.LocalDate published) {
        TimeValue signed = e.agreement().signed();
        if (published != null && signed != null && signed.earliest().isAfter(published)) {
            return -20;
        }
        return earlier.stream().anyMatch(m -> m.agreement().key().equals(e.agreement().key())) ? 2 : 0;
    }

    /** Time expressions after the noun first (nearest first), then those before it (nearest first). */
    private static List<DateExpression> nearestFirst(List<DateExpression> times, int nounEnd) {
        List<DateExpression> out = new ArrayList<>(times.stream().filter(t -> t.span().begin() >= nounEnd).toList());
        List<DateExpression> before = new ArrayList<>(times.stream().filter(t -> t.span().begin() < nounEnd).toList());
        java.util.Collections.reverse(before);
        out.addAll(before);
        return out;
    }

    private static String labels(ArticleContext ctx, Set<String> keys) {
        return keys.stream().map(k -> ctx.gazetteer.byKey(k).map(e -> e.label()).orElse(k))
                .collect(Collectors.joining(" and "));
    }

    private static int score(AgreementCatalogue.Entry e, String np, String kind, String window, Set<String> parties,
                             List<DateExpression> times, ArticleContext ctx, Sentence s) {
        int score = 0;
        for (String name : e.names()) {
            if (np.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
                score += 4;
                break;
            }
        }
        String place = e.agreement().placeKey();
        if (place != null && ctx.mentionsIn(new Span(Math.max(s.span().begin(), 0), s.span().end())).stream()
                .anyMatch(m -> m.entity().key().equals(place) && m.entity().type() == EntityType.PLACE
                        && (window.contains(m.anchor().toLowerCase(Locale.ROOT))))) {
            score += 3;
        }
        long shared = e.agreement().parties().stream().filter(parties::contains).count();
        score += shared >= 2 ? 2 : (int) shared;
        if (shared > 0 && parties.size() > e.agreement().parties().size() + 1) {
            score -= 1;
        }
        TimeValue signed = e.agreement().signed();
        if (signed != null) {
            for (DateExpression t : times) {
                // a ceasefire "starting from March 6" or a deal reported "a day after" it was struck still fits
                long apart = Math.max(0, Math.max(signed.earliest().toEpochDay() - t.value().latest().toEpochDay(),
                        t.value().earliest().toEpochDay() - signed.latest().toEpochDay()));
                score += apart == 0 ? 3 : apart <= 3 ? 2 : apart <= 7 ? 1 : -5;
                break;
            }
        }
        if (kind != null && kind.equals(e.kind())) {
            score += 1;
        }
        int kw = 0;
        for (String k : e.keywords()) {
            if (window.contains(k)) {
                kw++;
            }
        }
        return score + Math.min(kw, 3);
    }
}

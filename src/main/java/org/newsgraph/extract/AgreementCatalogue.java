package org.newsgraph.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.config.Tsv;
import org.newsgraph.model.Agreement;
import org.newsgraph.model.TimeValue;

/**
 * Known agreements ({@code newsgraph/agreements.tsv}), the words read around an agreement noun
 * ({@code lexicon/agreement-cues.tsv}), and the scoring that resolves a wording to an entry.
 *
 * <p>A wording resolves to the entry with the best score when the score reaches {@link #MIN_SCORE}, beats the
 * runner-up by {@link #MARGIN} and rests on an anchor (a name, a party, a fitting time, the place, or an earlier
 * mention in the article): subject words and recency only add to an anchor. Example: "the truce brokered by Moscow and
 * Ankara" in a March 2020 article scores the Moscow protocol on its parties, kind and recency, and the August 2019
 * ceasefire on the same parties and kind but less recency.
 */
final class AgreementCatalogue {
    /** Lowest score that resolves a wording to an entry. */
    static final double MIN_SCORE = 4;
    /** How far the best entry must lead the runner-up. */
    static final double MARGIN = 0.75;

    /**
     * A catalogue entry: the agreement and what resolves a wording to it.
     *
     * @param nouns nouns that head a wording of this entry only, and only with one of its names or all its parties
     *              attached ("the 2016 EU-Turkey Statement"); lowercase
     */
    record Entry(Agreement agreement, Set<String> kinds, List<WholeWords> names, List<WholeWords> subjects,
                 double prior, Set<String> nouns) {
        Entry {
            kinds = Set.copyOf(kinds);
            names = List.copyOf(names);
            subjects = List.copyOf(subjects);
            nouns = Set.copyOf(nouns);
        }

        String key() {
            return agreement.key();
        }
    }

    /**
     * The best entry for a wording, its score and its lead over the runner-up.
     *
     * @param specific true when more than parties, kind and recency speak for it: a name, the place, a fitting time,
     *                 subject words or an earlier mention (what a wording told with the verb "agree" needs)
     */
    record Resolution(Entry entry, double score, double margin, boolean specific) {
        /** The score as a confidence: the minimum score with no margin gives 0.55, a clear case up to 0.95. */
        double confidence() {
            return Math.min(0.95, 0.35 + 0.05 * score + 0.05 * Math.min(margin, 3));
        }
    }

    /** The words of {@code lexicon/agreement-cues.tsv}, by role. */
    record Cues(Pattern hypothetical, Set<String> distributive, Map<String, Boolean> determiners, Pattern clauseBreak,
                Set<String> otherDomain,
                Set<String> concludeVerbs, Set<String> partyCases, Set<String> brokerCases, Set<String> brokerMarks,
                Set<String> venueCases, Map<String, String> partyWords, Set<String> verbal, Set<String> relative,
                Set<String> groupSubjects, Set<String> aimCases) {
    }

    private static volatile AgreementCatalogue shared;
    final List<Entry> entries;
    final Cues cues;

    AgreementCatalogue(List<Entry> entries, Cues cues) {
        this.entries = List.copyOf(entries);
        this.cues = cues;
    }

    static AgreementCatalogue load() {
        AgreementCatalogue c = shared;
        if (c == null) {
            synchronized (AgreementCatalogue.class) {
                if (shared == null) {
                    shared = new AgreementCatalogue(readEntries("newsgraph/agreements.tsv"),
                            readCues("newsgraph/lexicon/agreement-cues.tsv"));
                }
                c = shared;
            }
        }
        return c;
    }

    /** The nouns that name one entry only ("statement"), lowercase. */
    Set<String> entryNouns() {
        Set<String> out = new LinkedHashSet<>();
        entries.forEach(e -> out.addAll(e.nouns()));
        return Set.copyOf(out);
    }

    private static List<Entry> readEntries(String file) {
        List<Entry> entries = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(file)) {
            Agreement a = new Agreement(r.require("key"), r.require("label"), r.list("parties"),
                    signed(r.get("signed")), r.get("place").isEmpty() ? null : r.get("place"),
                    r.list("provisions"), r.get("wikidata").isEmpty() ? null : r.get("wikidata"), true);
            entries.add(new Entry(a, Set.copyOf(r.list("kinds")), r.list("names").stream().map(WholeWords::new)
                    .toList(), r.list("subjects").stream().map(WholeWords::new).toList(),
                    r.get("prior").isEmpty() ? 0 : Double.parseDouble(r.get("prior")),
                    Set.copyOf(lower(r.list("nouns")))));
        }
        return entries;
    }

    private static Cues readCues(String file) {
        Map<String, List<String>> byRole = new HashMap<>();
        Map<String, Boolean> determiners = new HashMap<>();
        Map<String, String> partyWords = new HashMap<>();
        for (Tsv.Row r : Tsv.read(file)) {
            String word = r.require("word");
            String role = r.require("role");
            byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(word);
            if (role.equals("determiner")) {
                determiners.put(word.toLowerCase(Locale.ROOT), r.get("value").equals("anaphoric"));
            } else if (role.equals("party-word")) {
                partyWords.put(word.toLowerCase(Locale.ROOT), r.require("value"));
            } else if (!List.of("hypothetical", "distributive", "clause-break", "relative", "other-domain", "conclude",
                    "verbal", "group-subject", "aim-case", "party-case", "broker-case", "broker-mark", "venue-case").contains(role)) {
                throw new IllegalArgumentException(file + ":" + r.line() + ": unknown role '" + role + "' (expected"
                        + " hypothetical, distributive, determiner, clause-break, relative, other-domain, conclude,"
                        + " verbal, group-subject, aim-case, party-case, broker-case, broker-mark, venue-case or party-word)");
            }
        }
        // "a new ceasefire deal": at most one more word between the cue and the noun
        Pattern hypothetical = Pattern.compile("(?i)\\b(?:" + Text.alternation(byRole.get("hypothetical"))
                + ")\\s+(?:\\w+\\s+)?$");
        return new Cues(hypothetical, lower(byRole.get("distributive")), Map.copyOf(determiners),
                Pattern.compile("(?i)\\b(?:" + Text.alternation(byRole.get("clause-break")) + ")\\b"), lower(byRole.get("other-domain")),
                lower(byRole.get("conclude")), lower(byRole.get("party-case")), lower(byRole.get("broker-case")),
                lower(byRole.get("broker-mark")), lower(byRole.get("venue-case")),
                Map.copyOf(partyWords), lower(byRole.get("verbal")), lower(byRole.get("relative")),
                lower(byRole.get("group-subject")), lower(byRole.get("aim-case")));
    }

    private static Set<String> lower(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        (words == null ? List.<String>of() : words).forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    /** The entry a wording resolves to, or null when none scores enough, leads by enough or has an anchor. */
    Resolution resolve(AgreementEvidence ev) {
        Entry best = null;
        Score bestScore = null;
        double second = Double.NEGATIVE_INFINITY;
        Lowered lowered = new Lowered(WholeWords.lower(ev.phrase()), WholeWords.lower(ev.window()));
        for (Entry e : entries) {
            TimeValue signed = e.agreement().signed();
            if (ev.published() != null && signed != null && signed.earliest().isAfter(ev.published())) {
                continue; // nothing is referred to before it was concluded
            }
            if (ev.noun() != null && !e.nouns().contains(ev.noun())) {
                continue; // "the EU-Turkey Statement": a noun that names this entry and no other
            }
            Score s = score(e, ev, lowered);
            if (ev.noun() != null && !s.named && !ev.explicitParties().containsAll(e.agreement().parties())) {
                continue;
            }
            if (bestScore == null || s.total > bestScore.total) {
                second = bestScore == null ? second : bestScore.total;
                best = e;
                bestScore = s;
            } else if (s.total > second) {
                second = s.total;
            }
        }
        if (best == null || !bestScore.anchored || bestScore.total < MIN_SCORE || bestScore.total - second < MARGIN) {
            return null;
        }
        return new Resolution(best, bestScore.total, second == Double.NEGATIVE_INFINITY ? MIN_SCORE
                : bestScore.total - second, bestScore.specific);
    }

    private record Score(double total, boolean anchored, boolean specific, boolean named) {
    }

    /** The wording's phrase and window lowered for {@link WholeWords}, once for all the entries it is scored on. */
    private record Lowered(String phrase, String window) {
    }

    /** The article whose topic counts were computed last on this thread, lowered once, and the counts per entry. */
    private record Topics(String article, String lowered, java.util.Map<String, Long> counts) {
    }

    private static final ThreadLocal<Topics> TOPICS = new ThreadLocal<>();

    /**
     * How many of an entry's subject words the whole article uses; computed once per article and entry (every
     * agreement mention of the article asks), not once per mention.
     */
    private static long topic(Entry e, String article) {
        if (article.isEmpty()) {
            return 0;
        }
        Topics t = TOPICS.get();
        if (t == null || t.article() != article) {
            t = new Topics(article, WholeWords.lower(article), new java.util.HashMap<>());
            TOPICS.set(t);
        }
        String lowered = t.lowered();
        return t.counts().computeIfAbsent(e.key(),
                k -> e.subjects().stream().filter(w -> w.in(article, lowered)).count());
    }

    private static Score score(Entry e, AgreementEvidence ev, Lowered lowered) {
        double name = e.names().stream().anyMatch(w -> w.in(ev.phrase(), lowered.phrase())) ? 4 + e.prior() : 0;
        double place = e.agreement().placeKey() != null && ev.places().contains(e.agreement().placeKey()) ? 3 : 0;
        double parties = parties(e, ev);
        double time = time(e, ev);
        double earlier = ev.earlier().contains(e.key()) ? 2 : 0;
        double kind = ev.kinds().stream().anyMatch(e.kinds()::contains) ? 1 : 0;
        long subjects = e.subjects().stream().filter(w -> w.in(ev.window(), lowered.window())).count();
        boolean anchored = name > 0 || place > 0 || parties > 0 || time > 0 || earlier > 0;
        // what the whole article is about: a tie-breaker, worth less than the margin unless most of its words are there
        long topic = topic(e, ev.article());
        return new Score(name + place + parties + time + earlier + kind + Math.min(subjects, 3) + recency(e, ev)
                + Math.min(0.25 * topic, 1),
                anchored, name > 0 || place > 0 || time > 0 || earlier > 0 || subjects > 0, name > 0);
    }

    /**
     * Parties the wording attaches to itself ("between Russia and Turkey", "the Russian-Turkish memorandum", "the SDF's
     * deal with Damascus") count double, and one the entry lacks speaks against it; brokers count double when the
     * entry has them; parties merely named in the sentence count once.
     */
    private static double parties(Entry e, AgreementEvidence ev) {
        List<String> own = e.agreement().parties();
        double score = 0;
        int counted = 0;
        for (String p : ev.explicitParties()) {
            if (own.contains(p)) {
                score += 2;
                counted++;
            } else {
                score -= 3;
            }
        }
        for (String p : ev.brokers()) {
            if (own.contains(p) && !ev.explicitParties().contains(p)) {
                score += 2;
                counted++;
            }
        }
        for (String p : ev.sentenceParties()) {
            if (own.contains(p) && !ev.explicitParties().contains(p) && !ev.brokers().contains(p) && counted < 2) {
                score += 1;
                counted++;
            }
        }
        // a sentence crowded with other actors says little about who concluded it
        if (counted > 0 && ev.explicitParties().isEmpty() && ev.brokers().isEmpty()
                && ev.sentenceParties().size() > own.size() + 1) {
            score -= 1;
        }
        return score;
    }

    /** The agreement's nearest time expression: fitting or a few days off (a ceasefire "from March 6"), or not. */
    private static double time(Entry e, AgreementEvidence ev) {
        TimeValue signed = e.agreement().signed();
        if (signed == null || ev.times().isEmpty()) {
            return 0;
        }
        TimeValue t = ev.times().get(0);
        long apart = Math.max(0, Math.max(signed.earliest().toEpochDay() - t.latest().toEpochDay(),
                t.earliest().toEpochDay() - signed.latest().toEpochDay()));
        // a time before the noun is often another event's ("talked on Tuesday about implementing the Sochi deal")
        return apart == 0 ? 3 : apart <= 3 ? 2 : apart <= 7 ? 1 : ev.timeBefore() ? -2 : -5;
    }

    /** News speaks of the agreement just concluded: a small lead for one signed in the weeks before the article. */
    private static double recency(Entry e, AgreementEvidence ev) {
        TimeValue signed = e.agreement().signed();
        if (signed == null || ev.published() == null) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(signed.earliest(), ev.published());
        return days < 0 ? 0 : days <= 60 ? 1.5 : days <= 180 ? 0.5 : 0;
    }

    static TimeValue signed(String s) {
        if (s.isEmpty()) {
            return null;
        }
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return TimeValue.day(LocalDate.parse(s), null, null);
        }
        if (s.matches("\\d{4}-\\d{2}")) {
            return TimeValue.month(YearMonth.parse(s), null, null);
        }
        return TimeValue.year(Integer.parseInt(s), null, null);
    }
}

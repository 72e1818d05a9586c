package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Meeting;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;
import org.newsgraph.model.TimeValue;
import org.newsgraph.nlp.Sentence;

/**
 * Finds statements: direct quotes (attributed before, after or around the quote, or continuing the previous
 * speaker's words) and indirect speech introduced by reporting cues from the lexicon. One statement per speaker
 * and sentence unless the speaker gives several full quotations.
 */
final class StatementExtractor {
    /** Words allowed between a reporting verb and a time expression that still dates it. */
    private static final int MAX_GAP_WORDS = 12;
    /** "according to the war monitor", "according to Turkish officials": one or two words after the cue. */
    private static final Pattern DESCRIBED_SOURCE = Pattern.compile("\\s+(?:(?:the|a|an|this|that)\\s+)?(\\p{L}[\\p{L}-]*"
            + "(?:\\s+\\p{L}[\\p{L}-]*)?)\\b(?!\\s+(?:of|for)\\s+\\p{Lu})");
    /** "was quoted as saying by the state news agency": the passive agent after a cue is who carried the words. */
    private static final Pattern BY_AFTER_CUE = Pattern.compile("\\s+by\\s");
    private final Pattern cuePattern;
    private final Map<String, Lexicons.Cue> cues = new HashMap<>();
    private final List<Pattern> cueBlockers;
    private final java.util.Set<String> addresseeCues;

    StatementExtractor(Lexicons lex) {
        this.cueBlockers = lex.cueBlockers;
        this.addresseeCues = lex.addresseeCues;
        for (Lexicons.Cue c : lex.cues) {
            cues.put(c.phrase(), c);
        }
        cuePattern = Pattern.compile("(?i)(?<![\\p{L}])(" + lex.cues.stream().map(c -> Pattern.quote(c.phrase()))
                .collect(Collectors.joining("|")) + ")(?![\\p{L}])");
    }

    /** A reporting cue in a sentence and the speaker found for it. */
    private record CueHit(Lexicons.Cue cue, Span span, Subjects.Subject speaker) {
        boolean isVerb() {
            return cue.kind().equals("verb");
        }
    }

    /** Statements under construction for one sentence. */
    private static final class Draft {
        Entity speaker;
        CueHit cue;
        Quote quote;
        Entity reportedBy;
        Entity addressee;
        double confidence;
        TimeValue inheritedDate;
    }

    List<Statement> extract(ArticleContext ctx, List<Meeting> meetings) {
        List<Statement> out = new ArrayList<>();
        Entity lastSpeaker = null;
        int lastSpokeAt = -1;
        Statement lastDirect = null;
        Map<Entity, TimeValue> lastDateBySpeaker = new HashMap<>();
        for (Sentence s : ctx.doc.sentences()) {
            List<Draft> drafts = sentence(ctx, s, new Subjects.Previous(lastSpeaker, lastSpokeAt), lastDirect);
            for (Draft d : drafts) {
                TimeValue date = d.inheritedDate != null ? d.inheritedDate
                        : date(ctx, s, d, lastDateBySpeaker, meetings);
                Statement st = new Statement(d.speaker, d.quote != null, d.quote == null ? null : d.quote.words(),
                        d.quote == null ? null : d.quote.inner(), date, d.cue == null ? null : ctx.cover(d.cue.span()),
                        d.addressee, about(ctx, s, d), d.reportedBy, s.span(), d.confidence);
                out.add(st);
                lastSpeaker = d.speaker;
                lastSpokeAt = s.span().begin();
                if (st.direct()) {
                    lastDirect = st;
                }
                if (date != null) {
                    lastDateBySpeaker.put(d.speaker, date);
                }
            }
        }
        return out;
    }

    private List<Draft> sentence(ArticleContext ctx, Sentence s, Subjects.Previous previous, Statement lastDirect) {
        List<CueHit> hits = cueHits(ctx, s, previous);
        List<Quote> quotes = ctx.quotesIn(s.span());
        Map<CueHit, Draft> byCue = new LinkedHashMap<>();
        List<Draft> drafts = new ArrayList<>();
        for (Quote q : quotes) {
            CueHit owner = owner(ctx, hits, q);
            Draft d;
            if (owner != null && owner.speaker() != null) {
                Draft existing = byCue.get(owner);
                if (existing != null && (!q.isFull() || existing.quote != null && !existing.quote.isFull())) {
                    continue;
                }
                boolean speakerQuoted = drafts.stream().anyMatch(x -> x.speaker.equals(owner.speaker().entity()));
                if (!q.isFull() && speakerQuoted) {
                    continue;
                }
                d = new Draft();
                d.speaker = owner.speaker().entity();
                d.cue = owner;
                d.confidence = owner.speaker().pronoun() ? 0.75 : 0.9;
                byCue.putIfAbsent(owner, d);
            } else if (owner == null && hits.isEmpty()) {
                d = unattributed(ctx, s, q, lastDirect);
                if (d == null) {
                    continue;
                }
            } else {
                continue;
            }
            d.quote = q;
            drafts.add(d);
        }
        for (CueHit h : hits) {
            boolean speakerHasOne = drafts.stream().anyMatch(d -> d.speaker.equals(h.speaker().entity()));
            // a comma splice ("OCHA said 150,000 had fled, the Red Crescent said 190,000 had") is two statements
            boolean nested = hits.stream().anyMatch(o -> o != h && o.isVerb() && o.span().end() < h.span().begin()
                    && !ctx.text.substring(o.span().end(), h.span().begin()).contains(",")
                    && Speakers.reportedWithin(s, h.span(), o.span()));
            if (h.isVerb() && !byCue.containsKey(h) && !speakerHasOne && !nested) {
                Draft d = new Draft();
                d.speaker = h.speaker().entity();
                d.cue = h;
                d.confidence = h.speaker().pronoun() ? 0.7 : 0.8;
                drafts.add(d);
            }
        }
        for (CueHit h : hits) {
            if (!h.cue().kind().equals("attribution")) {
                continue;
            }
            if (drafts.isEmpty()) {
                Draft d = new Draft();
                d.speaker = h.speaker().entity();
                d.cue = h;
                d.confidence = 0.6;
                drafts.add(d);
            } else {
                drafts.forEach(d -> d.reportedBy = d.reportedBy == null && !d.speaker.equals(h.speaker().entity())
                        ? h.speaker().entity() : d.reportedBy);
            }
        }
        for (Draft d : drafts) {
            d.addressee = addressee(ctx, d);
            if (d.reportedBy == null) {
                d.reportedBy = carrier(ctx, d);
            }
        }
        return drafts;
    }

    private List<CueHit> cueHits(ArticleContext ctx, Sentence s, Subjects.Previous previous) {
        List<CueHit> hits = new ArrayList<>();
        Matcher m = cuePattern.matcher(ctx.text).region(s.span().begin(), s.span().end());
        while (m.find()) {
            if (ctx.inQuote(m.start())) {
                continue;
            }
            Lexicons.Cue cue = cues.get(m.group(1).toLowerCase(Locale.ROOT));
            Span span = new Span(m.start(), m.end());
            String rest = ctx.text.substring(m.end(), s.span().end()).toLowerCase(Locale.ROOT);
            if (cueBlockers.stream().anyMatch(b -> b.matcher(rest).find())) {
                continue;
            }
            Subjects.Subject sp = switch (cue.kind()) {
                case "attribution" -> {
                    // "according to the ministry": a description names the source, or nothing does
                    Matcher desc = DESCRIBED_SOURCE.matcher(ctx.text).region(m.end(), s.span().end());
                    String words = desc.lookingAt() ? describedSource(desc.group(1)) : null;
                    if (words != null) {
                        Entity owner = Speakers.ownerOfNounEndingAt(ctx, s, desc.start(1) + words.length());
                        Entity e = Descriptions.resolve(ctx, words, owner, m.end(), previous);
                        yield e == null ? null : new Subjects.Subject(e, new Span(m.end(), desc.end()), true);
                    }
                    Mention x = Subjects.after(ctx, m.end(), 8, true);
                    yield x == null ? null : new Subjects.Subject(x.entity(), x.span(), false);
                }
                case "participle" -> hits.isEmpty() ? null : hits.get(hits.size() - 1).speaker();
                default -> coordinated(ctx, s, span, hits) ? hits.get(hits.size() - 1).speaker()
                        : subjectOf(ctx, s, span, previous);
            };
            if (sp != null) {
                hits.add(new CueHit(cue, span, sp));
            }
        }
        return hits;
    }

    /** "X criticized ... and called for ...": a cue right after "and" shares the subject of the cue before it. */
    private static boolean coordinated(ArticleContext ctx, Sentence s, Span cue, List<CueHit> hits) {
        return !hits.isEmpty() && ctx.text.substring(s.span().begin(), cue.begin()).matches("(?s).*\\band\\s+$");
    }

    /** The words naming a described source ("war monitor", "statement" of "statement from"), or null for a name. */
    private static String describedSource(String words) {
        if (Descriptions.nounOf(words) != null) {
            return words;
        }
        int sp = words.indexOf(' ');
        return sp > 0 && Descriptions.nounOf(words.substring(0, sp)) != null ? words.substring(0, sp) : null;
    }

    /**
     * The speaker of a cue: the subject the parse gives the verb, else the subject before it, or a name right after
     * it ("..., said Peskov").
     */
    private static Subjects.Subject subjectOf(ArticleContext ctx, Sentence s, Span cue, Subjects.Previous previous) {
        Speakers.Found parsed = Speakers.ofCue(ctx, s, cue, previous);
        if (parsed.decided()) {
            return parsed.subject();
        }
        int from = s.span().begin();
        for (Quote q : ctx.quotesIn(s.span())) {
            if (q.outer().end() <= cue.begin()) {
                from = Math.max(from, q.outer().end());
            }
        }
        Subjects.Subject sub = Subjects.before(ctx, from, cue.begin(), previous.speaker(), previous);
        if (sub == null && ctx.text.substring(from, cue.begin()).matches("(?s)[\\s,]*")) {
            Mention after = Subjects.after(ctx, cue.end(), 4, true);
            if (after != null) {
                sub = new Subjects.Subject(after.entity(), after.span(), false);
            }
        }
        return sub;
    }

    /** The cue a quotation belongs to: one right after it, else the nearest before it, else one after it. */
    private static CueHit owner(ArticleContext ctx, List<CueHit> hits, Quote q) {
        CueHit before = null;
        CueHit after = null;
        for (CueHit h : hits) {
            if (h.cue().kind().equals("attribution")) {
                continue;
            }
            if (h.span().begin() >= q.outer().end()) {
                String gap = ctx.text.substring(q.outer().end(), h.span().begin());
                if (after == null && Text.words(gap) <= 12 && !gap.contains("\"") && !gap.contains("“")) {
                    after = h;
                }
            } else if (h.span().end() <= q.outer().begin()) {
                before = h;
            }
        }
        if (after != null && ctx.text.substring(q.outer().end(), after.span().begin()).matches("(?s)[^.;:]*")
                && (before == null || after.speaker().span().begin() >= q.outer().end())
                && ctx.text.substring(q.outer().end(), Math.max(q.outer().end(), Math.min(after.span().begin(),
                        after.speaker().span().begin()))).matches("(?s)\\s*(?:[^,.;:\"“”]{0,25},)?\\s*")) {
            return after;
        }
        return before != null ? before : after;
    }

    /**
     * A quotation with no cue in its sentence: a quoted clause after its speaker, or the last speaker going on. A
     * short quoted phrase that no reporting verb governs is a term the writer marks ("a 'safe zone'", "so-called
     * 'Peace Spring'", a unit's name), not anyone's statement.
     */
    private static Draft unattributed(ArticleContext ctx, Sentence s, Quote q, Statement lastDirect) {
        if (!q.isFull()) {
            return null;
        }
        Mention m = ctx.lastMentionBefore(q.outer().begin(), x -> x.entity().type().isActor());
        Draft d = new Draft();
        if (Character.isLowerCase(q.words().charAt(0))) {
            if (m != null && s.span().contains(m.span())) {
                d.speaker = m.entity();
                d.confidence = 0.6;
                return d;
            }
            return null;
        }
        if (lastDirect != null && q.outer().begin() - lastDirect.evidence().end() < 400) {
            d.speaker = lastDirect.speaker();
            d.inheritedDate = lastDirect.date();
            d.confidence = 0.7;
            return d;
        }
        return null;
    }

    /** "X was quoted as saying by Anadolu": the outlet in a "by" phrase right after the cue carried the words. */
    private static Entity carrier(ArticleContext ctx, Draft d) {
        if (d.cue == null || !BY_AFTER_CUE.matcher(ctx.text).region(d.cue.span().end(), ctx.text.length()).lookingAt()) {
            return null;
        }
        Mention m = Subjects.after(ctx, d.cue.span().end(), 6, false);
        return m == null || m.entity().equals(d.speaker) ? null : m.entity();
    }

    private Entity addressee(ArticleContext ctx, Draft d) {
        if (d.cue == null) {
            return null;
        }
        if (!addresseeCues.contains(d.cue.cue().phrase())) {
            return null;
        }
        Mention m = Subjects.after(ctx, d.cue.span().end(), 1, false);
        return m == null || m.entity().equals(d.speaker) ? null : m.entity();
    }

    /**
     * When it was said: a time expression tied to the cue (between the clause start and the cue, or right after
     * the cue), else the speaker's last date in the article, else the article date for past-tense reports.
     */
    private TimeValue date(ArticleContext ctx, Sentence s, Draft d, Map<Entity, TimeValue> lastDates,
                           List<Meeting> meetings) {
        if (d.cue != null) {
            DateExpression best = null;
            for (DateExpression e : ctx.datesIn(s.span())) {
                if (!e.isEventTime() || e.value() == null || namesSomeone(ctx, e)) {
                    continue;
                }
                boolean before = e.span().end() <= d.cue.span().begin() && !ctx.text.substring(e.span().end(),
                        d.cue.span().begin()).matches("(?s).*[\"“”].*") && !inPostposedContent(ctx, s, d, e)
                        && Arguments.modifies(s, e.span(), d.cue.span());
                String gap = e.span().begin() >= d.cue.span().end()
                        ? ctx.text.substring(d.cue.span().end(), e.span().begin()) : null;
                boolean after = gap != null && gap.strip().split("\\s+").length <= MAX_GAP_WORDS
                        && Arguments.modifies(s, e.span(), d.cue.span()) && !gap.matches("(?s).*(\\bthat\\b|[\"“”,;:]).*");
                if (before || after && best == null) {
                    best = e;
                }
                if (after) {
                    break;
                }
            }
            if (best != null) {
                return best.value();
            }
        }
        TimeValue last = lastDates.get(d.speaker);
        if (last != null) {
            return last.asInferred(Math.min(0.7, last.confidence()), "as the speaker's previous statement");
        }
        // a past-tense report by someone who took part in a dated meeting of the article was most likely made
        // there ("Putin said in a meeting with Macron on Monday ... Macron told Putin.")
        // of several such meetings, the latest on or before the article date is the news; earlier ones are background
        boolean past = d.cue == null || !d.cue.cue().tense().equals("present");
        Meeting scene = null;
        for (Meeting m : meetings) {
            if (past && m.date() != null && m.date().precision() == TimeValue.Precision.DAY
                    && m.participants().contains(d.speaker)
                    && (d.addressee == null || m.participants().contains(d.addressee))
                    && ctx.notAfterArticle(m.date())
                    && m.evidence().begin() <= s.span().begin()
                    && (scene == null || m.date().earliest().isAfter(scene.date().earliest()))) {
                scene = m;
            }
        }
        if (scene != null) {
            return scene.date().asInferred(Math.min(0.65, scene.date().confidence()), "as the " + scene.kind()
                    + " it was reported from");
        }
        String tense = d.cue == null ? "past" : d.cue.cue().tense();
        if (ctx.published != null && !tense.equals("present")) {
            return TimeValue.day(ctx.published, null, null).asInferred(0.55, "article date");
        }
        return null;
    }

    /** True when a "time" is part of a name ("May" in "Theresa May said"), not a time. */
    private static boolean namesSomeone(ArticleContext ctx, DateExpression e) {
        return ctx.mentions.stream().anyMatch(m -> m.entity().type().isActor() && m.span().overlaps(e.span()));
    }

    /**
     * True when the time expression lies in what is reported, ahead of a post-posed attribution: in "Drones struck
     * Saraqeb on Saturday, killing nine, the Observatory said", Saturday dates the strike, not the saying.
     */
    private static boolean inPostposedContent(ArticleContext ctx, Sentence s, Draft d, DateExpression e) {
        // with a parse, the attachment decides: "During an interview on Monday, Erdogan said" dates the saying
        if (d.cue.speaker() == null || !s.tokens().isEmpty() && s.tokens().get(0).isAnalyzed()) {
            return false;
        }
        int speaker = d.cue.speaker().span().begin();
        return e.span().end() <= speaker && ctx.text.substring(e.span().end(), speaker).contains(",")
                && Text.words(ctx.text.substring(s.span().begin(), e.span().begin())) >= 3;
    }

    private static List<Entity> about(ArticleContext ctx, Sentence s, Draft d) {
        int subjectStart = d.cue == null ? -1 : d.cue.speaker().span().begin();
        int cueEnd = d.cue == null ? -1 : d.cue.span().end();
        return ctx.mentionsIn(s.span()).stream()
                .filter(m -> !(m.span().begin() >= subjectStart - 40 && m.span().end() <= cueEnd))
                .map(Mention::entity)
                .filter(e -> !e.equals(d.speaker) && !Objects.equals(e, d.addressee))
                .distinct().toList();
    }
}

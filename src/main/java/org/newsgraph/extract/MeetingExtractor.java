package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.config.Tsv;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Meeting;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds phone calls, talks, summits and meetings: participants are the actors before the trigger in its clause
 * plus those after "with"; people are preferred to states when two or more are named. Hypothetical meetings
 * ("no plans to hold talks") are skipped.
 */
final class MeetingExtractor {
    /** A meeting word (lexicon/meeting-triggers.tsv) and its kind. */
    private record Trigger(Pattern pattern, String kind) {
    }

    /** The meeting words in the file's order of preference. */
    private static final List<Trigger> TRIGGERS = Tsv.read("newsgraph/lexicon/meeting-triggers.tsv").stream()
            .map(r -> new Trigger(Pattern.compile("(?i)" + r.require("pattern")), r.require("kind"))).toList();
    static final Pattern TRIGGER = Pattern.compile("(?i)\\b(" + String.join("|",
            TRIGGERS.stream().map(x -> x.pattern().pattern().substring("(?i)".length())).toList()) + ")\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)(,\\s*(?:during|which|who|where|but)\\b|;)");
    /** Relations that open a clause of their own below the meeting's. */
    private static final List<String> CLAUSE_HEADS = List.of("acl", "advcl", "ccomp", "parataxis");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{L}+\\b");
    private final Modality modality = Modality.load();

    List<Meeting> extract(ArticleContext ctx) {
        List<Meeting> out = new ArrayList<>();
        for (Sentence s : ctx.doc.sentences()) {
            Matcher m = TRIGGER.matcher(ctx.cover(s.span()));
            if (!m.find()) {
                continue;
            }
            Span trig = new Span(s.span().begin() + m.start(), s.span().begin() + m.end());
            int clauseStart = Math.max(s.span().begin(), ctx.text.lastIndexOf(";", trig.begin()) + 1);
            // a planned, proposed, refused or hypothetical meeting did not take place ("no plans to hold talks")
            if (ctx.inQuote(trig.begin()) || modality.of(ctx.text, s, trig, clauseStart) != null) {
                continue;
            }
            List<Entity> people = new ArrayList<>();
            List<Entity> others = new ArrayList<>();
            int clauseEnd = clauseEnd(ctx, s, trig);
            for (Mention mm : ctx.mentionsIn(new Span(clauseStart, clauseEnd))) {
                if (ctx.inQuote(mm.span().begin()) || !mm.entity().type().isActor()
                        || mm.entity().type() == EntityType.MEDIA_OUTLET) {
                    continue;
                }
                boolean afterWith = mm.span().begin() >= trig.end();
                if (afterWith && !ctx.text.substring(trig.begin(), mm.span().begin()).toLowerCase(Locale.ROOT)
                        .matches("(?s).*\\b(with|between)\\b.*")) {
                    continue;
                }
                List<Entity> bucket = mm.entity().type() == EntityType.PERSON ? people : others;
                if (!bucket.contains(mm.entity())) {
                    bucket.add(mm.entity());
                }
            }
            if (people.size() + others.size() < 2) {
                // "Turkish and Russian delegations met": the demonyms name the sides
                Matcher w = CAPITALISED.matcher(ctx.text).region(clauseStart, trig.begin());
                while (w.find()) {
                    Entity state = ctx.gazetteer.stateForDemonym(w.group());
                    if (state != null && !others.contains(state)) {
                        others.add(state);
                    }
                }
            }
            List<Entity> participants = people.size() >= 2 ? people : others.size() >= 2 && people.isEmpty() ? others
                    : merge(people, others);
            if (participants.size() < 2) {
                continue;
            }
            String kind = kind(m.group(1));
            // a phone call has no venue; "the violence in Idlib" said during it is no place of the call
            out.add(new Meeting(kind, ctx.cover(trig), trig, participants, date(ctx, s, trig),
                    kind.equals("phone call") ? null : location(ctx, s, trig), s.span(), 0.7));
        }
        return out;
    }

    /**
     * Where the meeting's clause ends: at a clause of its own after the trigger ("talks aimed at ending the war with
     * the Kurds", "a call, during which ..."), from the parse when there is one, else at a comma before a relative
     * or contrasting word or at a semicolon.
     */
    private static int clauseEnd(ArticleContext ctx, Sentence s, Span trig) {
        int end = s.span().end();
        for (Token t : s.tokens()) {
            if (t.begin() >= trig.end() && t.hasPos("VB") && CLAUSE_HEADS.stream().anyMatch(t::hasRelation)) {
                // a clause whose phrase reaches back over the trigger ends the meeting's clause at its verb
                int begin = s.subtree(t.index()).begin();
                end = Math.min(end, begin >= trig.end() ? begin : t.begin());
                break;
            }
        }
        Matcher stop = CLAUSE_BREAK.matcher(ctx.text).region(trig.end(), end);
        return stop.find() ? stop.start() : end;
    }

    private static List<Entity> merge(List<Entity> a, List<Entity> b) {
        List<Entity> out = new ArrayList<>(a);
        for (Entity e : b) {
            boolean affiliated = a.stream().anyMatch(p -> e.key().equals(p.firstProp("affiliation")));
            if (!affiliated && !out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String kind(String trigger) {
        return TRIGGERS.stream().filter(x -> x.pattern().matcher(trigger).matches()).map(Trigger::kind).findFirst()
                .orElse("meeting");
    }

    /**
     * The meeting's time: one in its sentence; else the day named in the sentence before ("talks in the Kremlin on
     * Thursday. Putin and Erdogan held talks for six hours"), marked inferred.
     */
    private static TimeValue date(ArticleContext ctx, Sentence s, Span trig) {
        // the time nearest the trigger that a report can speak of: not one after the article's day
        TimeValue own = ctx.datesIn(s.span()).stream().filter(d -> d.isEventTime() && d.value() != null
                        && ctx.notAfterArticle(d.value()))
                .min(java.util.Comparator.comparingInt(d -> Math.abs(d.span().begin() - trig.end())))
                .map(DateExpression::value).orElse(null);
        if (own != null) {
            return own;
        }
        TimeValue before = s.index() == 0 ? null : ctx.datesIn(ctx.doc.sentences().get(s.index() - 1).span()).stream()
                .filter(d -> d.isEventTime() && d.value() != null && d.value().precision() == TimeValue.Precision.DAY
                        && ctx.notAfterArticle(d.value()))
                .map(DateExpression::value)
                .reduce((a, b) -> b).map(v -> v.asInferred(Math.min(0.6, v.confidence()), "as the day named in the "
                        + "sentence before")).orElse(null);
        if (before != null || ctx.published == null) {
            return before;
        }
        // a meeting a report tells of without a day happened on the day of the report, most likely
        return TimeValue.day(ctx.published, null, null).asInferred(0.5, "article date");
    }

    private static Entity location(ArticleContext ctx, Sentence s, Span trig) {
        for (Mention m : ctx.mentionsIn(s.span())) {
            if (m.entity().type() == EntityType.PLACE && m.span().begin() > trig.begin() && !ctx.inQuote(m.span().begin())
                    && Text.words(ctx.text.substring(trig.end(), m.span().begin())) <= 8
                    && ctx.text.substring(trig.end(), m.span().begin()).matches("(?s).*\\b(in|at)\\s+$")) {
                return m.entity();
            }
        }
        return null;
    }
}

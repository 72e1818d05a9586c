package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The speaker of a reporting verb read off the dependency parse: its subject ({@code nsubj}, or {@code nsubj:pass}
 * for "X was quoted as saying"), taken as a named actor, a pronoun resolved backwards, or a description resolved by
 * its head noun ({@link Descriptions}). Only the verb's own subject counts, so in "The ministry said Turkish troops
 * shelled a village" the troops (subject of "shelled") are never the speaker, and the object of "told AFP" never
 * is. Null when the sentence is not parsed or the subject refers to nobody; callers then fall back to
 * {@link Subjects}.
 */
final class Speakers {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it");
    /** Dependents of a subject noun that name whose it is: "a Kremlin statement", "an official at the ministry". */
    private static final Set<String> OWNER = Set.of("compound", "nmod:poss", "nmod", "amod");
    /** Prepositions that attach an owner in {@code nmod}: "a spokesman for HTS", "the ministry in Ankara". */
    private static final Set<String> OWNER_CASES = Set.of("of", "for", "at", "in", "from");

    private Speakers() {
    }

    /**
     * What the parse says about a cue's speaker.
     *
     * @param subject the speaker, or null
     * @param decided true when the parse settles it, even as nobody: the subject is a description of someone the
     *                article does not name ("a military source told SANA"), so no other actor may be guessed
     */
    record Found(Subjects.Subject subject, boolean decided) {
        static final Found OPEN = new Found(null, false);
    }

    /** The speaker of the reporting verb inside {@code cue}. */
    static Found ofCue(ArticleContext ctx, Sentence s, Span cue, Subjects.Previous previous) {
        Subjects.Subject sub = subjectOf(ctx, s, cue, previous);
        if (sub != null) {
            return new Found(sub, true);
        }
        int verb = verbIn(s, cue);
        Token subj = verb < 0 ? null : sharedSubject(s, verb);
        boolean described = subj != null && subj.hasPos("NN") && !subj.hasPos("NNP") && !ctx.inQuote(subj.begin())
                && Descriptions.nounOf(leftPhrase(s, subj).of(ctx.text)) != null
                // "a commander, who identified himself as Abu Omar, said": a name inside the subject is left to Subjects
                && ctx.mentionsIn(s.subtree(subj.index())).stream().noneMatch(m -> m.entity().type() == EntityType.PERSON);
        return described ? new Found(null, true) : Found.OPEN;
    }

    /** The verb's subject, or for a verb coordinated without one ("It blamed ... and said") its head verb's. */
    private static Token sharedSubject(Sentence s, int verb) {
        int holder = verb;
        Token subj = s.child(holder, "nsubj");
        for (int steps = 0; subj == null && steps < 3; steps++) {
            Token t = s.tokens().get(holder);
            if (t.head() < 0 || !t.hasRelation("conj")) {
                break;
            }
            holder = t.head();
            subj = s.child(holder, "nsubj");
        }
        // only a main verb shares its subject: a verb the parser hung under reported content ("X said its fighters
        // had redeployed, but denied ...") does not take the content's subject
        return holder == verb || s.tokens().get(holder).isRoot() ? subj : null;
    }

    private static Subjects.Subject subjectOf(ArticleContext ctx, Sentence s, Span cue, Subjects.Previous previous) {
        int verb = verbIn(s, cue);
        if (verb < 0) {
            return null;
        }
        Token subj = sharedSubject(s, verb);
        if (subj == null || ctx.inQuote(subj.begin())) {
            return null;
        }
        // "The SDF commander, Mazloum Abdi, said": the name in apposition is the speaker
        for (Token a : s.children(subj.index(), "appos")) {
            Mention m = actorAt(ctx, s, a);
            if (m != null && m.entity().type() == EntityType.PERSON) {
                return new Subjects.Subject(m.entity(), m.span(), false);
            }
        }
        Mention named = actorAt(ctx, s, subj);
        if (named != null) {
            return new Subjects.Subject(named.entity(), named.span(), false);
        }
        // "Head of the press office of the Kazakh Foreign Ministry Anuar Zhaynakov indicated": a title phrase ending
        // in a person's name right before the verb is that person
        Span whole = s.subtree(subj.index());
        for (Mention m : ctx.mentionsIn(whole)) {
            if (m.entity().type() == EntityType.PERSON && m.span().end() == whole.end()
                    && ctx.text.substring(m.span().end(), cue.begin()).isBlank()) {
                return new Subjects.Subject(m.entity(), m.span(), false);
            }
        }
        // "The UN's aid coordination body, OCHA, said": a described subject named in apposition is that name
        for (Token a : s.children(subj.index(), "appos")) {
            Mention m = actorAt(ctx, s, a);
            if (m != null) {
                return new Subjects.Subject(m.entity(), m.span(), false);
            }
        }
        if (subj.hasPos("PRP")) {
            String p = subj.text().toLowerCase(Locale.ROOT);
            Entity e = PRONOUNS.contains(p) ? Subjects.resolvePronoun(ctx, p, subj.begin(), previous.speaker(), previous) : null;
            return e == null ? null : new Subjects.Subject(e, subj.span(), true);
        }
        if (!subj.hasPos("NN") || subj.hasPos("NNP")) {
            return null;
        }
        Span phrase = leftPhrase(s, subj);
        if (namesUnknownBody(ctx, s, subj)) {
            return null;
        }
        Entity e = Descriptions.resolve(ctx, phrase.of(ctx.text), owner(ctx, s, subj), phrase.begin(), previous);
        return e == null ? null : new Subjects.Subject(e, phrase, true);
    }

    /**
     * True when a proper name the article does not know qualifies an outlet's description ("the Al-Watan
     * newspaper"): it is an outlet of its own, so the last outlet named is not meant.
     */
    private static boolean namesUnknownBody(ArticleContext ctx, Sentence s, Token noun) {
        // only outlets: "the Defense Ministry" and "the Kremlin spokesman" are capitalised titles of known bodies
        Descriptions.Noun n = Descriptions.nounOf(noun.text());
        if (n == null || !n.types().contains(EntityType.MEDIA_OUTLET)) {
            return false;
        }
        for (Token d : s.children(noun.index(), "compound")) {
            if (d.index() < noun.index() && d.hasPos("NNP")
                    && ctx.mentionsIn(s.span()).stream().noneMatch(m -> m.span().overlaps(d.span()))
                    && ctx.gazetteer.stateForDemonym(d.text()) == null) {
                return true;
            }
        }
        return false;
    }

    /** The subject noun with the words before it that modify it: "the Britain-based monitor", "a Turkish official". */
    private static Span leftPhrase(Sentence s, Token noun) {
        int begin = noun.begin();
        for (Token d : s.dependents(noun.index())) {
            if (d.index() < noun.index()) {
                begin = Math.min(begin, s.subtree(d.index()).begin());
            }
        }
        return new Span(begin, noun.end());
    }

    /** An actor that a dependent of the subject names as its owner, or the state a capital stands for. */
    static Entity owner(ArticleContext ctx, Sentence s, Token noun) {
        for (Token d : s.dependents(noun.index())) {
            if (d.hasRelation("acl")) {
                // "a statement released by the Russian defence ministry": the agent of the participle issued it
                Entity agent = agentOf(ctx, s, d);
                if (agent != null) {
                    return agent;
                }
                continue;
            }
            if (OWNER.stream().noneMatch(d::hasRelation) || d.hasRelation("nmod") && !d.hasRelation("nmod:poss")
                    && s.children(d.index(), "case").stream()
                    .noneMatch(c -> OWNER_CASES.contains(c.text().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            Mention m = mentionAt(ctx, s, d);
            if (m == null) {
                continue;
            }
            if (m.entity().type().isActor()) {
                return m.entity();
            }
            // "the defence ministry in Ankara": a capital stands for its state
            Entity state = ctx.gazetteer.related(m.entity(), "metonymFor");
            if (state != null) {
                return state;
            }
        }
        return null;
    }

    /** The actor or described body in the "by" phrase of a participle ("issued by the ministry"), or null. */
    private static Entity agentOf(ArticleContext ctx, Sentence s, Token participle) {
        for (Token o : s.dependents(participle.index())) {
            boolean by = o.hasRelation("obl") && s.children(o.index(), "case").stream()
                    .anyMatch(c -> c.text().equalsIgnoreCase("by"));
            if (!by) {
                continue;
            }
            Mention m = mentionAt(ctx, s, o);
            if (m != null && m.entity().type().isActor()) {
                return m.entity();
            }
            if (o.hasPos("NN") && !o.hasPos("NNP")) {
                Span phrase = leftPhrase(s, o);
                Descriptions.Noun n = Descriptions.nounOf(phrase.of(ctx.text));
                if (n != null && n.kind() != Descriptions.Kind.ISSUER) {
                    return Descriptions.resolve(ctx, phrase.of(ctx.text), null, phrase.begin(), null);
                }
            }
        }
        return null;
    }

    /** The owner the parse gives the noun ending at {@code end} ("a statement provided by the ministry"), or null. */
    static Entity ownerOfNounEndingAt(ArticleContext ctx, Sentence s, int end) {
        for (Token t : s.tokens()) {
            if (!t.isAnalyzed()) {
                return null;
            }
            if (t.end() == end && t.hasPos("NN")) {
                return owner(ctx, s, t);
            }
        }
        return null;
    }

    /**
     * True when the parse puts one cue inside what another reports: in "The source said that Syria calls on the
     * world to act", "calls on" is part of the source's words, not a statement of Syria's own. A cue coordinated
     * with the other ("criticised ... and called for") is not inside it.
     */
    static boolean reportedWithin(Sentence s, Span inner, Span outer) {
        int vi = verbIn(s, inner);
        int vo = verbIn(s, outer);
        if (vi < 0 || vo < 0 || vi == vo || !s.governs(vo, vi)) {
            return false;
        }
        for (int cur = vi, steps = 0; cur >= 0 && cur != vo && steps < s.tokens().size(); steps++) {
            Token t = s.tokens().get(cur);
            if (t.hasRelation("ccomp")) {
                return true;
            }
            cur = t.head();
        }
        return false;
    }

    /** The first main verb inside the cue ("told reporters" gives "told", "was quoted as saying" "quoted"), or -1. */
    private static int verbIn(Sentence s, Span cue) {
        for (Token t : s.tokens()) {
            if (!t.isAnalyzed()) {
                return -1;
            }
            if (cue.contains(t.span()) && t.hasPos("VB") && !t.hasRelation("aux")) {
                return t.index();
            }
        }
        return -1;
    }

    private static Mention actorAt(ArticleContext ctx, Sentence s, Token t) {
        Mention m = mentionAt(ctx, s, t);
        return m != null && m.entity().type().isActor() ? m : null;
    }

    private static Mention mentionAt(ArticleContext ctx, Sentence s, Token t) {
        for (Mention m : ctx.mentionsIn(s.span())) {
            // a possessive the tokenizer kept whole ("SANA’s") still holds the name
            if (m.span().contains(t.span()) || t.span().contains(m.span())) {
                return m;
            }
        }
        return null;
    }
}

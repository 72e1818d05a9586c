package org.newsgraph.extract;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Who did what to whom, read off the dependency tree of a parsed sentence: the agent and the patient of a verb.
 * "Turkish drones struck Syrian positions" gives the drones' owner as agent and the positions as patient; "soldiers
 * were killed by Syrian shelling" gives the soldiers as patient and the shelling's owner as agent. A verb without a
 * subject of its own ("..., killing nine soldiers", "attacked and seized") takes the subject of the verb it depends on.
 * An argument counts only when an actor mention is its head word or names it ("Turkey's troops", "Syrian government
 * forces"), so "a Kremlin statement" is no argument of the Kremlin. Unparsed sentences give no arguments; callers fall
 * back to surface heuristics.
 */
final class Arguments {
    /** Relations through which a verb without a subject shares the subject of its head. */
    private static final Set<String> SHARES_SUBJECT = Set.of("conj", "advcl", "xcomp", "acl");
    /** Words by which armed men are said to answer to someone (lexicon/allegiance-words.txt). */
    private static final Set<String> ALLEGIANCE = Set.copyOf(org.newsgraph.config.Tsv.lines(
            "newsgraph/lexicon/allegiance-words.txt"));
    /** Prepositions whose phrase after an active verb without an object names whom it was done to. */
    private static final List<String> TARGET_CASES = List.of("against", "on", "at", "with", "targeting");
    /** Relations of a head noun's dependents that name its owner: "Turkey's troops", "the Syrian army's jets". */
    private static final Set<String> OWNER = Set.of("compound", "amod", "nmod:poss", "nmod");

    /**
     * The arguments found; either may be null.
     *
     * @param subject the grammatical subject's actor
     * @param agent   who did it, for an active verb its subject, for a passive one its "by" phrase
     * @param patient whom or what it was done to: the object of an active verb, the subject of a passive one
     * @param subjectToken true when the parse found a subject at all, actor or not
     */
    record Roles(Mention subject, Mention agent, Mention patient, boolean subjectToken) {
    }

    private Arguments() {
    }

    /** The agent and patient of the verb inside a trigger span, or null when the sentence is not parsed. */
    static Roles of(ArticleContext ctx, Sentence s, Span trigger) {
        int verb = verbIn(s, trigger);
        if (verb < 0) {
            return null;
        }
        int holder = verb;
        Token subject = s.child(holder, "nsubj");
        for (int steps = 0; subject == null && steps < 3; steps++) {
            Token t = s.tokens().get(holder);
            if (t.head() < 0 || SHARES_SUBJECT.stream().noneMatch(t::hasRelation)) {
                break;
            }
            holder = t.head();
            subject = s.child(holder, "nsubj");
        }
        boolean passive = subject != null && subject.hasRelation("nsubj:pass") && holder == verb
                || s.child(verb, "aux:pass") != null;
        Token object = s.child(verb, "obj");
        Token byPhrase = null;
        for (Token obl : s.children(verb, "obl")) {
            if (obl.hasRelation("obl:agent") || s.children(obl.index(), "case").stream()
                    .anyMatch(c -> c.text().equalsIgnoreCase("by"))) {
                byPhrase = obl;
                break;
            }
        }
        Mention subj = actorNaming(ctx, s, subject);
        if (passive) {
            return new Roles(subj, actorNaming(ctx, s, byPhrase), subj, subject != null);
        }
        Mention patient = actorNaming(ctx, s, object);
        if (object == null) {
            // "fired on the convoy", "clashed with Turkish forces", "launched attacks against the YPG"
            for (Token obl : s.children(verb, "obl")) {
                if (TARGET_CASES.stream().anyMatch(c -> hasCase(s, obl, c))) {
                    patient = actorNaming(ctx, s, obl);
                    if (patient != null) {
                        break;
                    }
                }
            }
        }
        return new Roles(subj, subj, patient, subject != null);
    }

    /**
     * The doer and the sufferer of an event noun, or null when the sentence is not parsed: its owner ("Turkey's
     * offensive", "the regime's advance"), an actor noun compounded with it ("a Hezbollah attack") or a "by" phrase
     * ("an offensive by government forces") is the doer; an "against", "on" or "targeting" phrase the sufferer
     * ("the attack on Turkish troops").
     */
    static Roles ofNoun(ArticleContext ctx, Sentence s, Span trigger) {
        int noun = Modality.headOf(s, trigger);
        if (noun < 0 || !s.tokens().get(noun).hasPos("NN")) {
            return null;
        }
        Mention agent = null;
        Mention patient = null;
        for (Token d : s.dependents(noun)) {
            if (agent == null && (d.hasRelation("nmod:poss") || d.hasRelation("compound")
                    || d.hasRelation("nmod") && hasCase(s, d, "by"))) {
                agent = actorNaming(ctx, s, d);
            } else if (patient == null && d.hasRelation("nmod")
                    && (hasCase(s, d, "against") || hasCase(s, d, "on") || hasCase(s, d, "targeting"))) {
                patient = actorNaming(ctx, s, d);
            }
        }
        Token governor = s.head(s.tokens().get(noun));
        if (agent == null && governor != null && governor.hasPos("VB") && s.tokens().get(noun).hasRelation("obj")) {
            // "Turkey launched an incursion", "the two armies conducted their fifth joint patrol": who does the verb
            // that brings the event about does the event
            agent = actorNaming(ctx, s, s.child(governor.index(), "nsubj"));
        }
        return new Roles(agent, agent, patient, agent != null);
    }

    /**
     * The actors coordinated with an actor the parse names ("Turkey and Russia started their patrols": Russia for
     * Turkey), in sentence order; empty when the sentence is not parsed.
     */
    static List<Mention> coordinated(ArticleContext ctx, Sentence s, org.newsgraph.model.Entity e) {
        List<Mention> out = new java.util.ArrayList<>();
        for (Token t : s.tokens()) {
            Mention m = actorAt(ctx, s, t);
            if (m == null || !m.entity().equals(e) || !t.isAnalyzed()) {
                continue;
            }
            List<Token> partners = new java.util.ArrayList<>(s.children(t.index(), "conj"));
            Token head = s.head(t);
            if (t.hasRelation("conj") && head != null) {
                partners.add(head);
            }
            for (Token c : partners) {
                Mention cm = actorNaming(ctx, s, c);
                if (cm != null && !cm.entity().equals(e) && out.stream().noneMatch(x -> x.entity().equals(cm.entity()))) {
                    out.add(cm);
                }
            }
        }
        return out;
    }

    /**
     * The count of those who suffered a verb, read off the parse: the number modifying its subject or object
     * ("Twelve people died in air raids", "some 400 people have been displaced", "shelling killed nine soldiers"),
     * or the number that is itself the object ("killed 12"). Null when the parse gives none.
     */
    static Integer sufferers(Sentence s, Span trigger) {
        int verb = verbIn(s, trigger);
        if (verb < 0) {
            return null;
        }
        List<Token> sufferers = new java.util.ArrayList<>();
        for (String rel : List.of("obj", "nsubj:pass", "nsubj")) {
            sufferers.addAll(s.children(verb, rel));
        }
        Token head = s.head(s.tokens().get(verb));
        if (head != null && s.tokens().get(verb).hasRelation("acl")) {
            sufferers.add(head);    // "30,000 civilians fleeing the bombardment"
        }
        for (Token noun : sufferers) {
            if (noun.hasPos("CD")) {
                return number(s, noun);
            }
            Token num = s.child(noun.index(), "nummod");
            if (num != null) {
                return number(s, num);
            }
        }
        return null;
    }

    /** The integer a number token and its own modifiers give ("2,000", "twelve", "1.5 million"), or null. */
    private static Integer number(Sentence s, Token num) {
        StringBuilder words = new StringBuilder(num.text());
        for (Token d : s.dependents(num.index())) {
            if (d.hasPos("CD") && d.index() == num.index() + 1) {
                words.append(' ').append(d.text());      // "1.5 million" is one number in two tokens
            }
        }
        Token next = num.index() + 1 < s.tokens().size() ? s.tokens().get(num.index() + 1) : null;
        if (next != null && next.hasPos("CD") && next.head() == num.index() && words.indexOf(" ") < 0) {
            words.append(' ').append(next.text());
        }
        Token head = s.head(num);
        if (head != null && head.hasPos("CD") && head.index() == num.index() + 1) {
            words.append(' ').append(head.text());       // "1.5" governed by "million"
        }
        return Numbers.parse(words.toString());
    }

    /**
     * Whether a modifier (a time expression) belongs to the verb in {@code predicate} rather than to a verb of a
     * clause below it: in "X said Russian warplanes had bombed a market on Sunday", Sunday goes with "bombed", not
     * with "said". True when the sentence is not parsed (nothing to contradict the surface reading).
     */
    static boolean modifies(Sentence s, Span modifier, Span predicate) {
        int verb = verbIn(s, predicate);
        if (verb < 0) {
            return true;
        }
        Token last = null;
        for (Token t : s.tokens()) {
            if (modifier.contains(t.span()) && t.isWord()) {
                last = t;
            }
        }
        if (last == null) {
            return true;
        }
        int cur = last.head();
        for (int steps = 0; cur >= 0 && steps < s.tokens().size(); steps++) {
            Token t = s.tokens().get(cur);
            if (t.hasPos("VB") && !t.hasRelation("aux")) {
                // coordinated verbs share what precedes them: "Trump on Sunday criticized ... and called for ..."
                // ... and a participle clause leading into the verb: "Speaking in the Kremlin on Friday, Peskov said"
                return cur == verb || conjoined(s, verb, cur) || conjoined(s, cur, verb)
                        || t.hasRelation("advcl") && t.head() == verb && t.hasPos("VBG");
            }
            cur = t.head();
        }
        return true;
    }

    /** True when one token is coordinated under another ("criticized ... and called"). */
    private static boolean conjoined(Sentence s, int dependent, int head) {
        Token d = s.tokens().get(dependent);
        return d.hasRelation("conj") && d.head() == head;
    }

    /** The first main verb inside the trigger ("came under fire" gives "came"; "have killed" gives "killed"), or -1. */
    private static int verbIn(Sentence s, Span trigger) {
        int found = -1;
        for (Token t : s.tokens()) {
            if (!t.isAnalyzed()) {
                return -1;
            }
            if (trigger.contains(t.span()) && t.hasPos("VB") && !t.hasRelation("aux")) {
                found = found < 0 ? t.index() : found;
            }
        }
        return found;
    }

    /** The actor mention that is a phrase's head word or names its owner, or null. */
    private static Mention actorNaming(ArticleContext ctx, Sentence s, Token head) {
        if (head == null) {
            return null;
        }
        Mention m = actorAt(ctx, s, head);
        if (m != null) {
            return m;
        }
        // "forces loyal to Assad", "militias affiliated with Iran": the one they answer to
        for (Token d : s.dependents(head.index())) {
            if ((d.hasRelation("amod") || d.hasRelation("acl")) && d.lemma() != null
                    && ALLEGIANCE.contains(d.lemma().toLowerCase(java.util.Locale.ROOT))) {
                for (Token to : s.dependents(d.index())) {
                    if ((to.hasRelation("obl") || to.hasRelation("nmod")) && actorAt(ctx, s, to) != null) {
                        return actorAt(ctx, s, to);
                    }
                }
            }
        }
        for (Token d : s.dependents(head.index())) {
            if (OWNER.stream().anyMatch(d::hasRelation) && (!d.hasRelation("nmod") || hasCase(s, d, "of"))) {
                m = actorAt(ctx, s, d);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    private static boolean hasCase(Sentence s, Token t, String word) {
        return s.children(t.index(), "case").stream().anyMatch(c -> c.text().equalsIgnoreCase(word));
    }

    private static Mention actorAt(ArticleContext ctx, Sentence s, Token t) {
        for (Mention m : ctx.mentionsIn(s.span())) {
            if (m.span().contains(t.span()) && m.entity().type().isActor()) {
                return m;
            }
        }
        return null;
    }
}

package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.Token;

/**
 * Finds who a verb's subject is without a parser: the closest actor, pronoun or role description before the verb
 * in the same clause that is not the object of a preposition.
 */
final class Subjects {
    private static final Set<String> PREPOSITIONS = Lexicons.load().subjectPrepositions;
    private static final Pattern PRONOUN = Pattern.compile("(?i)(?<![\\p{L}])(he|she|it)(?![\\p{L}])");
    /** "the ministry", "the Kremlin spokesman", "a war monitor": a determiner, up to two modifiers, a speaker noun. */
    private static final Pattern DESCRIPTION = Pattern.compile("(?i)(?<![\\p{L}])(?:the|a|an)\\s+((?:[\\p{L}’'-]+\\s+)"
            + "{0,2}?(?:" + Lexicons.load().speakerNouns.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
            .collect(java.util.stream.Collectors.joining("|")) + "))(?![\\p{L}])");
    private static final int MAX_GAP_WORDS = 8;
    private static final Pattern ISSUED_BY = Pattern.compile("\\s+(?:\\p{L}+ed\\s+)?(?:by|from)\\s");
    private static final Pattern PARENTHETICAL = Pattern.compile(",[^,;\"“”]{2,200},\\s*$");
    private static final Pattern ROLE_TITLE_BEFORE = Pattern.compile("(?<![\\p{L}])(?:" + Lexicons.load().roleTitles
            .stream().filter(t -> t.contains(" ")).map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"))
            + ")\\s+$");

    /**
     * The speaker of the latest statement and where that statement begins, for "it" and "the statement";
     * {@link #NONE} before the first statement.
     */
    record Previous(Entity speaker, int at) {
        static final Previous NONE = new Previous(null, -1);
    }

    /** A resolved subject: the entity, and the mention or words that named it. */
    record Subject(Entity entity, Span span, boolean pronoun) {
    }

    private Subjects() {
    }

    /**
     * The subject of a verb starting at {@code verb}, searched in {@code [from, verb)}.
     *
     * @param lastSpeaker the most recent speaker, for pronouns
     */
    static Subject before(ArticleContext ctx, int from, int verb, Entity lastSpeaker) {
        return before(ctx, from, verb, lastSpeaker, null);
    }

    /** As {@link #before(ArticleContext, int, int, Entity)}, for a reporting verb after a previous statement. */
    static Subject before(ArticleContext ctx, int from, int verb, Entity lastSpeaker, Previous previous) {
        // a parenthetical between subject and verb is skipped: "Mazloum Abdi, the SDF commander, told",
        // "The SDF, which are led by the YPG, said", "Assad, visiting troops in Idlib, called"
        Matcher paren = PARENTHETICAL.matcher(ctx.text.substring(from, verb));
        if (paren.find() && paren.start() > 0) {
            int parenStart = from + paren.start();
            // "Head of the Reconciliation Center, Maj. Gen. Yuri Borenkov, said": the name in the commas is the
            // speaker when the words before it name no person
            Mention named = null;
            boolean personBefore = false;
            for (Mention m : ctx.mentions) {
                if (m.entity().type() == EntityType.PERSON && m.span().begin() >= from && m.span().end() <= verb) {
                    if (m.span().begin() >= parenStart) {
                        named = named == null ? m : named;
                    } else {
                        personBefore = true;
                    }
                }
            }
            if (named != null && !personBefore) {
                return new Subject(named.entity(), named.span(), false);
            }
            verb = parenStart;
        }
        Subject best = null;
        for (Mention m : ctx.mentions) {
            if (m.span().begin() < from || m.span().end() > verb) {
                continue;
            }
            if (m.entity().type() != EntityType.PLACE && !ctx.inQuote(m.span().begin())
                    && !isPrepositionObject(ctx.text, m.span().begin(), ctx)) {
                best = new Subject(m.entity(), m.span(), false);
            }
        }
        String window = ctx.text.substring(from, verb);
        Matcher p = PRONOUN.matcher(window);
        while (p.find()) {
            int at = from + p.start();
            if ((best == null || from + p.end() > best.span().end()) && !ctx.inQuote(at)) {
                Entity e = resolvePronoun(ctx, p.group(1), at, lastSpeaker, previous);
                if (e != null) {
                    best = new Subject(e, new Span(at, from + p.end()), true);
                }
            }
        }
        Matcher d = DESCRIPTION.matcher(window);
        while (d.find()) {
            int at = from + d.start();
            Span ds = new Span(at, from + d.end());
            boolean named = ctx.mentions.stream().anyMatch(m -> m.span().overlaps(ds)
                    && m.entity().type() != EntityType.GOVERNMENT_BODY);
            if ((best == null || from + d.end() >= best.span().end()) && !ctx.inQuote(at) && !named
                    && !isPrepositionObject(ctx.text, at, ctx)) {
                // with its determiner: "the source" goes on with the previous speaker, "a source" does not
                Entity e = Descriptions.resolve(ctx, d.group(), issuedBy(ctx, from + d.end(), verb), at, previous);
                if (e != null) {
                    best = new Subject(e, new Span(at, from + d.end()), true);
                }
            }
        }
        if (best == null) {
            return null;
        }
        String gap = ctx.text.substring(best.span().end(), verb);
        if (Text.words(gap) > MAX_GAP_WORDS || gap.matches("(?s).*(?:[\"“”;]|\\bthat\\b|\\bwhich\\b|\\bwho\\b).*")) {
            return null;
        }
        return best;
    }

    /** "a statement released by the ministry read": the actor after "by" right behind a description, or null. */
    private static Entity issuedBy(ArticleContext ctx, int descriptionEnd, int verb) {
        Matcher by = ISSUED_BY.matcher(ctx.text).region(descriptionEnd, verb);
        if (!by.lookingAt()) {
            return null;
        }
        Mention m = after(ctx, by.end(), 4, false);
        return m == null || m.span().end() > verb ? null : m.entity();
    }

    /** True when the words before a name make it the object of a preposition ("criticism from U.S. President X"). */
    static boolean isPrepositionObject(String text, int begin, ArticleContext ctx) {
        org.newsgraph.nlp.Sentence sentence = ctx.sentenceOf(begin);
        int floor = sentence == null ? 0 : sentence.span().begin();
        // a name right after a role title is the title's holder, even when the title has a preposition in it
        // ("Secretary of State Mike Pompeo", "Minister of Defence Hulusi Akar")
        if (ROLE_TITLE_BEFORE.matcher(text.substring(Math.max(floor, begin - 60), begin)).find()) {
            return false;
        }
        int i = begin;
        for (int steps = 0; steps < 8; steps++) {
            String before = text.substring(Math.max(floor, i - 40), i);
            Matcher w = Pattern.compile("([\\p{L}.’'-]+)([\\s,]*)$").matcher(before);
            if (!w.find()) {
                return false;
            }
            String word = w.group(1);
            String lower = word.toLowerCase(Locale.ROOT);
            if (PREPOSITIONS.contains(lower)) {
                return true;
            }
            boolean skippable = Character.isUpperCase(word.charAt(0)) || lower.equals("and") || lower.equals("the")
                    || lower.endsWith("’s") || lower.endsWith("'s") || lower.equals("or");
            if (!skippable || w.group(2).contains(",")) {
                return false;
            }
            i = Math.max(floor, i - 40) + w.start(1);
        }
        return false;
    }

    /**
     * What "he", "she" or "it" refers to. With a {@code previous} statement (null outside statements), "it" is the
     * organisation that spoke or acted last; without, the last organisation named.
     */
    static Entity resolvePronoun(ArticleContext ctx, String pronoun, int at, Entity lastSpeaker, Previous previous) {
        String p = pronoun.toLowerCase(Locale.ROOT);
        if (p.equals("it") && previous != null) {
            // "The ministry said Syrian forces shelled a post. It said ...": the organisation that spoke or acted
            // last, not the last one named (which may be the subject of what it reported)
            Entity issuer = Descriptions.issuerBefore(ctx, at, previous);
            if (issuer != null) {
                return issuer;
            }
        }
        if (p.equals("it")) {
            Mention m = ctx.lastMentionBefore(at, x -> x.entity().type().isActor()
                    && x.entity().type() != EntityType.PERSON && !isPlural(ctx, x));
            return m == null ? null : m.entity();
        }
        // "President Erdogan rejected the criticism. 'We will not stop,' he said.": a person who has just been the
        // subject of a sentence outranks the last speaker named before them
        Mention subject = ctx.lastMentionBefore(at, x -> x.entity().type() == EntityType.PERSON
                && genderFits(x.entity(), p) && isSubject(ctx, x));
        Mention lastSpoke = lastSpeaker == null ? null : ctx.lastMentionBefore(at, x -> x.entity().equals(lastSpeaker));
        if (subject != null && (lastSpoke == null || subject.span().begin() > lastSpoke.span().end())) {
            return subject.entity();
        }
        if (lastSpeaker != null && lastSpeaker.type() == EntityType.PERSON && genderFits(lastSpeaker, p)) {
            return lastSpeaker;
        }
        Mention m = ctx.lastMentionBefore(at, x -> x.entity().type() == EntityType.PERSON && genderFits(x.entity(), p));
        return m == null ? null : m.entity();
    }

    /**
     * True when a mention is worded as a plural common noun ("Turkish forces", "government troops"), which "it"
     * cannot take up; a plural inside a name ("Syrian Democratic Forces", "United States") is one body.
     */
    static boolean isPlural(ArticleContext ctx, Mention m) {
        String w = m.span().of(ctx.text).strip();
        String last = w.substring(w.lastIndexOf(' ') + 1);
        return last.length() > 3 && Character.isLowerCase(last.charAt(0)) && last.endsWith("s") && !last.endsWith("ss");
    }

    /**
     * True when the parse makes a mention the subject of a clause the article itself asserts (false for unparsed
     * sentences): in "Mitsotakis suggested that Erdogan should examine the deal" Mitsotakis is, Erdogan (subject of
     * reported content) is not, and neither is a name inside a quotation.
     */
    static boolean isSubject(ArticleContext ctx, Mention m) {
        org.newsgraph.nlp.Sentence s = ctx.sentenceOf(m.span().begin());
        if (s == null || ctx.inQuote(m.span().begin())) {
            return false;
        }
        for (org.newsgraph.nlp.Token t : s.tokens()) {
            if (m.span().contains(t.span()) && t.hasRelation("nsubj")) {
                Token head = s.head(t);
                if (head == null) {
                    return true;
                }
                if (m.span().contains(head.span())) {
                    return false;
                }
                for (int steps = 0; steps < 4 && head.hasRelation("conj") && s.head(head) != null; steps++) {
                    head = s.head(head);
                }
                return !head.hasRelation("ccomp");
            }
        }
        return false;
    }

    private static boolean genderFits(Entity person, String pronoun) {
        String g = person.firstProp("gender");
        return g == null || (pronoun.equals("he") ? g.equals("m") : g.equals("f"));
    }

    /** What a description refers to ("the ministry", "the war monitor"); see {@link Descriptions}. */
    static Entity resolveDescription(ArticleContext ctx, String description, int at) {
        return Descriptions.resolve(ctx, description, null, at, null);
    }

    /** The first actor named right after a position (for "said Peskov", "according to X", "told Putin"). */
    static Mention after(ArticleContext ctx, int offset, int maxWords, boolean preferPerson) {
        org.newsgraph.nlp.Sentence s = ctx.sentenceOf(offset);
        int limit = s == null ? ctx.text.length() : s.span().end();
        List<Mention> ms = ctx.mentions.stream().filter(m -> m.span().begin() >= offset && m.span().end() <= limit
                && Text.words(ctx.text.substring(offset, m.span().begin())) <= maxWords
                && m.entity().type() != EntityType.PLACE && !ctx.inQuote(m.span().begin())).toList();
        if (ms.isEmpty()) {
            return null;
        }
        if (preferPerson) {
            for (Mention m : ms) {
                if (m.entity().type() == EntityType.PERSON) {
                    return m;
                }
            }
        }
        return ms.get(0);
    }
}

package org.newsgraph.extract;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.config.Tsv;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Who a speaker description refers to: "the ministry" and "the war monitor" to the last ministry or monitor named,
 * "the spokesman" to the last person holding that role, "a Turkish official" to Turkey, "the statement" to whoever
 * issued it. The nouns and what they may refer to are data ({@code lexicon/speaker-nouns.tsv}).
 *
 * <pre>{@code
 * // "The Syrian Observatory for Human Rights counted 14 dead. The monitor said ..."
 * Descriptions.resolve(ctx, "monitor", null, at, null);   // the Observatory
 * }</pre>
 */
final class Descriptions {
    private static final Pattern WORD = Pattern.compile("[\\s,]+");
    private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}['’]s?(?:\\s|$)");

    /** How a description finds its referent. */
    enum Kind { BODY, PERSON, MEMBER, ISSUER, NONE }

    /**
     * One speaker noun of the lexicon.
     *
     * @param noun   lowercase, one or two words
     * @param types  for bodies, the entity types it may refer to
     * @param filter for bodies, a property (key=value) the entity must carry, or null
     */
    record Noun(String noun, Kind kind, Set<EntityType> types, String filter) {
        static Map<String, Noun> read(List<Tsv.Row> rows) {
            Map<String, Noun> out = new LinkedHashMap<>();
            for (Tsv.Row r : rows) {
                Kind k;
                try {
                    k = Kind.valueOf(r.require("kind").toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(r.file() + ":" + r.line() + ": kind '" + r.get("kind")
                            + "' is none of body, person, member, issuer, none", e);
                }
                Set<EntityType> ts = EnumSet.noneOf(EntityType.class);
                r.list("types").forEach(t -> ts.add(EntityType.parse(t)));
                if (k == Kind.BODY && ts.isEmpty()) {
                    throw new IllegalArgumentException(r.file() + ":" + r.line() + ": a body noun needs its types");
                }
                String f = r.get("filter");
                out.put(r.require("noun"), new Noun(r.require("noun"), k, Set.copyOf(ts), f.isEmpty() ? null : f));
            }
            return Map.copyOf(out);
        }

        boolean fits(Entity e) {
            if (!types.contains(e.type())) {
                return false;
            }
            if (filter == null) {
                return true;
            }
            int eq = filter.indexOf('=');
            return e.prop(filter.substring(0, eq)).contains(filter.substring(eq + 1));
        }
    }

    private Descriptions() {
    }

    /** The lexicon entry for a description: its last two words, else its last word; null when none. */
    static Noun nounOf(String description) {
        Map<String, Noun> nouns = Lexicons.load().speakerNouns;
        String[] w = WORD.split(description.toLowerCase(Locale.ROOT).strip());
        if (w.length >= 2) {
            Noun two = nouns.get(w[w.length - 2] + " " + w[w.length - 1]);
            if (two != null) {
                return two;
            }
        }
        return w.length == 0 ? null : nouns.get(w[w.length - 1]);
    }

    /**
     * The speaker a description refers to, or null.
     *
     * @param words       the description as written, with or without its article ("the Kremlin spokesman")
     * @param owner       an actor the parse attaches to it ("Kremlin" in "a Kremlin statement", the ministry in
     *                    "an official at the ministry", Turkey in "the ministry in Ankara"), or null
     * @param at          where the description starts
     * @param previous    the latest statement, or null
     */
    static Entity resolve(ArticleContext ctx, String words, Entity owner, int at, Subjects.Previous previous) {
        Noun n = nounOf(words);
        if (n == null) {
            return null;
        }
        String d = words.strip().replaceFirst("(?i)^(?:the|a|an)\\s+", "");
        return switch (n.kind()) {
            case NONE -> null;
            case PERSON -> orPrevious(person(ctx, n, d, owner, at), words, previous, true);
            case MEMBER -> orPrevious(member(ctx, d, owner), words, previous, false);
            case ISSUER -> issuer(ctx, n, d, owner, at, previous);
            case BODY -> body(ctx, n, d, owner, at);
        };
    }

    /**
     * A definite description nobody else fits ("the lawmaker stressed", "the source added", "the VP said") goes on
     * with the speaker of the statement before it, who is the one the writer has been describing; an indefinite
     * one ("a source said") introduces someone new and stays unresolved.
     */
    private static Entity orPrevious(Entity found, String words, Subjects.Previous previous, boolean person) {
        if (found != null || previous == null || previous.speaker() == null
                || !words.strip().toLowerCase(Locale.ROOT).startsWith("the ")) {
            return found;
        }
        return !person || previous.speaker().type() == EntityType.PERSON ? previous.speaker() : null;
    }

    /**
     * Who issued a document: the owner the parse gives it ("a statement released by the ministry"), the body or
     * state its modifiers name ("a Greek government statement"), else the organisation that spoke or acted last.
     */
    private static Entity issuer(ArticleContext ctx, Noun n, String d, Entity owner, int at, Subjects.Previous previous) {
        if (owner != null && owner.type() != EntityType.PERSON) {
            return owner;
        }
        String[] w = WORD.split(d.strip());
        if (w.length >= 2) {
            String modifiers = String.join(" ", java.util.Arrays.copyOf(w, w.length - n.noun().split(" ").length));
            Noun body = nounOf(modifiers);
            Entity e = body != null && body.kind() == Kind.BODY ? body(ctx, body, modifiers, null, at) : null;
            if (e != null) {
                return e;
            }
            Entity state = stateNamedIn(ctx, modifiers);
            if (state != null) {
                return state;
            }
        }
        return issuerBefore(ctx, at, previous == null ? Subjects.Previous.NONE : previous);
    }

    private static Entity person(ArticleContext ctx, Noun n, String d, Entity owner, int at) {
        Entity byRole = ctx.personForRole(d);
        if (byRole != null) {
            return byRole;
        }
        Mention holder = ctx.lastMentionBefore(at, m -> m.entity().type() == EntityType.PERSON
                && holdsRole(ctx, m, n.noun()));
        if (holder != null) {
            return holder.entity();
        }
        // "a spokesman for HTS said": the unnamed spokesman speaks for the group
        return owner != null && owner.type() != EntityType.PERSON ? owner : null;
    }

    /** True when the article or the gazetteer gives a person a role ending in a noun ("Kremlin spokesman"). */
    private static boolean holdsRole(ArticleContext ctx, Mention m, String noun) {
        Pattern word = Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(noun) + "(?![\\p{L}])");
        if (ctx.recognition.roles().entrySet().stream()
                .anyMatch(r -> r.getValue().equals(m.entity()) && word.matcher(r.getKey()).find())) {
            return true;
        }
        if (m.entity().prop("role").stream().anyMatch(r -> word.matcher(r).find())) {
            return true;
        }
        // "Dmitry Peskov, the Kremlin spokesman," / "spokesman Dmitry Peskov"
        int end = Math.min(ctx.text.length(), m.span().end() + 60);
        String after = ctx.text.substring(m.span().end(), end);
        String before = ctx.text.substring(Math.max(0, m.span().begin() - 30), m.span().begin());
        Pattern appositive = Pattern.compile("(?is)^,\\s+(?:(?:the|a|an)\\s+)?[^,;.\"“”]{0,40}?(?<![\\p{L}])"
                + Pattern.quote(noun) + "(?![\\p{L}])(?:\\s+(?:of|for|to)\\s+[^,;.]{0,40})?\\s*,");
        return appositive.matcher(after).find() || before.strip().toLowerCase(Locale.ROOT).endsWith(noun);
    }

    /** "a Turkish official" speaks for Turkey, "a Syrian military source" for the Syrian army. */
    private static Entity member(ArticleContext ctx, String d, Entity owner) {
        if (owner != null && owner.type() != EntityType.PERSON) {
            return owner;
        }
        Entity state = stateNamedIn(ctx, d);
        if (state == null) {
            return null;
        }
        boolean military = WORD.splitAsStream(d.toLowerCase(Locale.ROOT))
                .anyMatch(Lexicons.load().militaryModifiers::contains);
        Entity force = military ? ctx.gazetteer.related(state, "military") : null;
        return force != null ? force : state;
    }

    private static Entity body(ArticleContext ctx, Noun n, String d, Entity owner, int at) {
        if (owner != null && n.fits(owner)) {
            return owner;
        }
        if (owner == null && POSSESSIVE.matcher(d).find()) {
            // "the provincial governor's office": a body of someone the article does not name, not the last one named
            return null;
        }
        Entity state = owner != null && owner.type() == EntityType.STATE ? owner : stateNamedIn(ctx, d);
        if (state != null) {
            // "the Turkish defence ministry", "the defence ministry in Ankara": the state's body of that name
            Entity named = namedForState(ctx, state, d, n);
            if (named != null) {
                return named;
            }
        }
        Mention m = ctx.lastMentionBefore(at, x -> n.fits(x.entity()) && belongsTo(x.entity(), state)
                && labelHas(x.entity(), n.noun()));
        if (m == null) {
            m = ctx.lastMentionBefore(at, x -> n.fits(x.entity()) && belongsTo(x.entity(), state));
        }
        return m == null ? null : m.entity();
    }

    private static Entity namedForState(ArticleContext ctx, Entity state, String d, Noun n) {
        String demonym = state.firstProp("demonym");
        if (demonym == null) {
            return null;
        }
        String rest = WORD.splitAsStream(d).filter(w -> ctx.gazetteer.stateForDemonym(w) == null)
                .reduce((a, b) -> a + " " + b).orElse("");
        for (String form : List.of(rest, rest.toLowerCase(Locale.ROOT), titleCase(rest))) {
            Entity e = ctx.gazetteer.lookup(demonym + " " + form);
            if (e != null && n.fits(e)) {
                return e;
            }
        }
        return null;
    }

    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : WORD.split(s)) {
            if (!w.isEmpty()) {
                sb.append(sb.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }

    /** The state a demonym in the description names ("Turkish"); "-based" and "-backed" words name no owner. */
    static Entity stateNamedIn(ArticleContext ctx, String d) {
        for (String w : WORD.split(d)) {
            Entity s = ctx.gazetteer.stateForDemonym(w);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static boolean belongsTo(Entity e, Entity state) {
        if (state == null || e.equals(state)) {
            return true;
        }
        String demonym = state.firstProp("demonym");
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(e.label()), e.aliases().stream())
                .anyMatch(a -> a.contains(state.label()) || demonym != null && a.contains(demonym));
    }

    private static boolean labelHas(Entity e, String noun) {
        Pattern word = Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(noun) + "(?![\\p{L}])");
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(e.label()), e.aliases().stream())
                .anyMatch(a -> word.matcher(a).find());
    }

    /**
     * Who an issued text or an "it" refers to: the later of the last organisation that spoke and the last
     * organisation that was the subject of a main clause ("The ministry issued a statement ... It said"); a subject
     * of reported content ("the ministry said Syrian forces shelled ...") does not count.
     */
    static Entity issuerBefore(ArticleContext ctx, int at, Subjects.Previous previous) {
        Entity spoke = previous.speaker() == null || previous.speaker().type() == EntityType.PERSON ? null
                : previous.speaker();
        Mention acted = ctx.lastMentionBefore(at, x -> x.entity().type().isActor()
                && x.entity().type() != EntityType.PERSON && isMainSubject(ctx, x) && !Subjects.isPlural(ctx, x));
        if (spoke == null) {
            return acted == null ? null : acted.entity();
        }
        // an organisation that acted in a later sentence than the one that last spoke is the one "it" continues
        return acted != null && acted.span().begin() > previous.at() ? acted.entity() : spoke;
    }

    /** True when the parse makes a mention the subject of its sentence's main verb (or of one coordinated with it). */
    static boolean isMainSubject(ArticleContext ctx, Mention m) {
        Sentence s = ctx.sentenceOf(m.span().begin());
        if (s == null) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (m.span().contains(t.span()) && t.hasRelation("nsubj")) {
                Token head = s.head(t);
                if (head == null || m.span().contains(head.span())) {
                    continue;
                }
                while (head.hasRelation("conj") && s.head(head) != null) {
                    head = s.head(head);
                }
                return head.isRoot();
            }
        }
        return false;
    }
}

package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.config.Tsv;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.IncidentType;

/**
 * The extractor's word lists, read once from {@code newsgraph/lexicon/}: reporting cues, incident triggers and
 * blockers, agreement nouns, role titles, name heads, capitalised non-names.
 */
final class Lexicons {
    private static final String DIR = "newsgraph/lexicon/";
    private static volatile Lexicons shared;

    /** A reporting cue. */
    record Cue(String phrase, String kind, String tense) {
    }

    /** An incident trigger. */
    /**
     * Words that make a trigger unreal, evaluated rather than reported, or too vague to be an incident.
     *
     * @param pattern over the lowercase text of the sentence right before (side "before") or right after the trigger
     * @param after   true for side "after"
     * @param types   the incident types it applies to; empty for all
     */
    record Blocker(Pattern pattern, boolean after, List<IncidentType> types) {
        boolean appliesTo(IncidentType t) {
            return types.isEmpty() || types.contains(t);
        }
    }

    /**
     * An incident trigger.
     *
     * @param pattern  over the lowercase sentence text
     * @param type     the incident type it gives
     * @param subject  the role of its grammatical subject: agent, patient, or event (the trigger is a noun)
     * @param pos      "V" when its head word must be a verb, "N" a noun, "" either (checked on parsed sentences:
     *                 "strike" the noun is an attack, "Turkey strikes a deal" is not)
     * @param requires arguments it must have to count: "armed-agent" (its doer is a state, a force or an armed
     *                 group: "troops entered the town", not "the deal entered into force"), "place-object" (it
     *                 names a place or country after it)
     * @param literal  text every match of the pattern holds ({@link RequiredLiteral}), or null when it names none
     */
    record Trigger(Pattern pattern, IncidentType type, String subject, String pos, Set<String> requires,
                   String literal) {
        /** Whether the trigger can match this lower-case text at all (its {@link RequiredLiteral} is in it). */
        boolean mayMatch(String lower) {
            return literal == null || lower.contains(literal);
        }
    }

    final List<Cue> cues;
    final List<Trigger> triggers;
    /** Patterns after a reporting verb that make it an action, not speech ("responded by launching"). */
    final List<Pattern> cueBlockers;
    /** Nouns naming a state's military after a demonym ("Turkish soldiers"). */
    final List<String> forceNouns;
    /** Framing words ("terrorist", "rebels", "so-called") and the plural noun each is counted under. */
    final Map<String, String> framingNouns;
    /** Plural nouns that, standing alone, refer to armed groups the article does not name ("terrorists"). */
    final List<String> genericGroupNouns;
    final List<Blocker> blockers;
    final Map<String, String> agreementNouns;
    final List<String> roleTitles;
    final Map<String, EntityType> nameHeads;
    /** First words of names that decide their type ("Ministry of ...", "Jaish al-..."). */
    final Map<String, EntityType> firstHeads;
    final Set<String> stopCapitals;
    /** Nouns that describe a speaker without naming it ("the ministry", "the spokesman"), by noun. */
    final Map<String, Descriptions.Noun> speakerNouns;
    /** Reporting cues whose object is the one spoken to ("told"), not the speaker. */
    final Set<String> addresseeCues;
    /** Prepositions whose object is never the subject of a reporting verb. */
    final Set<String> subjectPrepositions;
    /** Words that make an unnamed official speak for a state's armed forces ("military source"). */
    final Set<String> militaryModifiers;

    private Lexicons() {
        List<Cue> c = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(DIR + "reporting.tsv")) {
            c.add(new Cue(r.require("phrase"), r.require("kind"), r.get("tense")));
        }
        c.sort(Comparator.comparingInt((Cue x) -> x.phrase().length()).reversed());
        cues = List.copyOf(c);
        List<Trigger> t = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(DIR + "incident-triggers.tsv")) {
            String pos = r.get("pos") == null ? "" : r.get("pos").strip();
            if (!pos.isEmpty() && !pos.equals("V") && !pos.equals("N")) {
                throw new IllegalStateException(r.file() + ":" + r.line() + ": pos must be V, N or empty, not " + pos);
            }
            String req = r.get("requires") == null ? "" : r.get("requires").strip();
            Set<String> requires = req.isEmpty() ? Set.of() : Set.of(req.split("\\s*,\\s*"));
            for (String q : requires) {
                if (!q.equals("armed-agent") && !q.equals("place-object")) {
                    throw new IllegalStateException(r.file() + ":" + r.line() + ": unknown requirement " + q);
                }
            }
            t.add(new Trigger(Pattern.compile("\\b(?:" + r.require("pattern") + ")\\b"),
                    IncidentType.parse(r.require("type")), r.require("subject"), pos, requires,
                    RequiredLiteral.of(r.require("pattern"))));
        }
        triggers = List.copyOf(t);
        List<Blocker> b = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(DIR + "incident-blockers.tsv")) {
            String side = r.get("side") == null || r.get("side").isBlank() ? "before" : r.get("side").strip();
            if (!side.equals("before") && !side.equals("after")) {
                throw new IllegalStateException("incident-blockers.tsv: side must be 'before' or 'after', not " + side);
            }
            String types = r.get("types") == null ? "" : r.get("types").strip();
            List<IncidentType> ts = types.isEmpty() || types.equals("*") ? List.of()
                    : java.util.Arrays.stream(types.split(",")).map(x -> IncidentType.parse(x.strip())).toList();
            b.add(new Blocker(Pattern.compile(r.require("pattern")), side.equals("after"), ts));
        }
        blockers = List.copyOf(b);
        Map<String, String> nouns = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.read(DIR + "agreement-nouns.tsv")) {
            nouns.put(r.require("noun"), r.require("kind"));
        }
        agreementNouns = Map.copyOf(nouns);
        List<String> titles = new ArrayList<>(Tsv.lines(DIR + "role-titles.txt"));
        titles.sort(Comparator.comparingInt(String::length).reversed());
        roleTitles = List.copyOf(titles);
        Map<String, EntityType> heads = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.read(DIR + "name-heads.tsv")) {
            heads.put(r.require("head"), EntityType.parse(r.require("type")));
        }
        nameHeads = Map.copyOf(heads);
        Map<String, EntityType> first = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.read(DIR + "first-heads.tsv")) {
            first.put(r.require("head"), EntityType.parse(r.require("type")));
        }
        firstHeads = Map.copyOf(first);
        stopCapitals = Set.copyOf(new HashSet<>(Tsv.lines(DIR + "stop-capitals.txt")));
        forceNouns = List.copyOf(Tsv.lines(DIR + "force-nouns.txt"));
        cueBlockers = Tsv.lines(DIR + "cue-blockers.txt").stream().map(Pattern::compile).toList();
        Map<String, String> fr = new LinkedHashMap<>();
        List<String> gen = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(DIR + "framing.tsv")) {
            fr.put(r.require("word"), r.require("noun"));
            if (r.get("generic").equals("yes")) {
                gen.add(r.require("word"));
            }
        }
        framingNouns = Map.copyOf(fr);
        genericGroupNouns = List.copyOf(gen);
        speakerNouns = Descriptions.Noun.read(Tsv.read(DIR + "speaker-nouns.tsv"));
        addresseeCues = Set.copyOf(Tsv.lines(DIR + "addressee-cues.txt"));
        subjectPrepositions = Set.copyOf(Tsv.lines(DIR + "subject-prepositions.txt"));
        militaryModifiers = Set.copyOf(Tsv.lines(DIR + "military-modifiers.txt"));
    }

    static Lexicons load() {
        Lexicons l = shared;
        if (l == null) {
            synchronized (Lexicons.class) {
                if (shared == null) {
                    shared = new Lexicons();
                }
                l = shared;
            }
        }
        return l;
    }
}

package org.newsgraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.config.Tsv;

/**
 * The word lists of the entity recognizer and the group framing, read once from {@code newsgraph/lexicon/}: locative
 * words, place nouns, honorifics, state nouns, hyphen suffixes, media nouns, months and time prepositions, group nouns.
 * Each file says in its header what its words do.
 */
final class RecognizerWords {
    private static final String DIR = "newsgraph/lexicon/";
    private static volatile RecognizerWords shared;

    /** Words after which a capital is the city, not its state ("in Moscow", "the capital Ankara"). */
    final Set<String> locatives;
    /** Settlement and area nouns ("village", "settlements", "countryside"). */
    final List<String> placeNouns;
    /** Those whose "of" introduces names of places ("the villages of ..."), singular and plural. */
    final List<String> placeNounsOf;
    final List<String> placeNounsOfPlural;
    /** Plural place nouns, which may open a list with a colon ("7 areas, they are: ..."). */
    final List<String> placeNounsPlural;
    final List<String> honorifics;
    /** Lower-case particles of Arabic names ("al", "bin", "ash"). */
    final List<String> nameParticles;
    /** Prepositions after which a name tagged as a person is a place ("near Maar Shamarin"). */
    final List<String> placePrepositions;
    /** Reporting verbs that make an untyped name right before them a person. */
    final List<String> speechAfterName;
    /** Words between a demonym and a force noun ("government", "regime", "occupation"). */
    final List<String> forceModifiers;
    /** Nouns that after a demonym stand for the state, with the framing each carries ("" for none). */
    final Map<String, String> stateNouns;
    /** Participles after a hyphen that leave the name before them a mention ("-linked", "-backed"). */
    final List<String> hyphenSuffixes;
    final List<String> mediaNouns;
    final Set<String> months;
    final Set<String> timePrepositions;
    /** Group nouns by use: "single", "plural", "modifier" (see group-nouns.tsv). */
    final Map<String, List<String>> groupNouns;

    private RecognizerWords() {
        locatives = Set.copyOf(Tsv.lines(DIR + "locatives.txt"));
        List<Tsv.Row> pn = Tsv.read(DIR + "place-nouns.tsv");
        placeNouns = pn.stream().map(r -> r.require("noun")).toList();
        placeNounsOf = pn.stream().filter(r -> r.get("of").equals("yes")).map(r -> r.require("noun")).toList();
        placeNounsPlural = pn.stream().filter(r -> r.get("plural").equals("yes")).map(r -> r.require("noun")).toList();
        placeNounsOfPlural = pn.stream().filter(r -> r.get("of").equals("yes") && r.get("plural").equals("yes"))
                .map(r -> r.require("noun")).toList();
        honorifics = Tsv.lines(DIR + "honorifics.txt");
        nameParticles = Tsv.lines(DIR + "name-particles.txt");
        placePrepositions = Tsv.lines(DIR + "place-prepositions.txt");
        speechAfterName = Tsv.lines(DIR + "speech-after-name.txt");
        forceModifiers = Tsv.lines(DIR + "force-modifiers.txt");
        Map<String, String> sn = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.read(DIR + "state-nouns.tsv")) {
            sn.put(r.require("noun").toLowerCase(Locale.ROOT), r.get("framing"));
        }
        stateNouns = Map.copyOf(sn);
        hyphenSuffixes = Tsv.lines(DIR + "hyphen-suffixes.txt");
        mediaNouns = Tsv.lines(DIR + "media-nouns.txt");
        months = Set.copyOf(Tsv.lines(DIR + "months.txt"));
        timePrepositions = Set.copyOf(Tsv.lines(DIR + "time-prepositions.txt"));
        Map<String, List<String>> gn = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.read(DIR + "group-nouns.tsv")) {
            String use = r.require("use");
            if (!use.equals("single") && !use.equals("plural") && !use.equals("modifier")) {
                throw new IllegalStateException(r.file() + ":" + r.line() + ": use must be single, plural or modifier,"
                        + " not " + use);
            }
            gn.computeIfAbsent(use, u -> new java.util.ArrayList<>()).add(r.require("noun"));
        }
        gn.replaceAll((k, v) -> List.copyOf(v));
        groupNouns = Map.copyOf(gn);
    }

    static RecognizerWords load() {
        RecognizerWords w = shared;
        if (w == null) {
            synchronized (RecognizerWords.class) {
                if (shared == null) {
                    shared = new RecognizerWords();
                }
                w = shared;
            }
        }
        return w;
    }

    List<String> groupNouns(String use) {
        return groupNouns.getOrDefault(use, List.of());
    }
}

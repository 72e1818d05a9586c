package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds mentions of actors and places: gazetteer names, demonym phrases ("Russian and Syrian government forces"),
 * names after role titles ("Deputy White House Press Secretary Judd Deere"), capital cities used for their state
 * ("Ankara retaliated"), acronyms introduced in brackets, and unknown names typed by their head word.
 */
final class EntityRecognizer {
    private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\(([A-Z][A-Za-z0-9]{1,6})\\)");

    private static final Pattern ADJECTIVE_COMPOUND = Pattern.compile("\\p{Lu}[\\p{L}'’.]*-\\p{Ll}+");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the");

    private final Gazetteer gazetteer;
    private final Lexicons lex;
    private final RecognizerWords words;
    /** A name after which a place is expected: "near ...", "the village of ...". */
    private final Pattern placeBefore;
    /** A name inside a list of places: "the settlements of Kara Jurn, Hwaiz, ...", "7 areas, they are: ...". */
    private final Pattern listOfPlaces;
    /** A name that is an item of a list of settlements: "the settlements of Kara Jurn, Hwaiz and Tell al-Tut". */
    private final Pattern placeListBefore;
    /** A settlement noun right after a name: "al-Hbit town". */
    private final Pattern placeNounAfter;
    private final Pattern honorificBefore;
    private final Pattern saidAfter;
    /** A media noun right before ("local channel NTV") or after ("the Al-Watan newspaper") a name. */
    /** A possessive determiner right before a name. */
    private static final Pattern OWNED = Pattern.compile("(?i)\\b(?:its|their|his|her|our|my|your)\\s+$");
    private final Pattern mediaBefore;
    private final Pattern mediaAfter;
    /** A demonym (or several) and a noun that stands for the state: "the Turkish regime", "the Greek side". */
    private final Pattern statePhrase;
    private final Entity unnamedGroups;
    private final GroupFraming framing;
    private final Map<String, Entity> aliases = new HashMap<>();
    private final AliasFinder aliasFinder;

    /** A word of a name: capitalised, or a particle joined to a capitalised word ("al-Bab", "bin-Laden"). */
    private final Pattern nameToken;
    private final Pattern demonymPhrase;
    private final Pattern demonymWord;
    private final Pattern roleName;

    EntityRecognizer(Gazetteer gazetteer, Lexicons lex) {
        this.gazetteer = gazetteer;
        this.lex = lex;
        this.words = RecognizerWords.load();
        String particles = Text.alternation(words.nameParticles);
        nameToken = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.-]*|(?:" + particles + ")-\\p{Lu}[\\p{L}'’-]*)");
        for (Map.Entry<String, Entity> e : gazetteer.aliases().entrySet()) {
            aliases.put(e.getKey(), e.getValue());
            // straight and curly apostrophes are one letter to the reader: "Ma'arrat al-Nu'man", "Ma’arrat al-Nu’man"
            if (e.getKey().indexOf('\'') >= 0 || e.getKey().indexOf('’') >= 0) {
                aliases.putIfAbsent(e.getKey().replace('\'', '’'), e.getValue());
                aliases.putIfAbsent(e.getKey().replace('’', '\''), e.getValue());
            }
            if (e.getValue().type() == EntityType.PLACE) {
                aliases.putIfAbsent(e.getKey().toUpperCase(Locale.ROOT), e.getValue());
            }
            // a body's name as running text writes it: "Russian defence ministry", "Russia's defence ministry"
            if (e.getValue().type() == EntityType.GOVERNMENT_BODY && e.getKey().matches("\\p{Lu}\\p{L}+ \\p{Lu}.*")) {
                String[] w = e.getKey().split(" ", 2);
                String tail = w[1].toLowerCase(Locale.ROOT);
                aliases.putIfAbsent(w[0] + " " + tail, e.getValue());
                Entity state = gazetteer.stateForDemonym(w[0]);
                if (state != null) {
                    aliases.putIfAbsent(state.label() + "'s " + tail, e.getValue());
                    aliases.putIfAbsent(state.label() + "’s " + tail, e.getValue());
                }
            }
            // a lower-case alias opens a sentence capitalised: "Government forces took control"
            String k = e.getKey();
            if (k.contains(" ") && Character.isLowerCase(k.charAt(0))) {
                aliases.putIfAbsent(Character.toUpperCase(k.charAt(0)) + k.substring(1), e.getValue());
            }
        }
        // a hyphen after a name joins it to a word ("Assad-era") unless a participle ("al-Qaida-linked") or another
        // name ("EU-Turkey statement") follows: then the name is a mention of its own
        aliasFinder = new AliasFinder(aliases.keySet(), Pattern.compile(aliasNotAfter(words.hyphenSuffixes)));
        List<String> demonyms = gazetteer.entities().stream().filter(e -> e.type() == EntityType.STATE)
                .flatMap(e -> e.prop("demonym").stream()).toList();
        String d = "(?:" + Text.alternation(demonyms) + ")";
        demonymWord = Pattern.compile("(?<![\\p{L}-])" + d + "(?![\\p{L}-])");
        demonymPhrase = Pattern.compile("(?<![\\p{L}-])" + d + "(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+)" + d + ")*"
                + "\\s+(?:(?:" + Text.alternation(words.forceModifiers) + ")\\s+)?(?:" + Text.alternation(lex.forceNouns)
                + ")(?![\\p{L}])");
        statePhrase = Pattern.compile("(?<![\\p{L}-])" + d + "(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+)" + d + ")*"
                + "\\s+(" + Text.alternation(words.stateNouns.keySet()) + ")(?![\\p{L}-])");
        String places = Text.alternation(words.placeNouns);
        String placesOf = Text.alternation(words.placeNounsOf);
        placeBefore = Pattern.compile("(?i)\\b(?:" + Text.alternation(words.placePrepositions) + "|(?:" + placesOf
                + ") of)\\s+$");
        listOfPlaces = Pattern.compile("(?i)\\b(?:" + Text.alternation(words.placeNounsPlural)
                + "|including)\\b[^.;:\"“”]{0,70}(?:,|\\band|\\bincluding)\\s+$");
        // the items of a list of places: capitalised words with Arabic particles ("Tell al-Tut", "al-Areim")
        String item = "(?:(?i:" + particles + ")-)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:" + particles
                + ")-)?\\p{L}[\\p{L}'’-]*){0,3}";
        String items = "(?:" + item + "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+))*";
        placeListBefore = Pattern.compile("(?<![\\p{L}])(?:(?i:" + placesOf + ")\\s+of(?:\\s+the)?\\s+"
                + "|(?i:" + Text.alternation(words.placeNounsOfPlural) + ")\\s+of(?:\\s+the)?\\s+" + items
                + "|(?i:" + Text.alternation(words.placeNounsPlural) + "),?\\s+(?:(?i:they|which)\\s+(?:are|were)\\s*)?:\\s+"
                + items + ")$");
        placeNounAfter = Pattern.compile("^\\s+(?:" + places + ")(?![\\p{L}])");
        honorificBefore = Pattern.compile("\\b(?:" + Text.alternation(words.honorifics) + ")\\.?\\s+$");
        saidAfter = Pattern.compile("\\s+(?:" + Text.alternation(words.speechAfterName) + ")\\b");
        String media = Text.alternation(words.mediaNouns);
        mediaBefore = Pattern.compile("(?<![\\p{L}])(?:" + media + ")\\s+$");
        mediaAfter = Pattern.compile("^\\s+(?:" + media + ")(?![\\p{L}])");
        roleName = Pattern.compile("(?<![\\p{L}])(?:" + Text.alternation(lex.roleTitles) + ")\\s+("
                + nameToken.pattern() + "(?:\\s+" + nameToken.pattern() + "){0,3})");
        unnamedGroups = gazetteer.byKey("armed-groups-unnamed").orElse(null);
        framing = new GroupFraming(lex, words);
    }

    private record Candidate(Span span, Entity entity, double confidence, int priority, String framing) {
        Candidate(Span span, Entity entity, double confidence, int priority) {
            this(span, entity, confidence, priority, null);
        }
    }

    Recognition recognize(AnalyzedText doc) {
        return recognize(doc, List.of());
    }

    /**
     * Finds the mentions of actors and places.
     *
     * @param quotes the article's quotations: unnamed groups are only recognised in the article's own words, so that
     *               the framing an outlet is credited with is its own, not its sources'
     */
    Recognition recognize(AnalyzedText doc, List<Quote> quotes) {
        String text = doc.text();
        List<Candidate> cands = new ArrayList<>();
        Map<String, Entity> roles = new LinkedHashMap<>();
        Map<String, Entity> discovered = new HashMap<>();
        demonymPhrases(text, cands);
        statePhrases(text, cands);
        aliasMatches(text, cands);
        Map<Span, String> rolePhrases = new HashMap<>();
        roleNames(text, cands, roles, discovered, rolePhrases);
        List<Candidate> chosen = select(cands);
        chosen.addAll(unknownNames(doc, chosen, discovered));
        chosen = select(chosen);
        chosen.addAll(acronyms(text, chosen));
        chosen = select(chosen);
        chosen.addAll(unnamedGroupMentions(text, chosen, quotes));
        chosen = select(chosen);
        List<Mention> mentions = new ArrayList<>();
        for (Candidate c : chosen) {
            String framed = c.framing() != null ? c.framing()
                    : c.entity() == unnamedGroups ? framing.ofUnnamed(c.span().of(text))
                    : c.entity().type() == EntityType.ARMED_GROUP ? framing.ofNamedGroup(text, c.span()) : null;
            mentions.add(new Mention(c.entity(), c.span().of(text), c.span(), framed, rolePhrases.get(c.span()),
                    c.confidence()));
        }
        mentions.sort(Comparator.comparing(Mention::span));
        return new Recognition(mentions, roles);
    }

    /**
     * What may not follow an alias: a letter or digit, or a hyphen joining a word ("Assad-era"), unless one of the
     * suffixes ("al-Qaida-linked") or a capital ("EU-Turkey") comes after the hyphen.
     */
    static String aliasNotAfter(List<String> hyphenSuffixes) {
        return "[\\p{L}\\p{N}]|-(?!(?:" + Text.alternation(hyphenSuffixes) + ")(?![\\p{L}])|\\p{Lu})\\p{L}";
    }

    /** Every alias the recognizer looks for, with the spellings it derives (apostrophes, capitals, ...). */
    java.util.Set<String> aliasKeys() {
        return java.util.Collections.unmodifiableSet(aliases.keySet());
    }

    private void aliasMatches(String text, List<Candidate> out) {
        for (AliasFinder.Hit h : aliasFinder.find(text)) {
            Entity e = aliases.get(text.substring(h.begin(), h.end()));
            if (e == null) {
                continue;
            }
            Span span = new Span(h.begin(), h.end());
            String metonym = e.firstProp("metonymFor");
            if (metonym != null && !isLocative(text, span)) {
                Entity state = gazetteer.byKey(metonym).orElse(null);
                if (state != null) {
                    out.add(new Candidate(span, state, 0.8, 3));
                    continue;
                }
            }
            out.add(new Candidate(span, e, 0.95, 3));
        }
    }

    /** A capital is a place after a locative word or in a dateline; otherwise it stands for its state. */
    private boolean isLocative(String text, Span span) {
        int lineStart = text.lastIndexOf("\n", span.begin() - 1) + 1;
        String before = text.substring(lineStart, span.begin());
        // a dateline ("BEIRUT, Oct 13", "Beirut:", a line of its own, a bullet of a page header)
        if (before.replaceAll("[\\s•·*-]", "").isEmpty() && (text.startsWith(",", span.end())
                || text.startsWith(":", span.end()) || text.startsWith("\n", span.end()) || span.end() == text.length())) {
            return true;
        }
        // "the Damascus suburb of Eastern Ghouta", "Ankara province": a place noun after the city makes it the place
        if (placeNounAfter.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 20))).find()) {
            return true;
        }
        // a dateline of several places: "MOSCOW/ANKARA (Reuters) -"
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 3));
        if (before.matches("[\\p{Lu}\\s/,.'-]*") && (after.startsWith("/") || after.startsWith(" (")
                || after.startsWith(" -") || after.startsWith(" \u2014") || after.startsWith(" \u2013"))) {
            return true;
        }
        Matcher w = Pattern.compile("([\\p{L}]+)\\W*$").matcher(before);
        return w.find() && words.locatives.contains(w.group(1).toLowerCase(Locale.ROOT));
    }

    private void demonymPhrases(String text, List<Candidate> out) {
        Matcher m = demonymPhrase.matcher(text);
        while (m.find()) {
            List<int[]> words = new ArrayList<>();
            Matcher w = demonymWord.matcher(text).region(m.start(), m.end());
            while (w.find()) {
                words.add(new int[] {w.start(), w.end()});
            }
            for (int i = 0; i < words.size(); i++) {
                int[] dw = words.get(i);
                Entity state = gazetteer.stateForDemonym(text.substring(dw[0], dw[1]));
                if (state == null) {
                    continue;
                }
                Entity force = forceOf(state);
                boolean last = i == words.size() - 1;
                Span span = new Span(dw[0], last ? m.end() : dw[1]);
                out.add(new Candidate(span, force, 0.85, 2));
            }
        }
    }

    /**
     * A demonym (or several) before a noun that stands for the state: "the Turkish regime", "the Greek side", "Iranian
     * and Russian delegations". Each demonym is a mention of its state, framed by the noun when the noun frames
     * ("regime", "occupation").
     */
    private void statePhrases(String text, List<Candidate> out) {
        Matcher m = statePhrase.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30)).toLowerCase(Locale.ROOT);
            if (lex.forceNouns.stream().anyMatch(f -> after.matches("\\s+" + Pattern.quote(f) + "(?![\\p{L}]).*"))) {
                continue; // "Turkish occupation army" is the army
            }
            String noun = m.group(1).toLowerCase(Locale.ROOT);
            String framed = words.stateNouns.getOrDefault(noun, "");
            Matcher w = demonymWord.matcher(text).region(m.start(), m.end());
            List<int[]> ds = new ArrayList<>();
            while (w.find()) {
                ds.add(new int[] {w.start(), w.end()});
            }
            for (int i = 0; i < ds.size(); i++) {
                Entity state = gazetteer.stateForDemonym(text.substring(ds.get(i)[0], ds.get(i)[1]));
                if (state != null) {
                    Span span = new Span(ds.get(i)[0], i == ds.size() - 1 ? m.end() : ds.get(i)[1]);
                    out.add(new Candidate(span, state, 0.8, 2, framed.isEmpty() ? null : framed));
                }
            }
        }
    }

    /** The armed forces of a state: the gazetteer's, or a node made for them. */
    private Entity forceOf(Entity state) {
        Entity f = gazetteer.related(state, "military");
        return f != null ? f : Entity.discovered(state.key() + "-armed-forces", EntityType.MILITARY_FORCE,
                state.label() + " armed forces");
    }

    private void roleNames(String text, List<Candidate> out, Map<String, Entity> roles, Map<String, Entity> discovered,
                           Map<Span, String> rolePhrases) {
        Matcher m = roleName.matcher(text);
        while (m.find()) {
            String name = trimName(m.group(1));
            if (name.isEmpty()) {
                continue;
            }
            Span nameSpan = new Span(m.start(1), m.start(1) + name.length());
            Entity person = longestAliasPerson(name);
            if (person == null && personBySuffix(name) != null) {
                person = personBySuffix(name);
                out.add(new Candidate(nameSpan, person, 0.7, 1));
            }
            if (person == null) {
                if (aliases.containsKey(name) || name.split("\\s+").length < 2 && !text.startsWith(" said", nameSpan.end())) {
                    continue;
                }
                person = discovered.computeIfAbsent(name, n -> Entity.discovered(Text.slug(n), EntityType.PERSON, n));
                out.add(new Candidate(nameSpan, person, 0.7, 1));
            }
            String asWritten = rolePhrase(text, m.start(), m.start(1));
            String role = asWritten.toLowerCase(Locale.ROOT);
            if (!role.isEmpty()) {
                rolePhrases.put(nameSpan, asWritten);
                roles.put(role, person);
                String title = text.substring(m.start(), m.start(1)).strip().toLowerCase(Locale.ROOT);
                roles.putIfAbsent(title, person);
            }
        }
    }

    private Entity longestAliasPerson(String name) {
        String n = name;
        while (!n.isEmpty()) {
            Entity e = aliases.get(n);
            if (e != null) {
                return e.type() == EntityType.PERSON ? e : null;
            }
            int sp = n.lastIndexOf(' ');
            n = sp < 0 ? "" : n.substring(0, sp);
        }
        return null;
    }

    /** Cuts a captured name at the first word that cannot be part of a name (a weekday, "The", ...). */
    private String trimName(String name) {
        StringBuilder sb = new StringBuilder();
        for (String tok : name.split("\\s+")) {
            String bare = tok.replaceAll("[’']s$|[.,]$", "");
            if (lex.stopCapitals.contains(bare) || bare.isEmpty()) {
                break;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(bare);
            if (!bare.equals(tok)) {
                break;
            }
        }
        return sb.toString();
    }

    /** The words before a title that belong to the role: "Deputy White House Press Secretary", "Kremlin spokesman". */
    private static String rolePhrase(String text, int titleStart, int nameStart) {
        int b = titleStart;
        for (int i = 0; i < 4; i++) {
            Matcher w = Pattern.compile("(\\p{Lu}[\\p{L}.’'-]*)\\s+$").matcher(text.substring(Math.max(0, b - 40), b));
            if (!w.find()) {
                break;
            }
            b = Math.max(0, b - 40) + w.start(1);
        }
        return text.substring(b, nameStart).strip();
    }

    private List<Candidate> unknownNames(AnalyzedText doc, List<Candidate> known, Map<String, Entity> discovered) {
        List<Candidate> out = new ArrayList<>();
        // people named in full so far, known to the gazetteer or not: a lone surname refers back to them
        List<Entity> people = new ArrayList<>(known.stream().map(Candidate::entity)
                .filter(e -> e.type() == EntityType.PERSON).distinct().toList());
        for (Sentence s : doc.sentences()) {
            List<Token> run = new ArrayList<>();
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                // "Turkey-backed", "UK-based" are adjectives; a demonym only begins a name when capitals follow
                // ("Syrian American Medical Society"), else it is the demonym of a force or a state
                boolean demonym = gazetteer.stateForDemonym(t.text()) != null;
                boolean nameish = nameToken.matcher(t.text()).matches() && !covered(known, t.span())
                        && !(run.isEmpty() && lex.stopCapitals.contains(t.text()))
                        && !ADJECTIVE_COMPOUND.matcher(t.text()).matches()
                        && (!demonym || i + 1 < tokens.size() && nameToken.matcher(tokens.get(i + 1).text()).matches()
                        && !covered(known, tokens.get(i + 1).span())
                        && !lex.forceNouns.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT)));
                // "Ministry of Defence", "Organisation for the Prohibition of Chemical Weapons": a connector joins
                // two capitalised parts of one name
                boolean connector = !run.isEmpty() && i + 1 < tokens.size()
                        && nameToken.matcher(tokens.get(i + 1).text()).matches()
                        && (t.text().equals("of") || t.text().equals("for")
                        || t.text().equals("the") && CONNECTORS.contains(run.get(run.size() - 1).text()))
                        || !run.isEmpty() && (t.text().equals("of") || t.text().equals("for")) && i + 2 < tokens.size()
                        && tokens.get(i + 1).text().equals("the") && nameToken.matcher(tokens.get(i + 2).text()).matches();
                if (nameish || connector) {
                    run.add(t);
                } else {
                    typeName(doc.text(), run, discovered, people, out);
                    run = new ArrayList<>();
                }
            }
            typeName(doc.text(), run, discovered, people, out);
        }
        return out;
    }

    /**
     * Types a run of capitalised words the gazetteer does not know, and makes it a node: by its last word ("... Front",
     * "... Ministry"), its first word ("Ministry of ...", "Jaish al-..."), a reporting verb right after it (a person),
     * a media noun next to it (an outlet), a list of settlements it stands in (a place), or else the named-entity tag
     * the parser gave it. A run the NER calls nothing and no rule types is no name (headline words, sentence-initial
     * capitals).
     */
    private void typeName(String text, List<Token> run, Map<String, Entity> discovered, List<Entity> people,
                          List<Candidate> out) {
        while (!run.isEmpty() && (lex.stopCapitals.contains(run.get(run.size() - 1).text())
                || CONNECTORS.contains(run.get(run.size() - 1).text()))) {
            run = run.subList(0, run.size() - 1);
        }
        if (run.isEmpty()) {
            return;
        }
        Span span = new Span(run.get(0).begin(), run.get(run.size() - 1).end());
        String name = span.of(text);
        String ner = nerTag(run);
        EntityType type = lex.nameHeads.get(run.get(run.size() - 1).text());
        double confidence = 0.6;
        int first = run.size() > 1 && gazetteer.stateForDemonym(run.get(0).text()) != null ? 1 : 0;
        if (type == null && run.size() >= 2) {
            type = lex.firstHeads.get(run.get(first).text());
        }
        if (type == null && first == 1) {
            // a demonym led the run but no head word types it: it was "Syrian" + a name, not one name
            typeName(text, run.subList(1, run.size()), discovered, people, out);
            return;
        }
        String before = text.substring(Math.max(0, span.begin() - 200), span.begin());
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 40));
        if (isMonthDate(run, before, after)) {
            return;
        }
        boolean demonymOnly = run.size() == 1 && gazetteer.stateForDemonym(name) != null;
        // "the Al-Watan newspaper" names an outlet; "its Telegram channel" names an account on a platform
        boolean owned = OWNED.matcher(before).find();
        if (type == null && !demonymOnly && (mediaBefore.matcher(before).find()
                || !owned && mediaAfter.matcher(after).find())) {
            type = EntityType.MEDIA_OUTLET;
        }
        if (type == null && saidAfter.matcher(after).lookingAt()
                && !"ORGANIZATION".equals(ner) && !"LOCATION".equals(ner)) {
            type = EntityType.PERSON;
        }
        // "the settlements of Kara Jurn, Hwaiz and Tell al-Tut", "al-Hbit town": places whatever the tagger says
        // (a capitalised word opening a sentence before a place noun is an adjective: "Residential districts of ...")
        boolean sentenceStart = before.matches("(?s)(?:.*[.!?:;\"“”\\n])?\\s*");
        boolean placeContext = placeListBefore.matcher(before).find()
                || !sentenceStart && placeNounAfter.matcher(after).lookingAt();
        if (placeContext && (type == null || type == EntityType.PERSON && run.size() > 1)) {
            type = EntityType.PLACE;
            confidence = 0.55;
        }
        if (type == null && ner != null) {
            confidence = 0.5;
            type = switch (ner) {
                case "PERSON" -> EntityType.PERSON;
                case "LOCATION" -> EntityType.PLACE;
                case "ORGANIZATION" -> EntityType.ORGANIZATION;
                default -> null;
            };
            // villages the tagger takes for people: "near Maar Shamarin", "the villages of Deir al-Sharqi, Tal Mannas"
            String near = before.substring(Math.max(0, before.length() - 80));
            if (type == EntityType.PERSON && (placeBefore.matcher(near).find() || listOfPlaces.matcher(near).find())) {
                type = EntityType.PLACE;
            }
        }
        if (run.size() == 1 && honorificBefore.matcher(before.substring(Math.max(0, before.length() - 6))).find()
                && (ner == null || ner.equals("PERSON"))) {
            // "Mr Mitsotakis": an honorific makes a lone capitalised word a person
            Entity e = discovered.computeIfAbsent(name, n -> Entity.discovered(Text.slug(n), EntityType.PERSON, n));
            out.add(new Candidate(span, e, 0.55, 0));
            return;
        }
        if (run.size() == 1 && !placeContext) {
            // a lone capitalised word: the surname of a person named in full before, or a place or organisation the
            // parser recognises; never a person of its own (too often a headline word or a stray capital)
            Entity person = java.util.stream.Stream.concat(people.stream(), discovered.values().stream())
                    .filter(d -> d.type() == EntityType.PERSON && (d.label().endsWith(" " + name)
                            || d.aliases().stream().anyMatch(al -> al.endsWith(" " + name))))
                    .findFirst().orElse(null);
            if (person != null) {
                out.add(new Candidate(span, person, 0.55, 0));
                return;
            }
            // an organisation in one word is an acronym ("SDF"); a capitalised common word ("State" in "Secretary
            // of State", "Army" in "Army units") is none, whatever the tagger or the head word says
            if (ner == null && type != EntityType.MEDIA_OUTLET || type == EntityType.PERSON
                    || lex.nameHeads.containsKey(name)
                    || type == EntityType.ORGANIZATION && !name.matches("\\p{Lu}{2,6}")) {
                return;
            }
        }
        if (type == null) {
            // "Fighters of Jaish al-Fatah": the words after a connector may be the name
            for (int k = 1; k < run.size() - 1; k++) {
                if (run.get(k).text().equals("of") || run.get(k).text().equals("for")) {
                    int from = run.get(k + 1).text().equals("the") ? k + 2 : k + 1;
                    typeName(text, run.subList(from, run.size()), discovered, people, out);
                    return;
                }
            }
            return;
        }
        if (type == EntityType.PERSON) {
            // "President Recip Tayyip Erdogan": a name ending in two or more words of a known person's name is that person
            Entity known = personBySuffix(name);
            if (known != null) {
                out.add(new Candidate(span, known, 0.6, 0));
                return;
            }
        }
        EntityType t = type;
        Entity e = discovered.computeIfAbsent(name, n -> Entity.discovered(Text.slug(n), t, n));
        out.add(new Candidate(span, e, confidence, 0));
    }

    /**
     * A month name that is a date, not a surname ("Theresa May" named before, then "In May, the offensive resumed"): a
     * lone month after a time preposition ("in", "since", "early", ...) or before a number ("May 5", "May 2019").
     */
    private boolean isMonthDate(List<Token> run, String before, String after) {
        if (run.size() != 1 || !words.months.contains(run.get(0).text())) {
            return false;
        }
        Matcher prev = Pattern.compile("([\\p{L}]+)[\\s-]*$").matcher(before);
        boolean timeWord = prev.find() && words.timePrepositions.contains(prev.group(1).toLowerCase(Locale.ROOT));
        return timeWord || after.matches("(?s)\\s*,?\\s*\\d.*");
    }

    /** The gazetteer person whose name ends with the last two or more words of this name, or null. */
    private Entity personBySuffix(String name) {
        String[] w = name.split("\\s+");
        for (int k = 1; k + 2 <= w.length; k++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
            Entity e = aliases.get(tail);
            if (e != null && e.type() == EntityType.PERSON) {
                return e;
            }
        }
        return null;
    }

    /** The NER tag all analysed words of a run share, or null (none, mixed, or not analysed). */
    private static String nerTag(List<Token> run) {
        String tag = null;
        for (Token t : run) {
            if (CONNECTORS.contains(t.text()) || t.text().equals("the")) {
                continue;
            }
            if (!t.isEntity()) {
                return null;
            }
            if (tag != null && !tag.equals(t.ner())) {
                return null;
            }
            tag = t.ner();
        }
        return tag;
    }

    private List<Candidate> acronyms(String text, List<Candidate> chosen) {
        Map<String, Entity> local = new HashMap<>();
        for (Candidate c : chosen) {
            Matcher m = ACRONYM_AFTER.matcher(text.substring(c.span().end()));
            if (m.find() && !aliases.containsKey(m.group(1))) {
                local.put(m.group(1), c.entity());
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, Entity> e : local.entrySet()) {
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}])").matcher(text);
            while (m.find()) {
                out.add(new Candidate(new Span(m.start(), m.end()), e.getValue(), 0.8, 1));
            }
        }
        return out;
    }

    private static boolean covered(List<Candidate> cands, Span s) {
        for (Candidate c : cands) {
            if (c.span().overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    /** Longest first, then by priority; later candidates that overlap a chosen one are dropped. */
    private static List<Candidate> select(List<Candidate> cands) {
        List<Candidate> sorted = new ArrayList<>(cands);
        sorted.sort(Comparator.comparingInt((Candidate c) -> c.span().length()).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::priority).reversed()));
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : sorted) {
            if (!covered(out, c.span())) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparing(Candidate::span));
        return out;
    }

    /**
     * Plural framing nouns that stand for armed groups the article does not name ("foreign-backed terrorists", "the
     * rebels", "Takfiri terrorist groups"), outside quotations and not right after a named group (whose framing
     * they are).
     */
    private List<Candidate> unnamedGroupMentions(String text, List<Candidate> chosen, List<Quote> quotes) {
        List<Candidate> out = new ArrayList<>();
        if (unnamedGroups == null) {
            return out;
        }
        for (Span span : framing.unnamedPhrases(text)) {
            boolean quoted = quotes.stream().anyMatch(q -> q.outer().contains(span.begin()));
            boolean framesANamedGroup = chosen.stream().anyMatch(c -> c.span().end() <= span.begin()
                    && text.substring(c.span().end(), span.begin()).isBlank()
                    || c.span().begin() >= span.end() && c.entity().type() == EntityType.ARMED_GROUP
                    && text.substring(span.end(), c.span().begin()).matches("\\s+of\\s+(?:the\\s+)?"));
            if (!quoted && !framesANamedGroup) {
                out.add(new Candidate(span, unnamedGroups, 0.6, 0));
            }
        }
        return out;
    }
}

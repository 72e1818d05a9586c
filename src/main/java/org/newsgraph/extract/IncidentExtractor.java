package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.model.Count;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Incident;
import org.newsgraph.model.IncidentType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;
import org.newsgraph.model.TimeValue;
import org.newsgraph.nlp.Sentence;

/**
 * Finds incidents from the trigger lexicon: attacks, offensives, changes of control, displacement, deployments.
 * Triggers inside quotations, under a blocker ("to stop bombing", "avert an offensive") or re-mentioning an
 * incident already found ("the assault") give no new incident; an incident needs something that anchors it (a
 * time, a count, or a named perpetrator or target). Mentions of the same incident in one article are merged.
 */
final class IncidentExtractor {
    /** A count of the dead or displaced said around a trigger (lexicon/incident-counts.tsv). */
    private record CountPattern(Pattern pattern, boolean killed) {
    }

    private static final List<CountPattern> COUNTS = org.newsgraph.config.Tsv.read(
            "newsgraph/lexicon/incident-counts.tsv").stream()
            .map(r -> new CountPattern(Pattern.compile("(?i)" + r.require("pattern").replace("COUNT", Numbers.COUNT)),
                    switch (r.require("kind")) {
                        case "killed" -> true;
                        case "displaced" -> false;
                        default -> throw new IllegalStateException(r.file() + ":" + r.line()
                                + ": kind must be killed or displaced");
                    }))
            .toList();
    /** The words of a quantity said without a figure (lexicon/vague-quantities.txt): "tens of thousands", "dozens". */
    private static final String VAGUE_QUANTITY = "\\b(?:" + String.join("|",
            org.newsgraph.config.Tsv.lines("newsgraph/lexicon/vague-quantities.txt")) + ")\\b";
    /**
     * A quantity said without a figure, bare or counting people (lexicon/sufferer-nouns.txt: "dozens of civilians",
     * not "hundreds of olive trees").
     */
    private static final String VAGUE = VAGUE_QUANTITY + "(?!\\s+of\\s+(?!(?:"
            + String.join("|", org.newsgraph.config.Tsv.lines("newsgraph/lexicon/sufferer-nouns.txt"))
            + ")\\b|thousands\\b)[\\p{L}-]+)";
    /** A participle that makes an event noun the result of the clause before: ", causing the displacement of". */
    private static final Pattern RESULT_BEFORE = Pattern.compile("(?i),\\s*(?:causing|leading to|resulting in|"
            + "triggering|sparking|prompting)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}-]+\\s+)?$");
    /** An event noun's own count right after it: "the displacement of 4,000", "the deaths of dozens". */
    private static final Pattern COUNTED_AFTER = Pattern.compile("(?i)^\\s+of\\s+(?:" + Numbers.COUNT + "|" + VAGUE
            + ")");
    /** "killed dozens (of civilians)": the dead counted without a figure after a killing verb. */
    private static final Pattern VAGUE_KILLED = Pattern.compile("(?i)\\b(?:killed|killing|kills|kill)\\s+("
            + VAGUE + ")");
    /** The words of a quantity without a figure alone, found to read its bounds. */
    private static final Pattern VAGUE_WORDS = Pattern.compile("(?i)" + VAGUE_QUANTITY);
    /**
     * A count as the subject of a trigger whose subject suffers it, right before it: "over 18,000 have sought
     * refuge", "nearly a million civilians fleeing the fighting", "tens of thousands of others have fled". Group 1 is
     * the figure; a vague quantity matches with no group 1.
     */
    private static final Pattern COUNT_BEFORE = Pattern.compile("(?i)(?<!\\bof\\s)(?:" + Numbers.COUNT + "|" + VAGUE
            + ")\\s+(?:of\\s+)?(?:[\\p{L}'’-]+,?\\s+){0,4}?(?:who\\s+|that\\s+)?(?:have\\s+|has\\s+|had\\s+|were\\s+"
            + "|are\\s+|was\\s+|now\\s+|reportedly\\s+|already\\s+)*$");
    /** "the displacement of hundreds of thousands", "killing dozens": a vague count right after the trigger. */
    private static final Pattern VAGUE_AFTER = Pattern.compile("(?i)^\\s+(?:of\\s+|more than\\s+|some\\s+)?" + VAGUE);
    /** Trigger words whose sufferers are the dead: their count is the killed. */
    private static final Pattern KILLING_WORD = Pattern.compile("(?i)\\b(?:killed|killing|died|dead)\\b");
    /** A sentence opening by naming an incident just told (lexicon/event-anaphors.txt): "The tragedy occurred". */
    private static final Pattern ANAPHOR = Pattern.compile("(?i)^(?:the|this|that) (?:" + String.join("|",
            org.newsgraph.config.Tsv.lines("newsgraph/lexicon/event-anaphors.txt")) + ")\\b");
    /**
     * A definite event noun re-mentions an incident already told ("the offensive"), unless an ordinal makes it a new
     * one of a series ("the tenth joint patrol", "its 5th round of strikes").
     */
    private static final Pattern DEFINITE = Pattern.compile("(?i)\\b(the|this|that|such|their|its)\\s+(?!(?:"
            + "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d+(?:st|nd|rd|th)"
            + "|[a-z]+-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))\\s)(?:[\\p{L}-]+\\s+){0,2}$");

    private static final Pattern START_OF = Pattern.compile("(?i)\\b(?:start|launch|beginning|onset)\\s+of\\s+"
            + "(?:an?\\s+|the\\s+|its\\s+|their\\s+)?(?:[\\p{L}-]+\\s+){0,2}$");
    /** A relative clause giving the consequence of an event noun: "an offensive ... that has displaced". */
    private static final Pattern CONSEQUENCE = Pattern.compile("(?i)^[^.;,]{0,50}?\\b(?:that|which)\\s+(?:has\\s+|have\\s+"
            + "|had\\s+)?(?:also\\s+)?$");

    /** Incidents that a named place in their sentence makes concrete ("Kafr Nabl has been recaptured"). */
    private static final java.util.Set<IncidentType> PLACE_ANCHORS = java.util.EnumSet.of(
            IncidentType.TERRITORIAL_CONTROL, IncidentType.DEPLOYMENT);
    /** The rest of a trigger's clause: up to a comma, a semicolon or a subordinate clause ("after US forces left"). */
    private static final Pattern CLAUSE_REST = Pattern.compile("^(?:(?!\\b(?:after|before|while|when|because|until|"
            + "although|though|whereas|despite)\\b)[^,;])*");
    /** "an offensive in the Afrin region two months ago against the YPG": whom, later in the clause. */
    private static final Pattern AGAINST = Pattern.compile("(?i)\\bagainst\\s+");
    /** Who can be the doer of a trigger that requires an armed agent. */
    private static final java.util.Set<EntityType> ARMED = java.util.EnumSet.of(EntityType.STATE,
            EntityType.MILITARY_FORCE, EntityType.ARMED_GROUP);

    private final Lexicons lex;
    /** Phrases that attribute a sentence to a source ("according to"): its time is the event's. */
    private final java.util.Set<String> attributions;
    private final Gazetteer gazetteer;
    private final Modality modality = Modality.load();
    /** "its troops", "their soldiers": a force of the state named before. */
    private final Pattern possessiveForce;
    /** "... were killed in an air strike by X": the attack noun whose owner did it. */
    private final Pattern inAnAttack;
    /** "fleeing the Turkish offensive": a cause of displacement whose owner did it (lexicon/displacement-causes.tsv). */
    private final Pattern displacementCause;

    IncidentExtractor(Lexicons lex, Gazetteer gazetteer) {
        this.lex = lex;
        this.attributions = lex.cues.stream().filter(c -> c.kind().equals("attribution")).map(Lexicons.Cue::phrase)
                .collect(java.util.stream.Collectors.toSet());
        this.gazetteer = gazetteer;
        this.possessiveForce = Pattern.compile("(?i)\\b(its|their)\\s+(" + String.join("|", lex.forceNouns) + ")\\b");
        // "killed in a Syrian regime air strike": the attack nouns of the trigger lexicon
        String attackNouns = lex.triggers.stream()
                .filter(x -> x.type() == IncidentType.ATTACK && x.subject().equals("event"))
                .map(x -> x.pattern().pattern()).collect(java.util.stream.Collectors.joining("|"));
        this.inAnAttack = Pattern.compile("(?i)\\s+(?:in|during|by)\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,4}?("
                + attackNouns + ")");
        String offensiveNouns = lex.triggers.stream()
                .filter(x -> x.type() == IncidentType.OFFENSIVE && x.subject().equals("event"))
                .map(x -> x.pattern().pattern()).collect(java.util.stream.Collectors.joining("|"));
        List<org.newsgraph.config.Tsv.Row> causes = org.newsgraph.config.Tsv.read(
                "newsgraph/lexicon/displacement-causes.tsv");
        String cues = causes.stream().filter(r -> r.require("kind").equals("cue")).map(r -> r.require("pattern"))
                .collect(java.util.stream.Collectors.joining("|"));
        String nouns = causes.stream().filter(r -> r.require("kind").equals("noun")).map(r -> r.require("pattern"))
                .collect(java.util.stream.Collectors.joining("|"));
        this.displacementCause = Pattern.compile("(?i)\\b(?:" + cues + ")\\s+(?:(?:an?|the|its|their)\\s+)?"
                + "(?:[\\p{L}’'-]+\\s+){0,4}?(" + nouns + "|" + attackNouns + "|" + offensiveNouns + ")\\b");
    }

    private record Hit(Lexicons.Trigger trigger, Span span) {
    }

    /** An incident being assembled. */
    private static final class Draft {
        IncidentType type;
        Hit hit;
        Span evidence;
        final List<Span> more = new ArrayList<>();
        TimeValue date;
        Entity location;
        final List<Entity> perpetrators = new ArrayList<>();
        final List<Entity> targets = new ArrayList<>();
        Integer killed;
        Integer displaced;
        /** The sufferers are counted without a figure ("tens of thousands fled"): concrete, but no number. */
        boolean vagueCount;
        /** The count as worded ("up to 35", "dozens"), or null. */
        Count count;
        /** The lemma of a verb trigger's head word ("seize"), or null for an event noun or an unparsed sentence. */
        String verbLemma;
        Entity reportedBy;
        /** True when the place was named in the incident's own sentence, not carried over from before. */
        boolean placeInSentence;
        double confidence = 0.7;
    }

    List<Incident> extract(ArticleContext ctx, List<Statement> statements) {
        return extract(ctx, statements, java.util.Set.of());
    }

    /**
     * Finds the incidents of an article.
     *
     * @param venues places where the article's talks were held or agreements concluded ("Sochi", "Moscow"), and the
     *               dateline's: where diplomacy happens or reporters file from is not where the fighting is, so
     *               they never locate an incident
     */
    List<Incident> extract(ArticleContext ctx, List<Statement> statements, java.util.Set<Entity> venues) {
        List<Draft> drafts = new ArrayList<>();
        List<Sentence> sentences = ctx.doc.sentences();
        for (Sentence s : sentences) {
            if (s.index() > 0) {
                Sentence prev = sentences.get(s.index() - 1);
                drafts.stream().filter(d -> d.evidence.equals(prev.span())).forEach(d -> fillFromFollowUp(ctx, s, d));
            }
            List<Hit> hits = triggers(ctx, s);
            List<IncidentType> seen = new ArrayList<>();
            List<Draft> here = new ArrayList<>();
            for (Hit h : hits) {
                // a second trigger of a type already told in the sentence is the same incident ("shelled ... killing
                // five") unless it is another clause with other actors ("jets shot down two Syrian planes, while the
                // army struck the airbase"): checked once its actors are known
                boolean again = seen.contains(h.trigger().type());
                if (again && !separateClause(ctx, here, h) || blocked(ctx, s, h)) {
                    continue;
                }
                String before = ctx.text.substring(s.span().begin(), h.span().begin());
                boolean noun = h.trigger().subject().equals("event");
                // "the displacement of hundreds of thousands" counts its own people: no re-mention of one told before
                boolean counted = COUNTED_AFTER.matcher(ctx.text).region(h.span().end(), s.span().end()).lookingAt();
                if (noun && !counted && DEFINITE.matcher(before).find()
                        && drafts.stream().anyMatch(d -> d.type == h.trigger().type())) {
                    continue;
                }
                if (noun && causeOfDisplacement(ctx, s, hits, h)) {
                    continue; // "displaced by Turkey's attack": the attack is told as who displaced them
                }
                Hit consequence = noun ? consequence(ctx, hits, h) : null;
                if (consequence != null) {
                    // the clause says what the event did; that is the incident reported, with the event's actors
                    seen.add(h.trigger().type());
                    seen.add(consequence.trigger().type());
                }
                Draft d = build(ctx, s, h, statements, venues);
                if (d.perpetrators.isEmpty() && RESULT_BEFORE.matcher(before).find()) {
                    // "Turkey launched the operation, causing the displacement of thousands": the doer of the clause
                    // it results from did it too
                    here.stream().filter(o -> !o.perpetrators.isEmpty()).reduce((x, y) -> y)
                            .ifPresent(o -> d.perpetrators.addAll(o.perpetrators));
                    d.perpetrators.removeAll(d.targets);
                }
                if (consequence != null) {
                    d.type = consequence.trigger().type();
                }
                if (again && here.stream().anyMatch(o -> o.type == d.type && !otherActors(o, d))) {
                    continue;
                }
                if (anchored(d) && argumentsFit(ctx, s, h, d) && !background(ctx, d) && !describesPeople(ctx, s, d)) {
                    seen.add(d.type);
                    here.add(d);
                    mergeOrAdd(drafts, d);
                }
            }
        }
        return drafts.stream().map(d -> new Incident(d.type, ctx.cover(d.hit.span()), d.hit.span(), d.date, d.location,
                d.perpetrators, d.targets, d.killed, d.displaced, countAsKept(d),
                OperationNames.find(d.evidence.of(ctx.text)).orElse(null), d.reportedBy, d.evidence, d.more,
                d.confidence))
                .toList();
    }

    /** True when a trigger is separated by a comma, semicolon or conjunction from every trigger of its type told. */
    private static boolean separateClause(ArticleContext ctx, List<Draft> here, Hit h) {
        for (Draft o : here) {
            if (o.type == h.trigger().type()) {
                String between = gap(ctx.text, o.hit.span(), h.span());
                if (!between.matches("(?s).*(?:[,;:]|\\b(?:while|and|but|as|whereas)\\b).*") || Text.words(between) < 3) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Two incidents with named actors or counts that differ: both doers named and different, or both sufferers. */
    private static boolean otherActors(Draft a, Draft b) {
        boolean perps = !a.perpetrators.isEmpty() && !b.perpetrators.isEmpty() && !a.perpetrators.equals(b.perpetrators);
        boolean targets = !a.targets.isEmpty() && !b.targets.isEmpty() && !a.targets.equals(b.targets);
        boolean killed = a.killed != null && b.killed != null && !a.killed.equals(b.killed);
        // "tens of thousands have fled ..., and over 18,000 have sought refuge ...": two counts, two groups of people
        boolean displaced = (a.displaced != null || a.vagueCount) && (b.displaced != null || b.vagueCount)
                && !Objects.equals(a.displaced, b.displaced);
        return perps || targets || killed || displaced;
    }

    /** The trigger of a relative clause right after an event noun ("offensive that has displaced"), or null. */
    private static Hit consequence(ArticleContext ctx, List<Hit> hits, Hit noun) {
        for (Hit other : hits) {
            if (other.span().begin() > noun.span().end() && other.trigger().type() != noun.trigger().type()
                    && CONSEQUENCE.matcher(ctx.text.substring(noun.span().end(), other.span().begin())).find()) {
                return other;
            }
        }
        return null;
    }

    private List<Hit> triggers(ArticleContext ctx, Sentence s) {
        String lower = ctx.text.substring(s.span().begin(), s.span().end()).toLowerCase(Locale.ROOT);
        List<Hit> all = new ArrayList<>();
        for (Lexicons.Trigger t : lex.triggers) {
            if (!t.mayMatch(lower)) {
                continue;
            }
            Matcher m = t.pattern().matcher(lower);
            while (m.find()) {
                Span span = new Span(s.span().begin() + m.start(), s.span().begin() + m.end());
                if (!ctx.inFullQuote(span.begin()) && partOfSpeechFits(s, t, span)) {
                    all.add(new Hit(t, span));
                }
            }
        }
        // the longer trigger first; but people fleeing an event or displaced by it are the incident told ("civilians
        // fleeing the bombardment"), the event their cause
        all.sort(Comparator.comparing((Hit h) -> h.trigger().type() != IncidentType.DISPLACEMENT)
                .thenComparing(Comparator.comparingInt((Hit h) -> h.span().length()).reversed()));
        List<Hit> out = new ArrayList<>();
        for (Hit h : all) {
            // one phrase holds one trigger ("killed in an attack"); a comma between two means two clauses
            boolean near = out.stream().anyMatch(o -> o.span().overlaps(h.span())
                    || Text.words(gap(ctx.text, o.span(), h.span())) <= 1
                    && !gap(ctx.text, o.span(), h.span()).matches("(?s).*[,;:].*"));
            if (!near) {
                out.add(h);
            }
        }
        out.sort(Comparator.comparing(Hit::span));
        return out;
    }

    /** A trigger's head word has the part of speech its row asks for; an unparsed sentence fits any. */
    private static boolean partOfSpeechFits(Sentence s, Lexicons.Trigger t, Span span) {
        if (t.pos().isEmpty()) {
            return true;
        }
        int head = Modality.headOf(s, span);
        if (head < 0) {
            return true;
        }
        org.newsgraph.nlp.Token w = s.tokens().get(head);
        return t.pos().equals("V") ? w.hasPos("VB") || w.hasPos("MD") : w.hasPos("NN");
    }

    /** A trigger's required arguments are there: an armed doer, a place after it. */
    private boolean argumentsFit(ArticleContext ctx, Sentence s, Hit h, Draft d) {
        if (h.trigger().requires().contains("armed-agent") && d.perpetrators.stream().noneMatch(e -> ARMED.contains(e.type()))) {
            return false;
        }
        if (h.trigger().requires().contains("place-object")) {
            Matcher clause = CLAUSE_REST.matcher(ctx.text).region(h.span().end(), s.span().end());
            int limit = clause.lookingAt() ? clause.end() : s.span().end();
            return ctx.mentionsIn(new Span(h.span().end(), limit)).stream()
                    .anyMatch(m -> m.entity().type() == EntityType.PLACE || m.entity().type() == EntityType.STATE);
        }
        return true;
    }

    private static String gap(String text, Span a, Span b) {
        return a.end() <= b.begin() ? text.substring(a.end(), b.begin())
                : b.end() <= a.begin() ? text.substring(b.end(), a.begin()) : "";
    }

    private boolean blocked(ArticleContext ctx, Sentence s, Hit h) {
        String before = ctx.text.substring(Math.max(s.span().begin(), h.span().begin() - 60), h.span().begin())
                .toLowerCase(Locale.ROOT);
        String after = ctx.text.substring(h.span().end(), s.span().end()).toLowerCase(Locale.ROOT);
        for (Lexicons.Blocker b : lex.blockers) {
            if (b.appliesTo(h.trigger().type()) && b.pattern().matcher(b.after() ? after : before).find()) {
                return true;
            }
        }
        int clauseStart = Math.max(s.span().begin(), ctx.text.lastIndexOf(';', h.span().begin()) + 1);
        return modality.of(ctx.text, s, h.span(), clauseStart) != null;
    }

    private Draft build(ArticleContext ctx, Sentence s, Hit h, List<Statement> statements,
                        java.util.Set<Entity> venues) {
        Draft d = new Draft();
        d.type = h.trigger().type();
        d.hit = h;
        d.evidence = s.span();
        Subjects.Subject subject = Subjects.before(ctx, s.span().begin(), h.span().begin(), null);
        Entity after = objectAfter(ctx, s, h);
        // the parse says who did what to whom when it can; the surface heuristics fill what it leaves open
        Arguments.Roles roles = h.trigger().subject().equals("event") ? null : Arguments.of(ctx, s, h.span());
        Entity agent = roles == null || roles.agent() == null ? null : roles.agent().entity();
        Entity patient = roles == null || roles.patient() == null ? null : roles.patient().entity();
        if (roles != null && h.trigger().subject().equals("patient") && roles.subject() == roles.agent()) {
            // an active verb whose subject suffers it: "a convoy came under fire", "the town fell to the rebels"
            patient = roles.subject() == null ? null : roles.subject().entity();
            agent = null;
        }
        switch (h.trigger().subject()) {
            case "patient" -> {
                // a parse that found the sufferer's phrase but no actor in it ("700,000 people have been displaced")
                // is not overruled by the nearest name before it
                boolean parsedSubject = roles != null && roles.subjectToken();
                addIf(d.targets, patient != null ? patient
                        : parsedSubject || subject == null ? possessiveForce(ctx, s, h) : subject.entity());
                Mention by = byAgent(ctx, s, h);
                addIf(d.perpetrators, agent != null ? agent : by == null ? null : by.entity());
                if (d.perpetrators.isEmpty()) {
                    // "soldiers were killed in a Syrian regime air strike": the strike's owner did it
                    Matcher in = inAnAttack.matcher(ctx.text).region(h.span().end(), s.span().end());
                    if (in.lookingAt()) {
                        Span noun = new Span(in.start(1), in.end(1));
                        modifiers(ctx, s, new Hit(h.trigger(), noun)).forEach(e -> addIf(d.perpetrators, e));
                        // "... killed in an air attack by the regime"
                        Arguments.Roles owner = d.perpetrators.isEmpty() ? Arguments.ofNoun(ctx, s, noun) : null;
                        if (owner != null && owner.agent() != null) {
                            addIf(d.perpetrators, owner.agent().entity());
                        }
                    }
                }
            }
            case "agent" -> {
                addIf(d.perpetrators, agent != null ? agent : subject == null ? null : subject.entity());
                addIf(d.targets, patient != null ? patient : after);
                if (d.targets.isEmpty()) {
                    addIf(d.targets, possessiveForce(ctx, s, h));
                }
            }
            default -> {
                Arguments.Roles nounRoles = Arguments.ofNoun(ctx, s, h.span());
                if (nounRoles != null && nounRoles.agent() != null) {
                    addIf(d.perpetrators, nounRoles.agent().entity());
                }
                if (nounRoles != null && nounRoles.patient() != null) {
                    addIf(d.targets, nounRoles.patient().entity());
                }
                List<Entity> modifiers = modifiers(ctx, s, h);
                modifiers.forEach(e -> addIf(d.perpetrators, e));
                Mention by = byAgent(ctx, s, h);
                addIf(d.perpetrators, by == null ? null : by.entity());
                if (d.perpetrators.isEmpty() && subject != null) {
                    addIf(d.perpetrators, subject.entity());
                }
                addIf(d.targets, after);
            }
        }
        if (!h.trigger().subject().equals("patient")) {
            // "Turkey and Russia started their fourth joint patrol": both did it
            for (Entity p : List.copyOf(d.perpetrators)) {
                Arguments.coordinated(ctx, s, p).forEach(m -> addIf(d.perpetrators, m.entity()));
            }
        }
        if ((d.type == IncidentType.OFFENSIVE || d.type == IncidentType.ATTACK) && d.targets.isEmpty()) {
            String rest = ctx.text.substring(h.span().end(), s.span().end());
            Matcher clause = CLAUSE_REST.matcher(rest);
            clause.find();
            Matcher against = AGAINST.matcher(ctx.text).region(h.span().end(), h.span().end() + clause.end());
            if (against.find() && !ctx.inQuote(against.start())) {
                Mention m = Subjects.after(ctx, against.end(), 3, false);
                if (m != null && m.entity().type().isActor() && !d.perpetrators.contains(m.entity())) {
                    d.targets.add(m.entity());
                }
            }
        }
        if (d.type == IncidentType.DISPLACEMENT && d.perpetrators.isEmpty()) {
            // "fleeing the Turkish offensive", "displaced by Turkey's cross-border attack": the cause's owner
            Matcher cause = displacementCause.matcher(ctx.text).region(s.span().begin(), s.span().end());
            while (cause.find() && d.perpetrators.isEmpty()) {
                if (ctx.inQuote(cause.start(1))) {
                    continue;
                }
                Span noun = new Span(cause.start(1), cause.end(1));
                modifiers(ctx, s, new Hit(h.trigger(), noun)).forEach(e -> addIf(d.perpetrators, e));
                Arguments.Roles owner = d.perpetrators.isEmpty() ? Arguments.ofNoun(ctx, s, noun) : null;
                if (owner != null && owner.agent() != null) {
                    addIf(d.perpetrators, owner.agent().entity());
                }
            }
            d.perpetrators.removeAll(d.targets);
        }
        if (d.type == IncidentType.DEPLOYMENT && d.perpetrators.isEmpty()) {
            // "government troops were sent to Manbij": the force deployed is the deployment's actor
            d.perpetrators.addAll(d.targets);
            d.targets.clear();
        }
        d.targets.removeAll(d.perpetrators);
        // who reports an incident in the same sentence ("its head Rami Abdurrahman said shelling killed ...") is
        // neither its perpetrator nor its target
        for (Statement st : statements) {
            if (st.evidence().equals(s.span()) && st.speaker().type() == EntityType.PERSON) {
                d.perpetrators.remove(st.speaker());
                d.targets.remove(st.speaker());
            }
        }
        counts(ctx, s, d);
        int head = Modality.headOf(s, h.span());
        if (head >= 0 && !h.trigger().subject().equals("event") && s.tokens().get(head).hasPos("VB")) {
            org.newsgraph.nlp.Token w = s.tokens().get(head);
            d.verbLemma = (w.lemma() == null ? w.text() : w.lemma()).toLowerCase(Locale.ROOT);
        }
        d.location = location(ctx, s, h, venues);
        d.placeInSentence = d.location != null && ctx.mentionsIn(s.span()).stream()
                .anyMatch(m -> m.entity().equals(d.location) && !ctx.inQuote(m.span().begin()));
        d.date = date(ctx, s, h, statements);
        d.reportedBy = reporter(ctx, s, h, statements);
        return d;
    }

    private static void addIf(List<Entity> list, Entity e) {
        // outlets report incidents; they neither commit nor suffer them (a dateline's "(Anadolu)" is no subject)
        if (e != null && !list.contains(e) && e.type().isActor() && e.type() != EntityType.MEDIA_OUTLET) {
            list.add(e);
        }
    }

    /**
     * Whether an attack or offensive noun is what people of a displacement in the sentence fled ("civilians displaced
     * by Turkey's cross-border attack"): the displacement is the news, the noun its cause.
     */
    private boolean causeOfDisplacement(ArticleContext ctx, Sentence s, List<Hit> hits, Hit noun) {
        if (noun.trigger().type() == IncidentType.DISPLACEMENT
                || hits.stream().noneMatch(x -> x.trigger().type() == IncidentType.DISPLACEMENT)) {
            return false;
        }
        Matcher cause = displacementCause.matcher(ctx.text).region(s.span().begin(), s.span().end());
        while (cause.find()) {
            if (cause.start(1) < noun.span().end() && noun.span().begin() < cause.end(1)) {
                return true;
            }
        }
        return false;
    }

    /** Between an owner and its noun: "'s", then at most two words ("Turkey's cross-border attack"). */
    private static final Pattern POSSESSIVE_MODIFIERS = Pattern.compile("^['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}$");

    /** Actors named inside the trigger's noun phrase: "a month-long Syrian government offensive". */
    private List<Entity> modifiers(ArticleContext ctx, Sentence s, Hit h) {
        List<Entity> out = new ArrayList<>();
        for (Mention m : ctx.mentionsIn(s.span())) {
            String between = m.span().end() <= h.span().begin() ? ctx.text.substring(m.span().end(), h.span().begin())
                    : null;
            // "a Syrian government offensive", "Turkey's cross-border attack"
            if (between != null && (Text.words(between) <= 1 && !between.contains(",")
                    || POSSESSIVE_MODIFIERS.matcher(between).matches())) {
                out.add(m.entity());
            }
        }
        Matcher dm = Pattern.compile("(\\p{Lu}\\p{L}+)\\s+(?:government\\s+|military\\s+|army\\s+)?$")
                .matcher(ctx.text.substring(Math.max(s.span().begin(), h.span().begin() - 40), h.span().begin()));
        if (out.isEmpty() && dm.find()) {
            Entity state = gazetteer.stateForDemonym(dm.group(1));
            if (state != null) {
                Entity force = gazetteer.related(state, "military");
                out.add(force != null ? force : state);
            }
        }
        return out;
    }

    /** "... in Syria" right before a state after the trigger: where, not whom (lexicon/state-locatives.txt). */
    private static final Pattern STATE_LOCATIVE = Pattern.compile("\\b(?:" + String.join("|",
            org.newsgraph.config.Tsv.lines("newsgraph/lexicon/state-locatives.txt")) + ")\\s+(?:the\\s+)?$");

    private static Entity objectAfter(ArticleContext ctx, Sentence s, Hit h) {
        String rest = ctx.text.substring(h.span().end(), s.span().end());
        Matcher clause = CLAUSE_REST.matcher(rest);
        clause.find();
        int limit = h.span().end() + clause.end();
        for (Mention m : ctx.mentionsIn(s.span())) {
            if (m.span().begin() >= h.span().end() && m.span().end() <= limit && m.entity().type().isActor()) {
                String between = ctx.text.substring(h.span().end(), m.span().begin()).toLowerCase(Locale.ROOT);
                if (Text.words(between) <= 5 && !between.matches("(?s).*\\b(by|from|with|between)\\b.*")
                        && !(m.entity().type() == EntityType.STATE && STATE_LOCATIVE.matcher(between).find())) {
                    return m.entity();
                }
            }
        }
        return null;
    }

    private static Mention byAgent(ArticleContext ctx, Sentence s, Hit h) {
        Matcher by = Pattern.compile("(?i)^\\s*(?:[\\p{L}-]+\\s+){0,3}?by\\s+").matcher(ctx.text.substring(h.span().end(),
                s.span().end()));
        return by.find() ? Subjects.after(ctx, h.span().end() + by.end(), 3, false) : null;
    }

    /** "some of its troops were killed": the armed forces of the state "its" refers to. */
    private Entity possessiveForce(ArticleContext ctx, Sentence s, Hit h) {
        Matcher m = possessiveForce.matcher(ctx.text.substring(s.span().begin(), h.span().begin()));
        Entity owner = null;
        while (m.find()) {
            int at = s.span().begin() + m.start();
            Mention o = ctx.lastMentionBefore(at, x -> x.entity().type() == EntityType.STATE);
            owner = o == null ? null : o.entity();
        }
        if (owner == null) {
            return null;
        }
        Entity force = gazetteer.related(owner, "military");
        return force != null ? force : owner;
    }

    private static void counts(ArticleContext ctx, Sentence s, Draft d) {
        if (d.type == IncidentType.ATTACK || d.type == IncidentType.DISPLACEMENT) {
            boolean killed = d.type == IncidentType.ATTACK;
            Matcher best = null;
            for (CountPattern c : COUNTS) {
                if (c.killed() != killed) {
                    continue;
                }
                Matcher k = c.pattern().matcher(ctx.text).region(s.span().begin(), s.span().end());
                while (k.find()) {
                    if (k.group(1) != null && !ctx.inQuote(k.start(1))) {
                        if (best == null || k.start() < best.start()) {
                            best = k;
                        }
                        break;
                    }
                }
            }
            if (best != null) {
                Integer n = Numbers.parse(best.group(1));
                d.count = CountPhrases.figure(ctx.text, killed ? "killed" : "displaced", best.start(1), best.end(1), n);
                if (killed) {
                    d.killed = n;
                    victims(ctx, best.end(1), d);
                } else {
                    d.displaced = n;
                }
            }
            boolean suffered = !killed || KILLING_WORD.matcher(ctx.cover(d.hit.span())).find();
            if (suffered && (killed ? d.killed : d.displaced) == null) {
                sufferersCounted(ctx, s, d, killed);
            }
            if (killed && d.killed == null && d.count == null) {
                // "air raids killed dozens of civilians": the dead counted without a figure by a verb of its own
                Matcher vague = VAGUE_KILLED.matcher(ctx.text).region(d.hit.span().end(), s.span().end());
                if (vague.find() && !ctx.inQuote(vague.start())) {
                    d.vagueCount = true;
                    d.count = CountPhrases.vague(ctx.text, "killed", vague.start(1), vague.end(1));
                }
            }
        }
        // the parse attaches counts the surface patterns miss ("Twelve people died in air raids")
        if (d.type == IncidentType.ATTACK && d.killed == null && KILLING_WORD.matcher(ctx.cover(d.hit.span())).find()
                || d.type == IncidentType.DISPLACEMENT && d.displaced == null) {
            Integer n = Arguments.sufferers(s, d.hit.span());
            String measure = d.type == IncidentType.ATTACK ? "killed" : "displaced";
            if (n != null) {
                d.count = Count.exact(measure, n);
            }
            if (d.type == IncidentType.ATTACK) {
                d.killed = n;
            } else {
                d.displaced = n;
            }
        }
    }

    /**
     * The count of a trigger's sufferers said next to it: the subject of a trigger it is suffered by ("over 18,000
     * have sought refuge", "nearly a million civilians fleeing the fighting") or a vague quantity after it ("the
     * displacement of hundreds of thousands", "killing dozens"). A vague quantity anchors the incident but gives no
     * number.
     */
    private static void sufferersCounted(ArticleContext ctx, Sentence s, Draft d, boolean killed) {
        Integer n = null;
        Matcher before = COUNT_BEFORE.matcher(ctx.text).region(s.span().begin(), d.hit.span().begin());
        String measure = killed ? "killed" : "displaced";
        if (d.hit.trigger().subject().equals("patient") && before.find() && !ctx.inQuote(before.start())) {
            n = before.group(1) == null ? null : Numbers.parse(before.group(1));
            d.vagueCount |= n == null;
            d.count = n != null ? CountPhrases.figure(ctx.text, measure, before.start(1), before.end(1), n)
                    : vagueCount(ctx, measure, before.start(), d.hit.span().begin());
        } else if (VAGUE_AFTER.matcher(ctx.text).region(d.hit.span().end(), s.span().end()).lookingAt()) {
            d.vagueCount = true;
            d.count = vagueCount(ctx, measure, d.hit.span().end(), s.span().end());
        }
        if (killed) {
            d.killed = n;
        } else {
            d.displaced = n;
        }
    }

    /** The worded count, if it still is the count the incident keeps (a later reading may have replaced it). */
    private static Count countAsKept(Draft d) {
        if (d.count == null) {
            return null;
        }
        Integer kept = d.count.measure().equals("killed") ? d.killed : d.displaced;
        return d.count.value() == null ? kept == null ? d.count : null : d.count.value().equals(kept) ? d.count : null;
    }

    /** The first quantity without a figure between {@code from} and {@code to} ("dozens"), as a count, or null. */
    private static Count vagueCount(ArticleContext ctx, String measure, int from, int to) {
        Matcher m = VAGUE_WORDS.matcher(ctx.text).region(from, to);
        return m.find() ? CountPhrases.vague(ctx.text, measure, m.start(), m.end()) : null;
    }

    /** "killed 13 Turkish soldiers": the actor named right after the count is who was killed. */
    private static void victims(ArticleContext ctx, int afterCount, Draft d) {
        if (!d.targets.isEmpty()) {
            return;
        }
        Mention m = Subjects.after(ctx, afterCount, 1, false);
        if (m != null && !d.perpetrators.contains(m.entity())) {
            d.targets.add(m.entity());
        }
    }

    /**
     * "The tragedy occurred when the Syrian Army was conducting an operation": a sentence that opens by naming an
     * incident just reported gives its missing perpetrator (the first armed actor it names).
     */
    private static void fillFromFollowUp(ArticleContext ctx, Sentence next, Draft d) {
        if (!d.perpetrators.isEmpty() || !ANAPHOR.matcher(ctx.cover(next.span())).find()) {
            return;
        }
        for (Mention m : ctx.mentionsIn(next.span())) {
            EntityType t = m.entity().type();
            if ((t == EntityType.MILITARY_FORCE || t == EntityType.ARMED_GROUP) && !d.targets.contains(m.entity())
                    && !ctx.inQuote(m.span().begin())) {
                d.perpetrators.add(m.entity());
                d.more.add(next.span());
                return;
            }
        }
    }

    /**
     * Where an incident happened: a place of its sentence (the first after the trigger, else the first), a specific
     * place before a region ("northwestern Syria's Idlib" is Idlib), the narrower of two places one of which lies in
     * the other; else the place the article was last about.
     */
    private Entity location(ArticleContext ctx, Sentence s, Hit h, java.util.Set<Entity> venues) {
        List<Mention> places = new ArrayList<>();
        for (Mention m : ctx.mentionsIn(s.span())) {
            if (m.entity().type() == EntityType.PLACE && !ctx.inQuote(m.span().begin()) && !venues.contains(m.entity())) {
                places.add(m);
            }
        }
        if (places.stream().anyMatch(m -> !isRegion(m.entity()))) {
            places.removeIf(m -> isRegion(m.entity()));
        }
        Mention best = null;
        for (Mention m : places) {
            if (best == null || m.span().begin() >= h.span().end() && best.span().begin() < h.span().end()) {
                best = m;
            }
        }
        if (best == null) {
            return ctx.salientPlaceBefore(s.span().begin(), venues);
        }
        Entity chosen = best.entity();
        for (Mention m : places) {
            if (!m.entity().equals(chosen) && within(m.entity(), chosen)) {
                chosen = m.entity();
            }
        }
        return chosen;
    }

    private static boolean isRegion(Entity e) {
        return "region".equals(e.firstProp("kind"));
    }

    /** A time expression of the sentence that is not the time of a statement made in it. */
    private TimeValue date(ArticleContext ctx, Sentence s, Hit h, List<Statement> statements) {
        DateExpression best = null;
        int bestDist = Integer.MAX_VALUE;
        for (DateExpression e : ctx.datesIn(s.span())) {
            if (!e.isEventTime() || e.value() == null) {
                continue;
            }
            // "according to X" attributes the sentence's event: its time is the event's, not the saying's
            boolean statementTime = statements.stream().anyMatch(st -> st.date() != null && st.date().span() != null
                    && st.date().span().equals(e.span())
                    && !attributions.contains(String.valueOf(st.cue()).toLowerCase(Locale.ROOT)));
            // a statement's time dates the statement, unless what it states is the start of the event
            // ("On August 5, the army declared the start of an offensive")
            if (statementTime && !START_OF.matcher(ctx.text.substring(s.span().begin(), h.span().begin())).find()) {
                continue;
            }
            int dist = Math.abs(e.span().begin() - h.span().begin());
            if (dist < bestDist) {
                best = e;
                bestDist = dist;
            }
        }
        if (best == null && ctx.published != null) {
            // "700,000 people have been displaced since December 1": from then until the report
            for (DateExpression e : ctx.datesIn(s.span())) {
                if (e.relation().equals("since") && e.value() != null && e.span().begin() > h.span().begin()
                        && ctx.notAfterArticle(e.value())) {
                    TimeValue v = e.value();
                    return new TimeValue(TimeValue.Precision.RANGE, v.earliest(), ctx.published, e.text(), e.span(),
                            v.inferred(), Math.min(v.confidence(), 0.8));
                }
            }
        }
        return best == null ? null : best.value();
    }

    private static Entity reporter(ArticleContext ctx, Sentence s, Hit h, List<Statement> statements) {
        Matcher acc = Pattern.compile("(?i)\\baccording to\\s+").matcher(ctx.cover(s.span()));
        if (acc.find()) {
            Mention m = Subjects.after(ctx, s.span().begin() + acc.end(), 8, false);
            if (m != null) {
                return m.entity();
            }
        }
        for (Statement st : statements) {
            if (st.evidence().equals(s.span()) && !st.direct()) {
                return st.speaker();
            }
        }
        return null;
    }

    /**
     * An event dated more than a year before the report is background history ("Russia started its air campaign
     * in September 2015"), told to explain the news, not news itself.
     */
    private static boolean background(ArticleContext ctx, Draft d) {
        return ctx.published != null && d.date != null && d.date.latest().isBefore(ctx.published.minusYears(1));
    }

    /**
     * A displacement told in a relative clause with no time of its own describes who people are, not an event:
     * "Turkey hosts 3.6 million Syrians who fled the war", "migrants who had fled Afghanistan waited at the border
     * on Sunday" (Sunday is when they waited). With its own time it is news: "civilians who fled on Monday".
     */
    private static boolean describesPeople(ArticleContext ctx, Sentence s, Draft d) {
        // "an offensive that has displaced a million people" is the event noun's consequence, told as news
        if (d.type != IncidentType.DISPLACEMENT || !d.hit.trigger().subject().equals("patient")) {
            return false;
        }
        int head = Modality.headOf(s, d.hit.span());
        if (head < 0 || !s.tokens().get(head).hasRelation("acl:relcl")) {
            return false;
        }
        Span clause = s.subtree(head);
        return ctx.datesIn(clause).stream().noneMatch(e -> e.isEventTime() && e.value() != null);
    }

    private static boolean anchored(Draft d) {
        // a named place makes a change of control or a deployment concrete; an attack with only a place stays too
        // vague ("attacks in Idlib have increased", "the storm pounded Gaziantep")
        return d.date != null || d.killed != null || d.displaced != null || d.vagueCount || !d.perpetrators.isEmpty()
                || !d.targets.isEmpty() || d.placeInSentence && PLACE_ANCHORS.contains(d.type);
    }

    /** Two drafts of the same type, actors, place and compatible time are one incident reported twice. */
    /** True when a place is another or lies in it ("Taftanaz" in "Idlib"), by the gazetteer's "in" chain. */
    private boolean within(Entity inner, Entity outer) {
        Entity cur = inner;
        for (int steps = 0; cur != null && steps < 5; steps++) {
            if (cur.equals(outer)) {
                return true;
            }
            cur = gazetteer.related(cur, "in");
        }
        return false;
    }

    private void mergeOrAdd(List<Draft> drafts, Draft d) {
        for (Draft o : drafts) {
            // one side shared, and the other side and the death toll not contradicting: two strikes on the same army
            // on one day by different forces, or with different tolls, are two incidents
            boolean shares = !d.perpetrators.isEmpty() && o.perpetrators.equals(d.perpetrators)
                    || !d.targets.isEmpty() && o.targets.equals(d.targets);
            boolean compatible = (o.perpetrators.isEmpty() || d.perpetrators.isEmpty()
                    || o.perpetrators.equals(d.perpetrators))
                    && (o.targets.isEmpty() || d.targets.isEmpty() || o.targets.equals(d.targets))
                    && (o.killed == null || d.killed == null || o.killed.equals(d.killed))
                    && (o.displaced == null || d.displaced == null || o.displaced.equals(d.displaced))
                    && !(o.count != null && o.count.disagrees(d.count));
            boolean sameActors = shares && compatible;
            // one side names no actor, but both are dated and the dates overlap: the same event told twice
            // ("their latest offensive, launched earlier this month" / "on August 5 ... the start of an offensive")
            boolean oneAnonymous = (o.perpetrators.isEmpty() && o.targets.isEmpty()
                    || d.perpetrators.isEmpty() && d.targets.isEmpty())
                    && o.date != null && d.date != null && Objects.equals(o.killed, d.killed);
            sameActors = sameActors || oneAnonymous;
            boolean sameTime = o.date == null || d.date == null
                    || !o.date.latest().isBefore(d.date.earliest()) && !d.date.latest().isBefore(o.date.earliest());
            boolean samePlace = o.location == null || d.location == null || within(o.location, d.location)
                    || within(d.location, o.location);
            // two sentences telling with two different verbs what one actor did ("encircled militants in a cluster
            // of towns", "seized a dozen hills") are two acts; a noun or the same verb may re-tell one
            boolean twoActs = o.verbLemma != null && d.verbLemma != null && !o.verbLemma.equals(d.verbLemma)
                    && (o.date == null || d.date == null);
            if (o.type == d.type && sameActors && sameTime && samePlace && o.evidence != d.evidence && !twoActs) {
                boolean dMorePrecise = d.date != null && (o.date == null
                        || d.date.latest().toEpochDay() - d.date.earliest().toEpochDay()
                        < o.date.latest().toEpochDay() - o.date.earliest().toEpochDay());
                if (dMorePrecise) {
                    o.more.add(o.evidence);
                    o.evidence = d.evidence;
                    o.hit = d.hit;
                    o.date = d.date;
                }
                if (o.location != null && d.location != null && within(d.location, o.location)) {
                    o.location = d.location;
                } else {
                    o.more.add(d.evidence);
                }
                if (o.perpetrators.isEmpty()) {
                    o.perpetrators.addAll(d.perpetrators);
                }
                if (o.targets.isEmpty()) {
                    o.targets.addAll(d.targets);
                }
                o.count = o.count != null ? o.count : d.count;
                o.killed = o.killed != null ? o.killed : d.killed;
                o.displaced = o.displaced != null ? o.displaced : d.displaced;
                o.location = o.location != null ? o.location : d.location;
                o.reportedBy = o.reportedBy != null ? o.reportedBy : d.reportedBy;
                return;
            }
        }
        drafts.add(d);
    }
}

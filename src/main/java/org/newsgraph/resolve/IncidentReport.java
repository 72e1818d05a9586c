package org.newsgraph.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One article's report of an incident, as fusion sees it: identifiers are opaque strings (the IRIs of the report,
 * its article's outlet, its actors and places), dates are a closed range of days.
 *
 * @param id           the report (the incident node of one article)
 * @param articleId    its article
 * @param outlet       the article's publisher, or null
 * @param sources      the outlets behind the article: its publisher and every outlet it credits (a wire agency
 *                     whose copy it runs); reports sharing one are not independent
 * @param type         the incident type's local name ({@code Attack}, {@code Offensive}, ...)
 * @param earliest     first day the report's date allows, or null when undated
 * @param latest       last day, or null when undated
 * @param dating       how those days were had
 * @param where        where, or null
 * @param perpetrators who did it
 * @param targets      who it was done to
 * @param killed       people killed by this report's count, or null
 * @param displaced    people displaced by this report's count, or null
 * @param count        the count as worded ("up to 35", "dozens"), or null
 * @param operation    the military operation the report names ("Operation Peace Spring"), or null
 * @param attributedTo who the article attributes the claim to, or null
 * @param evidence     the sentence, to tell a republished text from an independent one
 * @param event        the event it belongs to in the store now, or null (a new report)
 * @param sides        each perpetrator and target with the actors it belongs to (the Turkish Armed Forces with
 *                     Turkey), so that "Turkey" and "the Turkish army" are not taken for different perpetrators;
 *                     actors without affiliations map to themselves
 */
public record IncidentReport(String id, String articleId, String outlet, Set<String> sources, String type,
                             LocalDate earliest, LocalDate latest, Dating dating, Where where,
                             Set<String> perpetrators, Set<String> targets, Integer killed, Integer displaced,
                             org.newsgraph.model.Count count, String operation, String attributedTo, String evidence, String event,
                             Map<String, Set<String>> sides) implements java.io.Serializable {
    /**
     * Reports whose date range is wider than this many days are too vague to fuse as one happening; each stays its
     * own event unless it is a campaign. A week lets "last week" in; a month would let "in February alone" (a month's
     * toll) tie every attack of the month into one event through single links.
     */
    public static final int MAX_FUSABLE_DAYS = 7;
    /** An undated report is taken to tell of the days up to its article's date, this many days back. */
    public static final int NEWS_CYCLE_DAYS = 2;
    /** Types whose reports tell of a campaign over weeks ("displaced since December", "the offensive since April"). */
    private static final Set<String> CAMPAIGN_TYPES = Set.of("Offensive", "Displacement");

    /** How a report's days were had. */
    public enum Dating {
        /** read in the text */
        READ,
        /** worked out from the text (it may be a day off) */
        INFERRED,
        /** not dated: the days up to its article's date, {@value #NEWS_CYCLE_DAYS} back */
        ARTICLE
    }

    public IncidentReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(dating, "dating");
        sources = Set.copyOf(sources);
        perpetrators = Set.copyOf(perpetrators);
        targets = Set.copyOf(targets);
        evidence = evidence == null ? "" : evidence;
        sides = sides == null ? Map.of() : Map.copyOf(sides);
        if (earliest != null && latest != null && latest.isBefore(earliest)) {
            throw new IllegalArgumentException("report " + id + ": its date range ends (" + latest
                    + ") before it starts (" + earliest + ")");
        }
    }

    /** The days an undated report of an article published on {@code published} is taken to tell of. */
    public static LocalDate[] newsCycle(LocalDate published) {
        return new LocalDate[] {published.minusDays(NEWS_CYCLE_DAYS), published};
    }

    /** Whether the date was worked out rather than read. */
    public boolean inferred() {
        return dating != Dating.READ;
    }

    /** The actors with the actors they belong to. */
    public Set<String> side(Set<String> actors) {
        Set<String> out = new TreeSet<>();
        for (String a : actors) {
            out.add(a);
            out.addAll(sides.getOrDefault(a, Set.of()));
        }
        return out;
    }

    /** Whether the date is precise enough to be fused with another report as one happening. */
    public boolean fusable() {
        return earliest != null && latest != null && ChronoUnit.DAYS.between(earliest, latest) < MAX_FUSABLE_DAYS;
    }

    /**
     * Whether it tells of a campaign read in the text: an offensive or displacement over more than a week from a
     * stated start ("since December"). Campaigns fuse with campaigns of the same start.
     */
    public boolean campaign() {
        return earliest != null && latest != null && !fusable() && dating == Dating.READ
                && CAMPAIGN_TYPES.contains(type);
    }

    /** The months the store finds its candidates by: those a precise date touches, a campaign's first. */
    public Set<YearMonth> months() {
        return months(type, earliest, latest, dating);
    }

    /** {@link #months()} for a report not built yet: what the mapper writes as its {@code ng:month} keys. */
    public static Set<YearMonth> months(String type, LocalDate earliest, LocalDate latest, Dating dating) {
        Set<YearMonth> out = new TreeSet<>();
        if (earliest == null || latest == null) {
            return out;
        }
        if (ChronoUnit.DAYS.between(earliest, latest) < MAX_FUSABLE_DAYS) {
            out.addAll(Months.around(earliest, latest));
        } else if (dating == Dating.READ && CAMPAIGN_TYPES.contains(type)) {
            out.add(YearMonth.from(earliest));
        }
        return out;
    }

    /** The same report, as a member of another event. */
    public IncidentReport inEvent(String eventId) {
        return new IncidentReport(id, articleId, outlet, sources, type, earliest, latest, dating, where, perpetrators,
                targets, killed, displaced, count, operation, attributedTo, evidence, eventId, sides);
    }
}

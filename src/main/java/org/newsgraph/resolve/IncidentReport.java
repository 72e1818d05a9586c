package org.newsgraph.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
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
 * @param inferred     whether the date was worked out rather than read (it may be a day off)
 * @param place        where, or null
 * @param placeLineage the place and every place it lies within (empty without a place)
 * @param placePoint   the place's longitude and latitude, or null when unknown
 * @param perpetrators who did it
 * @param targets      who it was done to
 * @param killed       people killed by this report's count, or null
 * @param displaced    people displaced by this report's count, or null
 * @param attributedTo who the article attributes the claim to, or null
 * @param evidence     the sentence, to tell a republished text from an independent one
 * @param event        the event it belongs to in the store now, or null (a new report)
 * @param sides        each perpetrator and target with the actors it belongs to (the Turkish Armed Forces with
 *                     Turkey), so that "Turkey" and "the Turkish army" are not taken for different perpetrators;
 *                     actors without affiliations map to themselves
 */
public record IncidentReport(String id, String articleId, String outlet, Set<String> sources, String type,
                             LocalDate earliest, LocalDate latest, boolean inferred, String place,
                             Set<String> placeLineage, double[] placePoint, Set<String> perpetrators, Set<String> targets, Integer killed,
                             Integer displaced, String attributedTo, String evidence, String event,
                             java.util.Map<String, Set<String>> sides) {
    /**
     * Reports whose date range is wider than this many days are too vague to fuse; each stays its own event. A week
     * lets "last week" in; a month would let "in February alone" (a month's toll) tie every attack of the month
     * into one event through single links.
     */
    public static final int MAX_FUSABLE_DAYS = 7;

    public IncidentReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(type, "type");
        sources = Set.copyOf(sources);
        placeLineage = Set.copyOf(placeLineage);
        perpetrators = Set.copyOf(perpetrators);
        targets = Set.copyOf(targets);
        evidence = evidence == null ? "" : evidence;
        sides = sides == null ? java.util.Map.of() : java.util.Map.copyOf(sides);
        if (earliest != null && latest != null && latest.isBefore(earliest)) {
            throw new IllegalArgumentException("report " + id + ": its date range ends (" + latest
                    + ") before it starts (" + earliest + ")");
        }
    }

    /** Great-circle distance in km between the two reports' places, or -1 when either has no coordinates. */
    public double kilometresTo(IncidentReport o) {
        if (placePoint == null || o.placePoint == null) {
            return -1;
        }
        double lat1 = Math.toRadians(placePoint[1]);
        double lat2 = Math.toRadians(o.placePoint[1]);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(o.placePoint[0] - placePoint[0]);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
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

    /** Whether the date is precise enough to be fused with another report. */
    public boolean fusable() {
        return earliest != null && latest != null && ChronoUnit.DAYS.between(earliest, latest) < MAX_FUSABLE_DAYS;
    }

    /** The months the date range touches: the keys under which the store finds its candidates. */
    public Set<YearMonth> months() {
        Set<YearMonth> out = new TreeSet<>();
        if (fusable()) {
            for (YearMonth m = YearMonth.from(earliest); !m.isAfter(YearMonth.from(latest)); m = m.plusMonths(1)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The same report, as a member of another event. */
    public IncidentReport inEvent(String eventId) {
        return new IncidentReport(id, articleId, outlet, sources, type, earliest, latest, inferred, place, placeLineage,
                placePoint, perpetrators, targets, killed, displaced, attributedTo, evidence, eventId, sides);
    }
}

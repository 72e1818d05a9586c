package org.newsgraph.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One real event as several articles report it: its reports, the links that tie them with their evidence, the fused
 * attributes, how well it is corroborated, and every casualty figure with who gives it — side by side, never
 * averaged.
 *
 * @param key            the smallest report id among its reports: stable whatever order they came in
 * @param group          the key of its fusion group: the reports linked to it directly or through others, of which
 *                       it is one part (a group holding two reports of one article is split into events)
 * @param reports        the reports, by id
 * @param links          the links that hold the reports together: a spanning tree of the links kept (none for an
 *                       event of one report)
 * @param type           the incident type's local name
 * @param earliest       first day of the narrowest consistent date range, or null
 * @param latest         last day of it, or null
 * @param place          the narrowest place, or null
 * @param perpetrators   every perpetrator any report names
 * @param targets        every target any report names
 * @param outlets        how many distinct outlets report it (publishers and the outlets they credit)
 * @param independent    how many independent sources: one per outlet, wire agency or republished text
 * @param figures        every casualty figure, each with its report, outlet and the source the outlet credits
 */
public record FusedEvent(String key, String group, List<IncidentReport> reports, List<EventFusion.Link> links, String type,
                         LocalDate earliest, LocalDate latest, String place, Set<String> perpetrators,
                         Set<String> targets, int outlets, int independent, List<Figure> figures) {
    public FusedEvent {
        reports = List.copyOf(reports);
        links = List.copyOf(links);
        perpetrators = Set.copyOf(perpetrators);
        targets = Set.copyOf(targets);
        figures = List.copyOf(figures);
    }

    /**
     * A casualty figure one report gives.
     *
     * @param measure      {@code killed} or {@code displaced}
     * @param value        the number, or null for a quantity without one ("dozens")
     * @param report       the report that gives it
     * @param outlet       the outlet that published it, or null
     * @param attributedTo the source the outlet credits (a ministry, a monitor), or null
     * @param count        the count as the report words it ("up to 35"; an exact count without words when only
     *                     the number is known)
     */
    public record Figure(String measure, Integer value, String report, String outlet, String attributedTo,
                         org.newsgraph.model.Count count) {
        public Figure {
            java.util.Objects.requireNonNull(count, "count");
        }

        /** Whether this figure and another of the same measure cannot both be right: 33 and 34, dozens and 5. */
        boolean disagrees(Figure o) {
            return count.disagrees(o.count);
        }
    }

    /** Whether the reports give figures for one measure that cannot all be right (33 and 34; "dozens" and 5). */
    public boolean disputed() {
        return figures.stream().anyMatch(f -> figures.stream().anyMatch(f::disagrees));
    }
}

package org.newsgraph.pipeline;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.rdf.EventMapper;
import org.newsgraph.rdf.Ids;
import org.newsgraph.resolve.EventFusion;
import org.newsgraph.resolve.FusedEvent;
import org.newsgraph.resolve.IncidentReport;
import org.newsgraph.store.GraphStore;

/**
 * Keeps the fused events in step with the articles, inside the transaction that changes an article: the events its
 * old reports were in and the events of the stored reports its new reports link to are taken apart, and their
 * reports, with the article's new ones, are fused again ({@link EventFusion#cluster}). Since a link depends on its
 * two reports alone, the events are the same whatever order articles are added, replaced or removed in; the work is
 * bounded by the reports of the article's months, not by the store.
 */
final class EventUpdate {
    private EventUpdate() {
    }

    /**
     * Re-fuses after an article was written or removed in this transaction.
     *
     * @param before the events the article's reports belonged to before the change
     * @return the number of events written
     */
    static int afterChange(GraphStore.Update u, String articleId, Set<String> before) {
        List<IncidentReport> mine = u.reportsInArticle(articleId);
        Set<YearMonth> months = new TreeSet<>();
        mine.forEach(r -> months.addAll(r.months()));
        Set<String> affected = new TreeSet<>(before);
        List<IncidentReport> members = new ArrayList<>(mine);
        for (IncidentReport c : months.isEmpty() ? List.<IncidentReport>of() : u.reports().incidentsIn(months,
                articleId)) {
            if (mine.stream().anyMatch(m -> EventFusion.compare(m, c).isPresent())) {
                if (c.event() != null) {
                    affected.add(c.event());
                }
                members.add(c);
            }
        }
        members.addAll(u.reports().reportsOf(affected));
        affected.forEach(e -> u.deleteGraph(Ids.graphOfEvent(e)));
        List<FusedEvent> events = EventFusion.cluster(members);
        for (FusedEvent e : events) {
            u.replaceGraph(Ids.eventGraph(e.key()), EventMapper.map(e));
        }
        return events.size();
    }
}

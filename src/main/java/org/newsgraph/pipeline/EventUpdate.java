package org.newsgraph.pipeline;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.newsgraph.rdf.EventMapper;
import org.newsgraph.rdf.Ids;
import org.newsgraph.rdf.UtteranceMapper;
import org.newsgraph.resolve.EventFusion;
import org.newsgraph.resolve.FusedEvent;
import org.newsgraph.resolve.IncidentReport;
import org.newsgraph.resolve.StatementReport;
import org.newsgraph.resolve.UtteranceFusion;
import org.newsgraph.store.GraphStore;

/**
 * Keeps the fused events and utterances in step with the articles, inside a write transaction: the events
 * (utterances) the old reports of the articles changed were in and those of the stored reports their new reports link
 * to are taken apart, and their reports, with the articles' new ones, are fused again. Since a link depends on its
 * two reports alone, the result is the same whatever order articles are added, replaced or removed in; the work is
 * bounded by the reports of the articles' months (events) and speakers (utterances), not by the store.
 *
 * <p>Articles are re-fused together, once for all those a batch wrote since it last fused: the same result as one
 * after the other (a link depends on its two reports alone), but the stored reports of a month or speaker are read
 * and weighed once for them all rather than once an article or a group.
 */
final class EventUpdate {
    private EventUpdate() {
    }

    /** What an article's reports belonged to before a change: its events and its utterances. */
    record Before(Set<String> events, Set<String> utterances) {
        static Before of(GraphStore.Reader u, String articleId) {
            return new Before(u.eventsOfArticle(articleId), u.utterancesOfArticle(articleId));
        }

        /** What the reports of all these articles belonged to. */
        static Before all(java.util.Collection<Before> each) {
            Set<String> e = new TreeSet<>();
            Set<String> t = new TreeSet<>();
            for (Before b : each) {
                e.addAll(b.events);
                t.addAll(b.utterances);
            }
            return new Before(e, t);
        }

        /** What this and another article's reports belonged to. */
        Before and(Before other) {
            Set<String> e = new TreeSet<>(events);
            e.addAll(other.events);
            Set<String> t = new TreeSet<>(utterances);
            t.addAll(other.utterances);
            return new Before(e, t);
        }
    }

    /**
     * Re-fuses after articles were written or removed in this transaction.
     *
     * @param articleIds the articles changed
     * @param before     what their reports belonged to before they changed ({@link Before#and} of each one's)
     */
    static void afterChange(GraphStore.Update u, Set<String> articleIds, Before before) {
        if (!articleIds.isEmpty()) {
            events(u, articleIds, before.events()).writeTo(u);
            utterances(u, articleIds, before.utterances()).writeTo(u);
        }
    }

    /**
     * What re-fusing changes: the events or utterances taken apart, and the graphs fused again from their reports. It
     * is worked out from reads alone, so the events and the utterances of the same articles can be worked out at once
     * in two read transactions and written in one.
     */
    record Refused(Set<String> affected, Map<String, Model> graphs) {
        /**
         * Writes the fused graphs, changing only the triples that differ from what is stored, and removes the graphs
         * of the affected events or utterances that are gone (split, or merged into another key).
         */
        void writeTo(GraphStore.Update u) {
            for (String x : affected) {
                if (!graphs.containsKey(Ids.graphOfFused(x))) {
                    u.deleteGraph(Ids.graphOfFused(x));
                }
            }
            graphs.forEach(u::syncGraph);
        }
    }

    /** Re-fuses the events the articles' reports touch, now and before ({@link #afterChange}). */
    static Refused events(GraphStore.Reader stored, Set<String> articleIds, Set<String> before) {
        List<IncidentReport> mine = new ArrayList<>();
        articleIds.forEach(a -> mine.addAll(stored.reportsInArticle(a)));
        Set<YearMonth> months = new TreeSet<>();
        mine.forEach(r -> months.addAll(r.months()));
        Set<String> types = new TreeSet<>();
        mine.forEach(r -> types.add(r.type()));
        Set<String> affected = new TreeSet<>(before);
        List<IncidentReport> members = new ArrayList<>(mine);
        for (IncidentReport c : months.isEmpty() ? List.<IncidentReport>of() : stored.reports().incidentsIn(months,
                types, articleIds)) {
            if (mine.stream().anyMatch(m -> EventFusion.compare(m, c).isPresent())) {
                if (c.event() != null) {
                    affected.add(c.event());
                }
                members.add(c);
            }
        }
        // the whole groups the affected events were fused in: an event is weighed against its group's other events
        affected = stored.reports().eventsOfGroups(affected);
        members.addAll(stored.reports().reportsOf(affected));
        Map<String, Model> graphs = new LinkedHashMap<>();
        for (FusedEvent e : EventFusion.cluster(members)) {
            graphs.put(Ids.eventGraph(e.key()), EventMapper.map(e));
        }
        return new Refused(affected, graphs);
    }

    /** Re-fuses the utterances the articles' statements touch, now and before ({@link #afterChange}). */
    static Refused utterances(GraphStore.Reader stored, Set<String> articleIds, Set<String> before) {
        List<StatementReport> mine = new ArrayList<>();
        articleIds.forEach(a -> mine.addAll(stored.statementsInArticle(a)));
        Set<String> keys = new TreeSet<>();
        mine.forEach(s -> keys.addAll(s.keys()));
        Set<String> affected = new TreeSet<>(before);
        List<StatementReport> members = new ArrayList<>(mine);
        List<StatementReport> candidates = keys.isEmpty() ? List.of()
                : stored.reports().statementReportsUnder(keys, articleIds);
        for (StatementReport c : UtteranceFusion.linkedTo(mine, candidates)) {
            if (c.utterance() != null) {
                affected.add(c.utterance());
            }
            members.add(c);
        }
        members.addAll(stored.reports().statementReportsOf(affected));
        Map<String, Model> graphs = new LinkedHashMap<>();
        for (UtteranceFusion.Utterance x : UtteranceFusion.cluster(members)) {
            graphs.put(Ids.utteranceGraph(x.key()), UtteranceMapper.map(x));
        }
        return new Refused(affected, graphs);
    }
}

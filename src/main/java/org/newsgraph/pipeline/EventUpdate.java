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
 * Keeps the fused events and utterances in step with the articles, inside the transaction that changes an article:
 * the events (utterances) its old reports were in and those of the stored reports its new reports link to are taken
 * apart, and their reports, with the article's new ones, are fused again. Since a link depends on its two reports
 * alone, the result is the same whatever order articles are added, replaced or removed in; the work is bounded by the
 * reports of the article's months (events) and speakers (utterances), not by the store.
 *
 * <p>The articles of one transaction are re-fused together, once: the same result as one after the other (a link
 * depends on its two reports alone), but the stored reports of a month or speaker are read and weighed once a group
 * rather than once an article.
 */
final class EventUpdate {
    private EventUpdate() {
    }

    /** What an article's reports belonged to before a change: its events and its utterances. */
    record Before(Set<String> events, Set<String> utterances) {
        /** Nothing before: no article changed yet. */
        static final Before NONE = new Before(Set.of(), Set.of());

        static Before of(GraphStore.Update u, String articleId) {
            return new Before(u.eventsOfArticle(articleId), u.utterancesOfArticle(articleId));
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
            events(u, articleIds, before.events());
            utterances(u, articleIds, before.utterances());
        }
    }

    private static void events(GraphStore.Update u, Set<String> articleIds, Set<String> before) {
        List<IncidentReport> mine = new ArrayList<>();
        articleIds.forEach(a -> mine.addAll(u.reportsInArticle(a)));
        Set<YearMonth> months = new TreeSet<>();
        mine.forEach(r -> months.addAll(r.months()));
        Set<String> types = new TreeSet<>();
        mine.forEach(r -> types.add(r.type()));
        Set<String> affected = new TreeSet<>(before);
        List<IncidentReport> members = new ArrayList<>(mine);
        for (IncidentReport c : months.isEmpty() ? List.<IncidentReport>of() : u.reports().incidentsIn(months,
                types, articleIds)) {
            if (mine.stream().anyMatch(m -> EventFusion.compare(m, c).isPresent())) {
                if (c.event() != null) {
                    affected.add(c.event());
                }
                members.add(c);
            }
        }
        // the whole groups the affected events were fused in: an event is weighed against its group's other events
        affected = u.reports().eventsOfGroups(affected);
        members.addAll(u.reports().reportsOf(affected));
        Map<String, Model> graphs = new LinkedHashMap<>();
        for (FusedEvent e : EventFusion.cluster(members)) {
            graphs.put(Ids.eventGraph(e.key()), EventMapper.map(e));
        }
        rewrite(u, affected, graphs);
    }

    /**
     * Writes the fused graphs, changing only the triples that differ from what is stored, and removes the graphs of
     * the affected events or utterances that are gone (split, or merged into another key).
     */
    private static void rewrite(GraphStore.Update u, Set<String> affected, Map<String, Model> graphs) {
        for (String x : affected) {
            if (!graphs.containsKey(Ids.graphOfFused(x))) {
                u.deleteGraph(Ids.graphOfFused(x));
            }
        }
        graphs.forEach(u::syncGraph);
    }

    private static void utterances(GraphStore.Update u, Set<String> articleIds, Set<String> before) {
        List<StatementReport> mine = new ArrayList<>();
        articleIds.forEach(a -> mine.addAll(u.statementsInArticle(a)));
        Set<String> keys = new TreeSet<>();
        mine.forEach(s -> keys.addAll(s.keys()));
        Set<String> affected = new TreeSet<>(before);
        List<StatementReport> members = new ArrayList<>(mine);
        List<StatementReport> candidates = keys.isEmpty() ? List.of()
                : u.reports().statementReportsUnder(keys, articleIds);
        for (StatementReport c : UtteranceFusion.linkedTo(mine, candidates)) {
            if (c.utterance() != null) {
                affected.add(c.utterance());
            }
            members.add(c);
        }
        members.addAll(u.reports().statementReportsOf(affected));
        Map<String, Model> graphs = new LinkedHashMap<>();
        for (UtteranceFusion.Utterance x : UtteranceFusion.cluster(members)) {
            graphs.put(Ids.utteranceGraph(x.key()), UtteranceMapper.map(x));
        }
        rewrite(u, affected, graphs);
    }
}

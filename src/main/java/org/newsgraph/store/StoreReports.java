package org.newsgraph.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.model.TimeValue;
import org.newsgraph.rdf.Geo;
import org.newsgraph.rdf.Ids;
import org.newsgraph.rdf.NG;
import org.newsgraph.resolve.IncidentReport;
import org.newsgraph.resolve.StatementReport;
import org.newsgraph.resolve.StoredReports;
import org.newsgraph.resolve.Where;

/**
 * The store's answers to the resolve stage, read inside the caller's transaction through the quad indexes only:
 * statements by speaker (POS index on {@code ng:speaker}), incident reports by month ({@code ng:month}), reports
 * of an event ({@code ng:reportOf}). Each lookup touches what its keys select, never the whole store.
 */
final class StoreReports implements StoredReports {
    private static final String ENTITY = Ids.NS + "entity/";
    private static final java.util.regex.Pattern POINT = java.util.regex.Pattern.compile(
            "POINT\\s*\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)");
    private final DatasetGraph dsg;

    StoreReports(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public List<StoredStatement> statementsSharing(Set<String> textKeys, Set<String> speakerKeys,
                                                   String exceptArticle) {
        // the article graphs holding a statement under one of the keys, stock phrases passed over
        Set<Node> graphs = new TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        for (String k : new TreeSet<>(textKeys)) {
            Set<Node> holders = holders(k, Set.of());
            if (holders.size() <= org.newsgraph.resolve.NewsCycleDating.STOCK_PHRASE) {
                holders.stream().filter(Node::isURI).forEach(graphs::add);
            }
        }
        return statementsIn(graphs, speakerKeys, exceptArticle);
    }

    /**
     * The graphs holding a statement under this text key, other than {@code skipped}; no more than one past
     * {@link org.newsgraph.resolve.NewsCycleDating#STOCK_PHRASE}, where the key stops being followed.
     */
    Set<Node> holders(String textKey, Set<Node> skipped) {
        Set<Node> holders = new java.util.HashSet<>();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, NG.textKey.asNode(), NodeFactory.createLiteralString(textKey));
        while (it.hasNext() && holders.size() <= org.newsgraph.resolve.NewsCycleDating.STOCK_PHRASE) {
            Node g = it.next().getGraph();
            if (!skipped.contains(g)) {
                holders.add(g);
            }
        }
        return holders;
    }

    /** The statements of these speakers in these article graphs, in the order of the graphs, then of the speakers. */
    List<StoredStatement> statementsIn(Set<Node> graphs, Set<String> speakerKeys, String exceptArticle) {
        List<StoredStatement> out = new ArrayList<>();
        for (Node g : graphs) {
            for (String key : new TreeSet<>(speakerKeys)) {
                statementsIn(g, key, exceptArticle, out);
            }
        }
        return out;
    }

    /** The statements of one speaker in one article graph, with their article's publication date. */
    private void statementsIn(Node g, String key, String exceptArticle, List<StoredStatement> out) {
        Node speaker = NodeFactory.createURI(ENTITY + key);
        List<Node> said = new ArrayList<>();
        dsg.find(g, Node.ANY, NG.speaker.asNode(), speaker).forEachRemaining(q -> said.add(q.getSubject()));
        for (Node s : said) {
            Node article = object(s, NG.inArticle.asNode());
            String id = article == null ? null : literal(article, NG.articleId.asNode());
            String published = article == null ? null : literal(article, NG.published.asNode());
            String evidence = literal(s, NG.evidence.asNode());
            if (id == null || id.equals(exceptArticle) || published == null || published.length() < 10
                    || evidence == null) {
                continue;
            }
            String quote = literal(s, NG.quote.asNode());
            out.add(new StoredStatement(id, LocalDate.parse(published.substring(0, 10)), key,
                    evidence + (quote == null ? "" : " " + quote)));
        }
    }

    @Override
    public List<IncidentReport> incidentsIn(Set<YearMonth> months, Set<String> types, Set<String> exceptArticles) {
        List<Node> keys = new TreeSet<>(months).stream()
                .map(m -> NodeFactory.createLiteralDT(m.toString(), XSDDatatype.XSDgYearMonth)).toList();
        Set<Node> reports = subjectsOfAny(NG.month.asNode(), keys);
        // one look-up for the type before the two dozen of a whole report: most of a busy month is of other types
        reports.removeIf(r -> {
            Node type = object(r, NG.incidentType.asNode());
            return type == null || !type.isURI() || !types.contains(type.getLocalName());
        });
        return read(reports, this::report, r -> !exceptArticles.contains(r.articleId()));
    }

    @Override
    public Set<String> eventsOfGroups(Set<String> eventIds) {
        Set<String> out = new TreeSet<>(eventIds);
        for (Node event : iris(eventIds)) {
            Node group = object(event, NG.fusionGroup.asNode());
            if (group != null) {
                subjects(NG.fusionGroup.asNode(), group).stream().filter(Node::isURI).forEach(e -> out.add(e.getURI()));
            }
        }
        return out;
    }

    @Override
    public List<IncidentReport> reportsOf(Set<String> eventIds) {
        return read(subjectsOfAny(NG.reportOf.asNode(), iris(eventIds)), this::report, r -> true);
    }

    @Override
    public List<StatementReport> statementReportsUnder(Set<String> keys, Set<String> exceptArticles) {
        List<Node> literals = new TreeSet<>(keys).stream().map(k -> (Node) NodeFactory.createLiteralString(k))
                .toList();
        return read(subjectsOfAny(NG.utteranceKey.asNode(), literals), this::statement,
                r -> !exceptArticles.contains(r.articleId()));
    }

    @Override
    public List<StatementReport> statementReportsOf(Set<String> utteranceIds) {
        return read(subjectsOfAny(NG.reportOf.asNode(), iris(utteranceIds)), this::statement, r -> true);
    }

    /** The statement reports of one article graph, as stored now. */
    List<StatementReport> statementsInArticle(String articleId) {
        return read(inArticle(articleId, NG.speaker.asNode()), this::statement, r -> true);
    }

    /** The utterances the statements of an article belong to now. */
    Set<String> utterancesOfArticle(String articleId) {
        return fusedOf(inArticle(articleId, NG.speaker.asNode()));
    }

    /** The incident reports of one article graph, as stored now. */
    List<IncidentReport> reportsInArticle(String articleId) {
        return read(inArticle(articleId, NG.incidentType.asNode()), this::report, r -> true);
    }

    /** The events the reports of an article belong to now. */
    Set<String> eventsOfArticle(String articleId) {
        return fusedOf(inArticle(articleId, NG.incidentType.asNode()));
    }

    /** The event or utterance each report belongs to, sorted. */
    private Set<String> fusedOf(Set<Node> reports) {
        Set<String> out = new TreeSet<>();
        for (Node r : reports) {
            Node f = object(r, NG.reportOf.asNode());
            if (f != null) {
                out.add(f.getURI());
            }
        }
        return out;
    }

    /** The nodes read as reports, those that are reports (any more) and that the filter keeps, in the nodes' order. */
    private static <R> List<R> read(Set<Node> nodes, java.util.function.Function<Node, R> reader,
                                    java.util.function.Predicate<R> keep) {
        List<R> out = new ArrayList<>();
        for (Node n : nodes) {
            R r = reader.apply(n);
            if (r != null && keep.test(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Subjects pointing with the property at any of the objects, once each: the objects in order, then the store's. */
    private Set<Node> subjectsOfAny(Node p, List<Node> objects) {
        Set<Node> out = new LinkedHashSet<>();
        objects.forEach(o -> out.addAll(subjects(p, o)));
        return out;
    }

    /** The IRIs as nodes, sorted. */
    private static List<Node> iris(Set<String> iris) {
        return new TreeSet<>(iris).stream().map(NodeFactory::createURI).toList();
    }

    /** Subjects of the article's graph that have the property. */
    private Set<Node> inArticle(String articleId, Node p) {
        Node g = NodeFactory.createURI(Ids.graph(articleId));
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(g, Node.ANY, p, Node.ANY).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    /** A stored statement as utterance fusion sees it; null when the node is no statement (any more). */
    private StatementReport statement(Node s) {
        Node speaker = object(s, NG.speaker.asNode());
        Node article = object(s, NG.inArticle.asNode());
        String articleId = article == null ? null : literal(article, NG.articleId.asNode());
        if (speaker == null || !speaker.isURI() || articleId == null) {
            return null;
        }
        LocalDate[] range = range(s);
        Node utterance = object(s, NG.reportOf.asNode());
        return new StatementReport(s.getURI(), articleId, sources(article), speaker.getURI(), range[0], range[1],
                "true".equals(literal(s, NG.dateInferred.asNode())), NG.DirectQuote.asNode().equals(object(s,
                NG.mode.asNode())), literal(s, NG.quote.asNode()), literal(s, NG.evidence.asNode()),
                utterance == null ? null : utterance.getURI());
    }

    /** The article's publisher and the outlets it credits. */
    private Set<String> sources(Node article) {
        Set<String> sources = uris(objects(article, NG.creditedSource.asNode()));
        Node outlet = object(article, NG.publisher.asNode());
        if (outlet != null && outlet.isURI()) {
            sources.add(outlet.getURI());
        }
        return sources;
    }

    /** A stored incident report as fusion sees it; null when the node is no incident report (any more). */
    private IncidentReport report(Node r) {
        Node type = object(r, NG.incidentType.asNode());
        Node article = object(r, NG.inArticle.asNode());
        String articleId = article == null ? null : literal(article, NG.articleId.asNode());
        if (type == null || !type.isURI() || articleId == null) {
            return null;
        }
        LocalDate[] range = range(r);
        IncidentReport.Dating dating = "true".equals(literal(r, NG.dateInferred.asNode()))
                ? IncidentReport.Dating.INFERRED : IncidentReport.Dating.READ;
        String published = literal(article, NG.published.asNode());
        if (range[0] == null && published != null && published.length() >= 10) {
            range = IncidentReport.newsCycle(LocalDate.parse(published.substring(0, 10)));
            dating = IncidentReport.Dating.ARTICLE;
        }
        Node place = object(r, NG.location.asNode());
        Node outlet = object(article, NG.publisher.asNode());
        Node by = object(r, NG.reportedBy.asNode());
        Node event = object(r, NG.reportOf.asNode());
        return new IncidentReport(r.getURI(), articleId, outlet == null ? null : outlet.getURI(), sources(article),
                type.getLocalName(), range[0], range[1], dating,
                place == null || !place.isURI() ? null
                        : where(place),
                uris(objects(r, NG.perpetrator.asNode())), uris(objects(r, NG.target.asNode())),
                integer(literal(r, NG.killed.asNode())), integer(literal(r, NG.displaced.asNode())), count(r),
                literal(r, NG.operationName.asNode()), by == null ? null : by.getURI(),
                literal(r, NG.evidence.asNode()), event == null ? null : event.getURI(), sides(r));
    }

    /** The report's count as worded, or null. */
    private org.newsgraph.model.Count count(Node r) {
        String qualifier = literal(r, NG.countQualifier.asNode());
        if (qualifier == null) {
            return null;
        }
        Integer killed = integer(literal(r, NG.killed.asNode()));
        Integer displaced = integer(literal(r, NG.displaced.asNode()));
        String measure = killed != null || displaced == null && NG.term("Attack").asNode().equals(object(r,
                NG.incidentType.asNode())) ? "killed" : "displaced";
        try {
            return new org.newsgraph.model.Count(measure, killed != null ? killed : displaced,
                    integer(literal(r, NG.countMin.asNode())), integer(literal(r, NG.countMax.asNode())),
                    org.newsgraph.model.Count.Qualifier.of(qualifier), literal(r, NG.countText.asNode()), null);
        } catch (IllegalArgumentException e) {
            return null; // a qualifier this version does not know: the figure alone is still read
        }
    }

    /** The place as fusion compares places. */
    private Where where(Node place) {
        Set<String> lineage = lineage(place);
        Set<String> areas = new TreeSet<>();
        for (String p : lineage) {
            if (Where.divides(literal(NodeFactory.createURI(p), NG.placeKind.asNode()))) {
                areas.add(p);
            }
        }
        return new Where(place.getURI(), lineage, point(place), placeKind(place), areas);
    }

    /**
     * The place's kind for fusion: its ng:placeKind; "state" for an actor named as a place (a state: "in Syria"); "unlisted" for a place
     * the gazetteer does not know (no kind, no point: in practice a village a report names, "near Balyun").
     */
    private String placeKind(Node place) {
        String kind = literal(place, NG.placeKind.asNode());
        if (kind != null) {
            return kind;
        }
        if (!dsg.contains(Node.ANY, place, org.apache.jena.vocabulary.RDF.type.asNode(), NG.Place.asNode())) {
            return "state";
        }
        return point(place) == null ? "unlisted" : null;
    }

    /** The days the report's date covers: a day, a whole month or year, or its earliest..latest range. */
    private LocalDate[] range(Node r) {
        Node d = object(r, NG.date.asNode());
        TimeValue t = d != null && d.isLiteral() ? TimeValue.ofLexical(d.getLiteralLexicalForm()) : null;
        if (t != null) {
            return new LocalDate[] {t.earliest(), t.latest()};
        }
        String from = literal(r, NG.dateEarliest.asNode());
        String to = literal(r, NG.dateLatest.asNode());
        try {
            return from == null || to == null ? new LocalDate[2]
                    : new LocalDate[] {LocalDate.parse(from.substring(0, 10)), LocalDate.parse(to.substring(0, 10))};
        } catch (RuntimeException e) {
            return new LocalDate[2];
        }
    }

    /** Each perpetrator and target of the report with the actors it is affiliated with, transitively. */
    private java.util.Map<String, Set<String>> sides(Node r) {
        java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
        Set<Node> actors = new LinkedHashSet<>(objects(r, NG.perpetrator.asNode()));
        actors.addAll(objects(r, NG.target.asNode()));
        for (Node a : actors) {
            Set<String> up = new TreeSet<>();
            java.util.Deque<Node> todo = new java.util.ArrayDeque<>(objects(a, NG.affiliation.asNode()));
            while (!todo.isEmpty() && up.size() < 20) {
                Node x = todo.pop();
                if (x.isURI() && up.add(x.getURI())) {
                    todo.addAll(objects(x, NG.affiliation.asNode()));
                }
            }
            if (a.isURI() && !up.isEmpty()) {
                out.put(a.getURI(), up);
            }
        }
        return out;
    }

    /** The place and every place it lies within, following ng:within (cycles stop). */
    private Set<String> lineage(Node place) {
        Set<String> out = new LinkedHashSet<>();
        Node p = place;
        while (p != null && p.isURI() && out.add(p.getURI())) {
            p = object(p, NG.within.asNode());
        }
        return out;
    }

    /** The place's longitude and latitude from its WKT point, or null. */
    private double[] point(Node place) {
        Node geometry = object(place, Geo.hasGeometry.asNode());
        String wkt = literal(geometry, Geo.asWKT.asNode());
        java.util.regex.Matcher m = wkt == null ? null : POINT.matcher(wkt);
        return m != null && m.find() ? new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))}
                : null;
    }

    private List<Node> subjects(Node p, Node o) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        return new ArrayList<>(out);
    }

    private Set<Node> objects(Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        if (s != null) {
            dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        }
        return out;
    }

    private Node object(Node s, Node p) {
        if (s == null) {
            return null;
        }
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private String literal(Node s, Node p) {
        Node o = object(s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    private static Set<String> uris(Set<Node> nodes) {
        Set<String> out = new TreeSet<>();
        nodes.stream().filter(Node::isURI).forEach(n -> out.add(n.getURI()));
        return out;
    }

    private static Integer integer(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package org.newsgraph.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.newsgraph.rdf.Geo;
import org.newsgraph.rdf.Ids;
import org.newsgraph.rdf.NG;
import org.newsgraph.resolve.IncidentReport;
import org.newsgraph.resolve.StatementReport;
import org.newsgraph.resolve.StoredReports;

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
    public List<StoredStatement> statementsBy(Set<String> speakerKeys, String exceptArticle) {
        List<StoredStatement> out = new ArrayList<>();
        for (String key : new TreeSet<>(speakerKeys)) {
            Node speaker = NodeFactory.createURI(ENTITY + key);
            for (Node s : subjects(NG.speaker.asNode(), speaker)) {
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
        return out;
    }

    @Override
    public List<IncidentReport> incidentsIn(Set<YearMonth> months, String exceptArticle) {
        Set<Node> reports = new LinkedHashSet<>();
        for (YearMonth m : new TreeSet<>(months)) {
            reports.addAll(subjects(NG.month.asNode(), NodeFactory.createLiteralDT(m.toString(),
                    XSDDatatype.XSDgYearMonth)));
        }
        List<IncidentReport> out = new ArrayList<>();
        for (Node r : reports) {
            IncidentReport ir = report(r);
            if (ir != null && !ir.articleId().equals(exceptArticle)) {
                out.add(ir);
            }
        }
        return out;
    }

    @Override
    public List<IncidentReport> reportsOf(Set<String> eventIds) {
        List<IncidentReport> out = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        for (String e : new TreeSet<>(eventIds)) {
            for (Node r : subjects(NG.reportOf.asNode(), NodeFactory.createURI(e))) {
                IncidentReport ir = seen.add(r) ? report(r) : null;
                if (ir != null) {
                    out.add(ir);
                }
            }
        }
        return out;
    }

    @Override
    public List<StatementReport> statementReportsBy(Set<String> speakers, String exceptArticle) {
        List<StatementReport> out = new ArrayList<>();
        for (String sp : new TreeSet<>(speakers)) {
            for (Node s : subjects(NG.speaker.asNode(), NodeFactory.createURI(sp))) {
                StatementReport r = statement(s);
                if (r != null && !r.articleId().equals(exceptArticle)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    @Override
    public List<StatementReport> statementReportsOf(Set<String> utteranceIds) {
        List<StatementReport> out = new ArrayList<>();
        for (String u : new TreeSet<>(utteranceIds)) {
            for (Node s : subjects(NG.reportOf.asNode(), NodeFactory.createURI(u))) {
                StatementReport r = statement(s);
                if (r != null) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** The statement reports of one article graph, as stored now. */
    List<StatementReport> statementsInArticle(String articleId) {
        List<StatementReport> out = new ArrayList<>();
        for (Node s : inArticle(articleId, NG.speaker.asNode())) {
            StatementReport r = statement(s);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** The utterances the statements of an article belong to now. */
    Set<String> utterancesOfArticle(String articleId) {
        Set<String> out = new TreeSet<>();
        for (Node s : inArticle(articleId, NG.speaker.asNode())) {
            Node u = object(s, NG.reportOf.asNode());
            if (u != null) {
                out.add(u.getURI());
            }
        }
        return out;
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

    /** The incident reports of one article graph, as stored now. */
    List<IncidentReport> reportsInArticle(String articleId) {
        Node g = NodeFactory.createURI(Ids.graph(articleId));
        List<IncidentReport> out = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        for (Iterator<Quad> it = dsg.find(g, Node.ANY, NG.incidentType.asNode(), Node.ANY); it.hasNext(); ) {
            Node r = it.next().getSubject();
            IncidentReport ir = seen.add(r) ? report(r) : null;
            if (ir != null) {
                out.add(ir);
            }
        }
        return out;
    }

    /** The events the reports of an article belong to now. */
    Set<String> eventsOfArticle(String articleId) {
        Node g = NodeFactory.createURI(Ids.graph(articleId));
        Set<String> out = new TreeSet<>();
        for (Iterator<Quad> it = dsg.find(g, Node.ANY, NG.incidentType.asNode(), Node.ANY); it.hasNext(); ) {
            Node e = object(it.next().getSubject(), NG.reportOf.asNode());
            if (e != null) {
                out.add(e.getURI());
            }
        }
        return out;
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
        Node place = object(r, NG.location.asNode());
        Node outlet = object(article, NG.publisher.asNode());
        Node by = object(r, NG.reportedBy.asNode());
        Node event = object(r, NG.reportOf.asNode());
        return new IncidentReport(r.getURI(), articleId, outlet == null ? null : outlet.getURI(), sources(article),
                type.getLocalName(), range[0], range[1],
                "true".equals(literal(r, NG.dateInferred.asNode())), place == null ? null : place.getURI(),
                lineage(place), point(place), uris(objects(r, NG.perpetrator.asNode())), uris(objects(r, NG.target.asNode())),
                integer(literal(r, NG.killed.asNode())), integer(literal(r, NG.displaced.asNode())),
                by == null ? null : by.getURI(), literal(r, NG.evidence.asNode()), event == null ? null : event.getURI(),
                sides(r));
    }

    /** The days the report's date covers: a day, a whole month or year, or its earliest..latest range. */
    private LocalDate[] range(Node r) {
        Node d = object(r, NG.date.asNode());
        if (d != null && d.isLiteral()) {
            String lex = d.getLiteralLexicalForm();
            try {
                if (lex.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                    LocalDate day = LocalDate.parse(lex.substring(0, 10));
                    return new LocalDate[] {day, day};
                }
                if (lex.matches("\\d{4}-\\d{2}")) {
                    YearMonth m = YearMonth.parse(lex);
                    return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
                }
                if (lex.matches("\\d{4}")) {
                    int y = Integer.parseInt(lex);
                    return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
                }
            } catch (RuntimeException e) {
                // a malformed date: the report is undated for fusion
            }
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

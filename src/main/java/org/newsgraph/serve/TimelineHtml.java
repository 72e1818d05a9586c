package org.newsgraph.serve;

import static org.newsgraph.serve.LandingHtml.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newsgraph.rdf.Ids;
import org.newsgraph.rdf.NG;

/**
 * The timeline: incidents, statements, meetings and agreements in date order, each with its date as precise as the
 * text gives it (a day, a month, a year, or a range), inferred dates marked with their basis, the sentence and the
 * article; filtered by actor (any role: speaker, topic, addressee, perpetrator, target, participant, party), by
 * outlet and by kind, through a plain GET form. Call inside a read transaction.
 */
final class TimelineHtml {
    private static final Map<String, String> KINDS = kinds();
    private static final String ROLES = "ng:speaker|ng:about|ng:addressee|ng:perpetrator|ng:target|ng:participant"
            + "|ng:party|ng:reportedBy";
    /** Items per page. */
    static final int PAGE = 500;

    private final DatasetGraph ds;
    private final String actor;
    private final String outlet;
    private final String place;
    private final String kind;
    private int page;
    private final int pageSize;
    private final StringBuilder out = new StringBuilder(32_768);

    /**
     * @param actor  an actor's IRI, or its path under {@code id/} ({@code entity/turkey}); null or empty for all
     * @param outlet the same for an outlet
     * @param kind   Incident, Statement, Meeting or Agreement; null or empty for all
     * @param page   the page of {@value #PAGE} items, from 0
     * @param place  a place's IRI or path: only what happened there (the map's circles link here)
     */
    TimelineHtml(DatasetGraph ds, String actor, String outlet, String kind, String page, String place) {
        this(ds, actor, outlet, kind, page, place, PAGE);
    }

    /** As above, with pages of {@code pageSize} items (tests page the seeds' few items). */
    TimelineHtml(DatasetGraph ds, String actor, String outlet, String kind, String page, String place, int pageSize) {
        this.ds = ds;
        this.pageSize = pageSize;
        this.place = Pages.ourIri(place);
        this.page = page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
        this.actor = Pages.ourIri(actor);
        this.outlet = Pages.ourIri(outlet);
        this.kind = kind != null && KINDS.containsKey(kind) ? kind : null;
    }

    private static Map<String, String> kinds() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Incident", "incidents");
        m.put("Statement", "statements");
        m.put("Meeting", "meetings");
        m.put("Agreement", "agreements");
        // fused events stand for several incident reports: listed on their own, never mixed with the reports
        m.put("Event", "events (incident reports fused)");
        return m;
    }

    String render() {
        Pages.open(out, "Timeline", CSS, "");
        ResourceHtml page = new ResourceHtml(ds, null);
        out.append("<h1>Timeline").append(actor == null ? "" : " of " + esc(page.label(node(actor))))
                .append(outlet == null ? "" : " in " + esc(page.label(node(outlet))))
                .append(place == null ? "" : " at " + esc(page.label(node(place)))).append("</h1>\n");
        form(page);
        rows(page);
        out.append("</main></body></html>\n");
        return out.toString();
    }

    private void form(ResourceHtml page) {
        out.append("<form class=\"filters\" method=\"get\" action=\"/timeline\">");
        out.append("<label>Actor <select name=\"actor\"><option value=\"\">any</option>");
        // every actor, by class (through the type index: a scan of all role triples took 0.5 s at 500 articles)
        options("SELECT DISTINCT ?x ?l WHERE { VALUES ?k { ng:Person ng:State ng:GovernmentBody ng:MilitaryForce "
                + "ng:ArmedGroup ng:MediaOutlet ng:InternationalOrganization ng:Organization } ?x a ?k ; rdfs:label ?l }"
                + " ORDER BY ?l", actor);
        out.append("</select></label> <label>Outlet <select name=\"outlet\"><option value=\"\">any</option>");
        options("SELECT DISTINCT ?x ?l WHERE { ?a a ng:Article ; ng:publisher ?x . ?x rdfs:label ?l } ORDER BY ?l",
                outlet);
        out.append("</select></label> <label>Kind <select name=\"kind\"><option value=\"\">all</option>");
        KINDS.forEach((k, v) -> out.append("<option value=\"").append(k).append("\"")
                .append(k.equals(kind) ? " selected" : "").append(">").append(v).append("</option>"));
        out.append("</select></label> ");
        if (place != null) {
            out.append("<input type=\"hidden\" name=\"place\" value=\"").append(esc(place.substring(Ids.NS.length())))
                    .append("\">");
        }
        out.append("<button type=\"submit\">Show</button></form>\n");
    }

    private void options(String query, String selected) {
        for (Binding b : select(query)) {
            String x = b.get("x").getURI();
            if (!x.startsWith(Ids.NS)) {
                continue;
            }
            String v = x.substring(Ids.NS.length());
            out.append("<option value=\"").append(esc(v)).append("\"").append(x.equals(selected) ? " selected" : "")
                    .append(">").append(esc(b.get("l").getLiteralLexicalForm())).append("</option>");
        }
    }

    /**
     * The page's items in two queries: first every matching item's sort key (its date or the start of its range),
     * sorted, which gives the count and the page's slice; then the details of the page's items only. One query over
     * all items' details took 1 to 2.4 s on a store of 500 articles (4,000 dated items); the two take a third of it.
     */
    private void rows(ResourceHtml page) {
        String values = kind == null ? "ng:Incident ng:Statement ng:Meeting ng:Agreement" : "ng:" + kind;
        // a filter is a pattern the items are found from (an actor's few items, not every item tested)
        List<Binding> keys = select("SELECT ?s ?key WHERE { "
                + (actor == null ? "" : "?s " + ROLES + " " + iri(actor) + " . ")
                + (place == null ? "" : "?s ng:location " + iri(place) + " . ")
                + (outlet == null ? "" : "?s ng:inArticle/ng:publisher " + iri(outlet) + " . ")
                + "VALUES ?kind { " + values + " } ?s a ?kind . "
                + "OPTIONAL { ?s ng:date ?date } OPTIONAL { ?s ng:signed ?signed } "
                + "OPTIONAL { ?s ng:dateEarliest ?earliest } "
                + "BIND(COALESCE(STR(?date), STR(?signed), STR(?earliest)) AS ?key) FILTER(BOUND(?key)) "
                + "} ORDER BY ?key ?s");
        List<Node> items = new ArrayList<>();
        Set<Node> seen = new java.util.HashSet<>();
        for (Binding b : keys) {
            if (seen.add(b.get("s"))) {
                items.add(b.get("s"));
            }
        }
        this.page = Math.min(this.page, Math.max(0, (items.size() - 1) / pageSize));
        int first = Math.min(items.size(), this.page * pageSize);
        int last = Math.min(items.size(), first + pageSize);
        List<Binding> unique = details(items.subList(first, last));
        out.append("<p class=\"note\">").append(items.size()).append(" dated items")
                .append(items.size() > pageSize ? ", " + (first + 1) + " to " + last + " here" : "")
                .append(". A date is as precise as the text: a day, a month, a year, or a range; "
                        + "<span class=\"tag\">inferred</span> dates were worked out (hover for how).</p>\n");
        pager(items.size());
        out.append("<table class=\"items timeline\"><tr><th>date</th><th>kind</th><th>what</th><th>source</th></tr>\n");
        String month = null;
        for (Binding b : unique) {
            String date = date(b);
            String m = date.length() >= 7 ? date.substring(0, 7) : date;
            if (!m.equals(month)) {
                out.append("<tr class=\"month\"><th colspan=\"4\">").append(esc(m)).append("</th></tr>\n");
                month = m;
            }
            Node s = b.get("s");
            boolean inferred = b.get("inferred") != null && b.get("inferred").getLiteralLexicalForm().equals("true");
            out.append("<tr><td class=\"date\">").append(esc(date));
            if (inferred) {
                out.append(" <span class=\"tag\" title=\"").append(esc(b.get("basis") == null ? "inferred"
                        : b.get("basis").getLiteralLexicalForm())).append("\">inferred</span>");
            }
            out.append("</td><td>").append(esc(b.get("kind").getURI().substring(NG.NS.length()))).append("</td><td>")
                    .append(page.link(s));
            if (b.get("evidence") != null) {
                out.append("<div class=\"ev\">").append(esc(b.get("evidence").getLiteralLexicalForm()))
                        .append("</div>");
            }
            out.append("</td><td>");
            if (b.get("outlet") != null) {
                out.append(page.link(b.get("outlet"))).append("<br>");
            }
            if (b.get("article") != null) {
                out.append("<span class=\"src\">").append(page.link(b.get("article"))).append("</span>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</table>\n");
        pager(items.size());
    }

    /** The items' dates, evidence, article and outlet, one row each, in the order given. */
    private List<Binding> details(List<Node> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        StringBuilder in = new StringBuilder();
        items.forEach(n -> in.append(' ').append(NodeFmtLib.strNT(n)));
        Map<Node, Binding> byItem = new java.util.HashMap<>();
        for (Binding b : select("SELECT ?s ?kind ?date ?signed ?earliest ?latest ?inferred ?basis ?evidence ?article "
                + "?outlet WHERE { VALUES ?s {" + in + " } ?s a ?kind "
                + "VALUES ?kind { ng:Incident ng:Statement ng:Meeting ng:Agreement ng:Event } "
                + "OPTIONAL { ?s ng:date ?date } OPTIONAL { ?s ng:signed ?signed } "
                + "OPTIONAL { ?s ng:dateEarliest ?earliest } OPTIONAL { ?s ng:dateLatest ?latest } "
                + "OPTIONAL { ?s ng:dateInferred ?inferred } OPTIONAL { ?s ng:dateBasis ?basis } "
                + "OPTIONAL { ?s ng:evidence ?evidence } "
                + "OPTIONAL { ?s ng:inArticle ?article OPTIONAL { ?article ng:publisher ?outlet } } }")) {
            byItem.putIfAbsent(b.get("s"), b);
        }
        List<Binding> out = new ArrayList<>();
        items.forEach(n -> {
            if (byItem.containsKey(n)) {
                out.add(byItem.get(n));
            }
        });
        return out;
    }

    private static String iri(String iri) {
        return NodeFmtLib.strNT(node(iri));
    }

    /** Links to the previous and next pages, keeping the filters. */
    private void pager(int total) {
        if (total <= pageSize) {
            return;
        }
        String filters = (actor == null ? "" : "&actor=" + enc(actor.substring(Ids.NS.length())))
                + (outlet == null ? "" : "&outlet=" + enc(outlet.substring(Ids.NS.length())))
                + (kind == null ? "" : "&kind=" + kind)
                + (place == null ? "" : "&place=" + enc(place.substring(Ids.NS.length())));
        out.append("<p class=\"pager\">");
        if (page > 0) {
            out.append("<a href=\"/timeline?page=").append(page - 1).append(esc(filters))
                    .append("\">&larr; earlier</a> ");
        }
        out.append("page ").append(page + 1).append(" of ").append((total + pageSize - 1) / pageSize);
        if ((page + 1) * pageSize < total) {
            out.append(" <a href=\"/timeline?page=").append(page + 1).append(esc(filters))
                    .append("\">later &rarr;</a>");
        }
        out.append("</p>\n");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The date as the text gives it: a day, a month or a year (by datatype), or a range. */
    private static String date(Binding b) {
        Node d = b.get("date") != null ? b.get("date") : b.get("signed");
        if (d != null) {
            return d.getLiteralLexicalForm();
        }
        String from = b.get("earliest").getLiteralLexicalForm();
        return b.get("latest") == null ? from + " –" : from + " – " + b.get("latest").getLiteralLexicalForm();
    }

    private List<Binding> select(String body) {
        return Pages.select(ds, body);
    }

    private static Node node(String iri) {
        return org.apache.jena.graph.NodeFactory.createURI(iri);
    }

    private static final String CSS = """
            table.timeline tr.month th{background:#7b2d26;color:#fff}
            """;
}

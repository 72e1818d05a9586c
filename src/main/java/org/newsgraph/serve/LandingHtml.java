package org.newsgraph.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.newsgraph.model.EntityType;
import org.newsgraph.rdf.NG;

/** Renders the landing page: self-contained HTML (inline CSS, no scripts, no outside assets), all text escaped. */
final class LandingHtml {
    private static final String PREFIXES = "PREFIX ng: <" + NG.NS + ">\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\n";
    /** What the dataset holds besides actors and places, with the words the page uses for them. */
    private static final Map<String, String> KINDS = kinds();
    private static final String UI_QUERY = "/#/dataset/" + NewsgraphServer.NAME + "/query?query=";
    private static final String SPARQL = "/" + NewsgraphServer.NAME + "/sparql";

    /** The newest articles the page lists; query 12 pages through all of them. */
    static final int ARTICLES = 100;

    private final DatasetGraph dataset;
    private final List<QueryCatalogue.Entry> catalogue;
    private final Path queriesDir;
    private final List<LandingPage.Format> formats;
    /** The counts and articles, worked out once per server run ({@link #summary}), or null while they are. */
    private final String summary;
    private final StringBuilder out = new StringBuilder(16_384);

    LandingHtml(DatasetGraph dataset, List<QueryCatalogue.Entry> catalogue, Path queriesDir,
                List<LandingPage.Format> formats, String summary) {
        this.dataset = dataset;
        this.catalogue = catalogue;
        this.queriesDir = queriesDir;
        this.formats = formats;
        this.summary = summary;
    }

    /**
     * What the store holds and its newest articles, as HTML: the part of the page that reads the store. A served
     * store does not change (the server holds it; ingest cannot write meanwhile), so the server works this out once
     * and every page view reuses it; on a store of millions of quads it takes seconds.
     */
    static String summary(DatasetGraph dataset) {
        LandingHtml h = new LandingHtml(dataset, List.of(), null, List.of(), null);
        Txn.executeRead(dataset, () -> {
            h.counts();
            h.articles();
        });
        return h.out.toString();
    }

    private static Map<String, String> kinds() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Article", "articles");
        m.put("Statement", "statements (who said what)");
        m.put("Utterance", "utterances (one speaker's words, however many articles report them)");
        m.put("Incident", "incidents (attacks, offensives, displacement, ...)");
        m.put("Event", "events (incident reports of several articles fused into one)");
        m.put("Meeting", "meetings, calls and talks");
        m.put("Agreement", "agreements");
        m.put("AgreementMention", "references to agreements");
        m.put("Mention", "mentions of actors and places in the text");
        return m;
    }

    String render() {
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>newsgraph: news about the war in Syria as a knowledge graph</title>")
                .append("<style>").append(CSS).append(ResourceHtml.CSS).append("</style></head><body><main>\n")
                .append("<h1>newsgraph</h1><p class=\"lead\">News articles about the war in Syria (Idlib, the "
                        + "Russia&ndash;Turkey Sochi memorandum, ...) turned into a knowledge graph: who said what "
                        + "about whom and when, which agreements and incidents the articles report, and exactly where "
                        + "in each article every fact comes from.</p>\n")
                .append("<p>New to SPARQL? Pick a question below: it opens, ready to run, in the ")
                .append("<a href=\"/\">Fuseki query editor</a> (press the &#9654; button). The SPARQL endpoint is ")
                .append("<code>").append(esc(SPARQL)).append("</code>.</p>\n");
        out.append("<p>Or search names, quotes and sentences; every actor, place, article and event has its own page "
                + "(at <code>/id/...</code>, the path of its IRI), each one a click from the next. The "
                + "<a href=\"/timeline\">timeline</a> lists every dated incident, statement, meeting and agreement, "
                + "by actor and outlet; the <a href=\"/map\">map</a> shows places and incidents.</p>");
        Pages.searchBar(out, "");
        if (summary != null) {
            out.append(summary);
        } else {
            out.append("<h2>What the dataset holds</h2><p class=\"note\">Being counted: the server works out the "
                    + "counts and the newest articles once when it starts (a large store takes a while). Reload in "
                    + "a moment.</p>\n");
        }
        catalogue();
        downloads();
        out.append("</main></body></html>\n");
        return out.toString();
    }

    private void counts() {
        StringBuilder values = new StringBuilder();
        KINDS.keySet().forEach(k -> values.append(" ng:").append(k));
        for (EntityType t : EntityType.values()) {
            values.append(" ng:").append(t.localName());
        }
        Map<String, long[]> n = new LinkedHashMap<>();
        select("SELECT ?class (COUNT(DISTINCT ?x) AS ?n) (COUNT(DISTINCT ?linked) AS ?w) WHERE { VALUES ?class {"
                + values + " } ?x a ?class . OPTIONAL { ?x owl:sameAs ?same BIND(?x AS ?linked) } } GROUP BY ?class",
                b -> n.put(b.get("class").getLocalName(),
                        new long[] {number(b.get("n")), number(b.get("w"))}));
        out.append("<h2>What the dataset holds</h2><p class=\"note\">Counted from the store when the server "
                + "started (it does not change while served).</p><div class=\"cols\"><table><tr><th>Kind</th>"
                + "<th class=\"num\">Count</th></tr>");
        KINDS.forEach((k, words) -> row(k, words, n.getOrDefault(k, new long[2])[0]));
        out.append("</table><table><tr><th>Actors and places</th><th class=\"num\">Count</th>"
                + "<th class=\"num\">linked to Wikidata</th></tr>");
        for (EntityType t : EntityType.values()) {
            long[] c = n.getOrDefault(t.localName(), new long[2]);
            out.append("<tr><td>").append(esc(plural(t))).append("</td><td class=\"num\" data-kind=\"")
                    .append(esc(t.localName())).append("\">").append(c[0]).append("</td><td class=\"num\">")
                    .append(c[1]).append("</td></tr>");
        }
        out.append("</table></div>\n");
    }

    private void row(String kind, String words, long count) {
        out.append("<tr><td>").append(esc(words)).append("</td><td class=\"num\" data-kind=\"").append(esc(kind))
                .append("\">").append(count).append("</td></tr>");
    }

    private static String plural(EntityType t) {
        return switch (t) {
            case PERSON -> "people";
            case STATE -> "states";
            case GOVERNMENT_BODY -> "government bodies";
            case MILITARY_FORCE -> "military forces";
            case ARMED_GROUP -> "armed groups";
            case MEDIA_OUTLET -> "media outlets";
            case INTERNATIONAL_ORGANIZATION -> "international organisations";
            case ORGANIZATION -> "other organisations";
            case PLACE -> "places";
        };
    }

    private void articles() {
        out.append("<h2>Articles</h2><p class=\"note\">The " + ARTICLES + " newest; the catalogue's question "
                + "12 pages through all of them.</p><table><tr><th>Published</th><th>Outlet</th><th>Headline</th>"
                + "<th>Credits</th></tr>");
        // a date the source does not state is shown as the estimate it is ("about 2019-06-03"), never as stated
        select("SELECT ?a ?title ?date ?outlet ?credit WHERE { ?a a ng:Article ; rdfs:label ?label . "
                + "OPTIONAL { ?a dcterms:title ?t } OPTIONAL { ?a ng:published ?stated } "
                + "OPTIONAL { ?a ng:publishedEstimate ?estimate } OPTIONAL { ?a ng:dateInferred ?guess } "
                + "BIND(IF(BOUND(?stated), IF(BOUND(?guess), CONCAT(STR(?stated), \" (year inferred)\"), STR(?stated)), "
                + "IF(BOUND(?estimate), CONCAT(\"about \", STR(?estimate)), ?unbound)) AS ?date) "
                + "OPTIONAL { ?a ng:publisher/rdfs:label ?outlet } OPTIONAL { ?a ng:creditedSource/rdfs:label ?credit } "
                + "BIND(COALESCE(?t, ?label) AS ?title) } ORDER BY (!BOUND(?date)) DESC(COALESCE(?stated, ?estimate, \"\")) ?outlet ?title "
                + "LIMIT " + ARTICLES,
                b -> out.append("<tr><td class=\"date\">").append(text(b.get("date"), "date unknown"))
                        .append("</td><td>").append(text(b.get("outlet"), "")).append("</td><td>")
                        .append("<a href=\"").append(esc(ResourceHtml.href(b.get("a")))).append("\">")
                        .append(text(b.get("title"), "")).append("</a></td><td>").append(text(b.get("credit"), ""))
                        .append("</td></tr>"));
        out.append("</table>\n");
    }

    private void catalogue() {
        out.append("<h2>Questions you can ask</h2>");
        if (catalogue.isEmpty()) {
            out.append("<p>No query catalogue found at <code>").append(esc(queriesDir.toAbsolutePath().toString()))
                    .append("</code>; start the server from the repository root, or pass <code>--queries DIR</code>, to "
                            + "list it here.</p>\n");
            return;
        }
        out.append("<p class=\"note\">Each link opens the query in the editor. The same files are in "
                + "<code>queries/</code>; run one without a server with <code>newsgraph query --store DIR "
                + "queries/FILE.rq</code>.</p><ol class=\"catalogue\">");
        for (QueryCatalogue.Entry e : catalogue) {
            String q = URLEncoder.encode(e.text(), StandardCharsets.UTF_8).replace("+", "%20");
            out.append("<li><a class=\"question\" href=\"").append(esc(UI_QUERY + q)).append("\">")
                    .append(esc(e.question() == null ? e.fileName() : e.question())).append("</a>");
            if (e.federated()) {
                out.append(" <span class=\"tag\">asks Wikidata: needs internet</span>");
            }
            if (!e.notes().isEmpty()) {
                out.append("<p>").append(esc(String.join(" ", e.notes()))).append("</p>");
            }
            out.append("<p class=\"links\"><a href=\"").append(esc("queries/" + e.fileName())).append("\">")
                    .append(esc(e.fileName())).append("</a>");
            if (!e.federated()) {
                out.append(" &middot; <a href=\"").append(esc(SPARQL + "?format=csv&query=" + q))
                        .append("\">results as CSV</a>");
            }
            out.append("</p></li>");
        }
        out.append("</ol>\n");
    }

    private void downloads() {
        out.append("<h2>Download the graph</h2>");
        if (formats.isEmpty()) {
            out.append("<p>This server offers no downloads; use <code>newsgraph export</code>.</p>\n");
            return;
        }
        out.append("<ul class=\"downloads\">");
        for (LandingPage.Format f : formats) {
            out.append("<li><a href=\"").append(esc("export/" + f.name())).append("\">newsgraph.")
                    .append(esc(f.extension())).append("</a> &ndash; ").append(esc(f.about())).append("</li>");
        }
        out.append("</ul>\n");
    }

    /**
     * Runs one of the summary's queries, as background work ({@link Pages#background}): the summary is worked out
     * once per server run, and cut off by the query timeout, the landing page would say "being counted" for as long
     * as the server runs.
     */
    private void select(String query, Consumer<Binding> each) {
        try (QueryExec qe = Pages.background(dataset).query(PREFIXES + query).build()) {
            RowSet rows = qe.select();
            rows.forEachRemaining(each);
        }
    }

    private static long number(Node n) {
        return n == null ? 0 : ((Number) n.getLiteralValue()).longValue();
    }

    private static String text(Node n, String absent) {
        if (n == null) {
            return esc(absent);
        }
        return esc(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static final String CSS = """
            body{margin:0;background:#f6f7f9;color:#1d2330;font:16px/1.5 system-ui,-apple-system,"Segoe UI",\
            Roboto,sans-serif}
            main{max-width:62rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}
            h1{margin:.2rem 0 .4rem;font-size:2rem;color:#7b2d26}
            h2{margin-top:2.2rem;border-bottom:2px solid #e3e6eb;padding-bottom:.2rem;font-size:1.3rem}
            .lead{font-size:1.1rem}
            .note{color:#5b6475;font-size:.9rem;margin-top:-.4rem}
            code{background:#eceff3;padding:.05rem .3rem;border-radius:3px;font-size:.9em}
            a{color:#1f5fa8}
            table{border-collapse:collapse;background:#fff;margin:.5rem 0;box-shadow:0 1px 2px #0001}
            th,td{padding:.35rem .7rem;border-bottom:1px solid #e8eaee;text-align:left;vertical-align:top}
            th{background:#eef1f5;font-weight:600}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            td.date{white-space:nowrap}
            .cols{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
            ol.catalogue{padding-left:1.6rem}
            ol.catalogue li{margin:.2rem 0 .9rem;background:#fff;padding:.5rem .8rem;border-radius:4px;\
            box-shadow:0 1px 2px #0001}
            ol.catalogue p{margin:.25rem 0;color:#3d4555;font-size:.92rem}
            a.question{font-weight:600}
            .links{font-size:.85rem}
            .tag{background:#fff3cd;color:#6b4e00;border-radius:3px;padding:0 .35rem;font-size:.8rem}
            """;
}

package org.newsgraph.serve;

import static org.newsgraph.serve.LandingHtml.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.Ids;
import org.newsgraph.rdf.NG;

/**
 * The HTML page of one node of the graph (an actor, place, article, statement, incident, meeting, agreement or
 * mention): its label, kind, Wikidata link and aliases; its own properties, every node a link; everything that points
 * at it, grouped by how (the statements an actor made, those about it, the incidents it is perpetrator or target of,
 * the agreements it is party to, the meetings it took part in), each with its date, its source sentence and its
 * article; what each outlet called it; and for an article, its text with every extracted item highlighted at its
 * offsets. Self-contained: inline CSS, no script, nothing loaded from outside the server. Call inside a read
 * transaction.
 */
final class ResourceHtml {
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node ALT = SKOS.altLabel.asNode();
    private static final Node SAME = OWL.sameAs.asNode();
    private static final Node TEXT = NG.text.asNode();
    private static final Node IN_ARTICLE = NG.inArticle.asNode();
    private static final Node BEGIN = NG.begin.asNode();
    private static final Node END = NG.end.asNode();
    /** Predicates shown in the header rather than the property table. */
    private static final Set<Node> HEADER = Set.of(LABEL, TYPE, ALT, SAME, TEXT);
    /** How a node pointing here by a predicate is introduced, most telling first. */
    private static final Map<String, String> INCOMING = incoming();
    /** Items listed per section, so that a page about a country stays readable and quick. */
    private static final int MAX_ITEMS = 200;

    private final DatasetGraph ds;
    private final Node node;
    private final StringBuilder out = new StringBuilder(16_384);

    ResourceHtml(DatasetGraph ds, Node node) {
        this.ds = ds;
        this.node = node;
    }

    private static Map<String, String> incoming() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("speaker", "Statements it made");
        m.put("about", "Statements about it");
        m.put("addressee", "Statements addressed to it");
        m.put("perpetrator", "Incidents it is said to have carried out");
        m.put("target", "Incidents it was the target of");
        m.put("location", "Incidents and meetings here");
        m.put("party", "Agreements it is party to");
        m.put("participant", "Meetings it took part in");
        m.put("signedAt", "Agreements signed here");
        m.put("reportedBy", "Claims it is the source of");
        m.put("within", "Places within it");
        m.put("affiliation", "Actors affiliated with it");
        m.put("inArticle", "Extracted from this article");
        m.put("mentionedIn", "Agreements this article refers to");
        return m;
    }

    String render() {
        String label = label(node);
        Pages.open(out, label, FactSheet.CSS, "");
        out.append("<p class=\"kind\">").append(esc(String.join(", ", kinds(node)))).append("</p>")
                .append("<h1>").append(esc(label)).append("</h1>\n");
        out.append("<p class=\"iri\"><code>").append(esc(node.getURI())).append("</code> &middot; as ")
                .append("<a href=\"?format=ttl\">Turtle</a>, <a href=\"?format=jsonld\">JSON-LD</a>, ")
                .append("<a href=\"?format=nt\">N-Triples</a></p>\n");
        header();
        new FactSheet(ds, node, this, out).render();
        if (isActor()) {
            String key = esc(java.net.URLEncoder.encode(node.getURI().substring(Ids.NS.length()),
                    java.nio.charset.StandardCharsets.UTF_8));
            out.append("<p><a href=\"/timeline?actor=").append(key).append("\">Timeline</a> of what it said, did "
                    + "and suffered &middot; <a href=\"/network?actor=").append(key).append("\">Network</a>: who it "
                    + "speaks about, attacks, signs or meets with.</p>\n");
        }
        properties();
        if (ds.find(Node.ANY, node, TEXT, Node.ANY).hasNext()) {
            articleText();
        }
        calledBy();
        incomingSections();
        out.append("</main></body></html>\n");
        return out.toString();
    }

    /** Whether the node is something that acts (speaks, attacks, signs), so that a timeline of it makes sense. */
    private boolean isActor() {
        return node.getURI().startsWith(Ids.NS + "entity/") && !kinds(node).contains("Place");
    }

    /** Wikidata links and aliases. */
    private void header() {
        List<String> same = new ArrayList<>();
        ds.find(Node.ANY, node, SAME, Node.ANY).forEachRemaining(q -> same.add(q.getObject().getURI()));
        if (!same.isEmpty()) {
            out.append("<p>Same as ");
            for (String s : new TreeSet<>(same)) {
                out.append("<a class=\"ext\" href=\"").append(esc(s)).append("\" rel=\"noreferrer\">")
                        .append(esc(s.startsWith(Ids.WIKIDATA) ? "Wikidata " + s.substring(Ids.WIKIDATA.length()) : s))
                        .append("</a> ");
            }
            out.append("</p>\n");
        }
        Set<String> aliases = new TreeSet<>();
        ds.find(Node.ANY, node, ALT, Node.ANY)
                .forEachRemaining(q -> aliases.add(q.getObject().getLiteralLexicalForm()));
        if (!aliases.isEmpty()) {
            out.append("<p>Also called: ").append(esc(String.join(" · ", aliases))).append("</p>\n");
        }
    }

    /** Its own properties, one row per predicate. */
    private void properties() {
        Map<String, Set<String>> rows = new TreeMap<>();
        ds.find(Node.ANY, node, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!HEADER.contains(q.getPredicate())) {
                rows.computeIfAbsent(shortName(q.getPredicate()), k -> new TreeSet<>()).add(value(q.getObject()));
            }
        });
        if (rows.isEmpty()) {
            return;
        }
        out.append("<h2>Properties</h2><table class=\"props\">\n");
        rows.forEach((p, vs) -> out.append("<tr><th>").append(esc(p)).append("</th><td>")
                .append(String.join("<br>", vs)).append("</td></tr>\n"));
        out.append("</table>\n");
    }

    /** For an actor or place: the words each outlet used for it, from the mentions that refer to it. */
    private void calledBy() {
        Map<String, Set<String>> byOutlet = new TreeMap<>();
        Map<Node, String> outletOf = new java.util.HashMap<>();
        Iterator<Quad> it = ds.find(Node.ANY, Node.ANY, NG.refersTo.asNode(), node);
        while (it.hasNext()) {
            Node mention = it.next().getSubject();
            String anchor = literal(mention, NG.anchor.asNode());
            Node article = object(mention, IN_ARTICLE);
            // an article's outlet looked up once, however many mentions it has
            String outlet = article == null ? "an outlet not named" : outletOf.computeIfAbsent(article, a -> {
                Node publisher = object(a, NG.publisher.asNode());
                return publisher == null ? "an outlet not named" : label(publisher);
            });
            if (anchor != null) {
                byOutlet.computeIfAbsent(outlet, k -> new TreeSet<>()).add(anchor);
            }
        }
        if (byOutlet.isEmpty()) {
            return;
        }
        out.append("<h2>What each outlet called it</h2><table>\n<tr><th>outlet</th><th>words</th></tr>\n");
        byOutlet.forEach((o, forms) -> out.append("<tr><td>").append(esc(o)).append("</td><td>")
                .append(esc(String.join(" · ", forms))).append("</td></tr>\n"));
        out.append("</table>\n");
    }

    /** Everything that points here, grouped by predicate, each item with date, sentence and article. */
    private void incomingSections() {
        Map<String, List<Node>> byPredicate = new LinkedHashMap<>();
        INCOMING.keySet().forEach(k -> byPredicate.put(k, new ArrayList<>()));
        Map<String, List<Node>> others = new TreeMap<>();
        // a set: an actor of a large store has tens of thousands of mentions in thousands of articles
        Set<Node> articles = new java.util.LinkedHashSet<>();
        Iterator<Quad> it = ds.find(Node.ANY, Node.ANY, Node.ANY, node);
        Set<Node> seen = new java.util.HashSet<>();
        while (it.hasNext()) {
            Quad q = it.next();
            Node p = q.getPredicate();
            if (!seen.add(NodeFactory.createTripleNode(q.getSubject(), p, node))) {
                continue;
            }
            if (p.equals(NG.refersTo.asNode())) {
                Node a = object(q.getSubject(), IN_ARTICLE);
                if (a != null) {
                    articles.add(a);
                }
                continue;
            }
            String local = p.getURI().startsWith(NG.NS) ? p.getURI().substring(NG.NS.length()) : null;
            if (local != null && byPredicate.containsKey(local)) {
                byPredicate.get(local).add(q.getSubject());
            } else {
                others.computeIfAbsent(shortName(p), k -> new ArrayList<>()).add(q.getSubject());
            }
        }
        byPredicate.forEach((p, items) -> section(INCOMING.get(p), items));
        others.forEach((p, items) -> section("Pointing here by " + p, items));
        if (!articles.isEmpty()) {
            section("Articles that mention it", new ArrayList<>(articles));
        }
    }

    private void section(String title, List<Node> items) {
        if (items.isEmpty()) {
            return;
        }
        // each item's date and label looked up once, not once per comparison
        Map<Node, String> dates = new java.util.HashMap<>();
        Map<Node, String> labels = new java.util.HashMap<>();
        for (Node n : items) {
            dates.put(n, dateOf(n));
        }
        items.sort(Comparator.comparing((Node n) -> dates.get(n), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(n -> labels.computeIfAbsent(n, this::label)));
        out.append("<h2>").append(esc(title)).append(" <span class=\"n\">").append(items.size())
                .append("</span></h2>\n<table class=\"items\">\n");
        for (Node n : items.subList(0, Math.min(items.size(), MAX_ITEMS))) {
            String date = dates.get(n);
            boolean inferred = "true".equals(literal(n, NG.dateInferred.asNode()));
            String evidence = literal(n, NG.evidence.asNode());
            Node article = object(n, IN_ARTICLE);
            out.append("<tr><td class=\"date\">").append(date == null ? "" : esc(date))
                    .append(inferred ? " <span class=\"tag\" title=\"" + esc(String.valueOf(literal(n,
                            NG.dateBasis.asNode()))) + "\">inferred</span>" : "").append("</td><td>")
                    .append(link(n));
            if (evidence != null) {
                out.append("<div class=\"ev\">").append(esc(evidence)).append("</div>");
            }
            if (article != null) {
                out.append("<div class=\"src\">in ").append(link(article)).append("</div>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</table>\n");
        if (items.size() > MAX_ITEMS) {
            out.append("<p class=\"note\">The first ").append(MAX_ITEMS).append(" of ").append(items.size())
                    .append(", by date; ask the SPARQL endpoint for all of them.</p>\n");
        }
    }

    /** An article's text, every extracted item highlighted at its offsets, mentions linked to what they name. */
    private void articleText() {
        String text = literal(node, TEXT);
        List<Span> spans = new ArrayList<>();
        ds.find(Node.ANY, Node.ANY, IN_ARTICLE, node).forEachRemaining(q -> {
            Node s = q.getSubject();
            Integer b = integer(s, BEGIN);
            Integer e = integer(s, END);
            if (b != null && e != null && b >= 0 && b < e) {
                Node target = object(s, NG.refersTo.asNode());
                spans.add(new Span(b, e, target != null ? target : s, target != null, kinds(s).isEmpty() ? ""
                        : kinds(s).get(0)));
            }
        });
        out.append("<h2>Text</h2><p class=\"note\">Highlighted: what was extracted, at its character offsets. "
                + "Names link to their actor or place; a marker &#9656; before a sentence links to what was "
                + "extracted from it.</p>\n<div class=\"reader\">");
        int[] cps = text.codePoints().toArray();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, cps.length));
        for (Span s : spans) {
            cuts.add(Math.min(s.begin, cps.length));
            cuts.add(Math.min(s.end, cps.length));
        }
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                final int from = prev;
                boolean anchored = false;
                for (Span s : spans) {
                    if (!s.mention && s.begin == from) {
                        // the first marker at an offset is the target of "read it in the article" (#at-OFFSET)
                        out.append("<a class=\"marker\"").append(anchored ? "" : " id=\"at-" + from + "\"")
                                .append(" href=\"").append(esc(href(s.target))).append("\" title=\"")
                                .append(esc(s.kind + ": " + label(s.target))).append("\">&#9656;</a>");
                        anchored = true;
                    }
                }
                boolean inEvent = spans.stream().anyMatch(s -> !s.mention && s.begin <= from && from < s.end);
                Span mention = spans.stream().filter(s -> s.mention && s.begin <= from && from < s.end).findFirst()
                        .orElse(null);
                String piece = esc(new String(cps, from, cut - from)).replace("\n", "<br>");
                if (inEvent) {
                    out.append("<mark>");
                }
                if (mention != null) {
                    out.append("<a class=\"m\" href=\"").append(esc(href(mention.target))).append("\">")
                            .append(piece).append("</a>");
                } else {
                    out.append(piece);
                }
                if (inEvent) {
                    out.append("</mark>");
                }
            }
            prev = cut;
        }
        out.append("</div>\n");
    }

    /** A highlighted stretch of an article: what it links to, and whether it is a name (else a statement, ...). */
    private record Span(int begin, int end, Node target, boolean mention, String kind) {
    }

    // -- values and labels

    private String value(Node o) {
        if (o.isURI()) {
            return link(o);
        }
        if (o.isLiteral()) {
            String s = o.getLiteralLexicalForm();
            return esc(s.length() > 600 ? s.substring(0, 600) + " …" : s);
        }
        return esc(o.toString());
    }

    /** A link to a node: inside the server for our own IRIs, out for the rest. */
    String link(Node n) {
        if (!n.isURI()) {
            return esc(n.toString());
        }
        String href = href(n);
        boolean ours = href.startsWith("/");
        return "<a href=\"" + esc(href) + "\"" + (ours ? "" : " class=\"ext\" rel=\"noreferrer\"") + ">"
                + esc(ours || ds.find(Node.ANY, n, LABEL, Node.ANY).hasNext() ? label(n) : shortName(n)) + "</a>";
    }

    static String href(Node n) {
        String iri = n.getURI();
        return iri.startsWith(Ids.NS) ? "/id/" + iri.substring(Ids.NS.length()) : iri;
    }

    String label(Node n) {
        String l = n.isURI() ? literal(n, LABEL) : null;
        if (l != null) {
            return l;
        }
        return n.isURI() ? shortName(n) : n.toString();
    }

    List<String> kinds(Node n) {
        Set<String> out = new TreeSet<>();
        ds.find(Node.ANY, n, TYPE, Node.ANY)
                .forEachRemaining(q -> out.add(shortName(q.getObject()).replace("ng:", "")));
        return new ArrayList<>(out);
    }

    private String dateOf(Node n) {
        for (Node p : List.of(NG.date.asNode(), NG.signed.asNode(), NG.published.asNode(),
                NG.publishedEstimate.asNode(), NG.dateEarliest.asNode())) {
            String d = literal(n, p);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    String literal(Node s, Node p) {
        Iterator<Quad> it = ds.find(Node.ANY, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral()) {
                return o.getLiteralLexicalForm();
            }
        }
        return null;
    }

    Node object(Node s, Node p) {
        Iterator<Quad> it = ds.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    Integer integer(Node s, Node p) {
        String v = literal(s, p);
        try {
            return v == null ? null : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String shortName(Node n) {
        if (!n.isURI()) {
            return n.toString();
        }
        String iri = n.getURI();
        for (Map.Entry<String, String> e : org.newsgraph.rdf.Prefixes.MAP.entrySet()) {
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) {
                return e.getKey() + ":" + iri.substring(e.getValue().length());
            }
        }
        return iri;
    }

    static final String CSS = """
            form.search{display:flex;gap:.5rem;align-items:center;margin-bottom:1rem}
            form.search a{font-weight:700;color:#7b2d26;text-decoration:none;margin-right:.5rem}
            form.search input{flex:1;max-width:28rem;padding:.35rem .5rem;border:1px solid #c9ced6;border-radius:4px}
            p.kind{margin:0;color:#5b6475;text-transform:uppercase;font-size:.8rem;letter-spacing:.05em}
            p.iri{font-size:.85rem;color:#5b6475}
            table.props th{white-space:nowrap;width:1%}
            table.items{width:100%}
            .ev{color:#3d4555;font-size:.92rem;margin-top:.2rem}
            .src{font-size:.8rem;color:#5b6475}
            span.n{color:#5b6475;font-weight:400;font-size:.9rem}
            a.ext::after{content:" \\2197";font-size:.8em}
            .reader{background:#fff;padding:1rem 1.2rem;line-height:1.7;box-shadow:0 1px 2px #0001;max-width:48rem}
            .reader mark{background:#fff3cd}
            .reader a.m{background:#dde9f7;border-radius:2px;text-decoration:none;color:inherit;\
            border-bottom:1px solid #1f5fa8}
            .reader a.marker{text-decoration:none;color:#7b2d26;font-size:.8rem;margin-right:.1rem}
            .reader a.marker:target{outline:2px solid #7b2d26;border-radius:2px}
            form.filters{margin:.5rem 0 1rem;display:flex;flex-wrap:wrap;gap:.8rem;align-items:center}
            form.filters select{max-width:16rem}
            p.legend span{margin-right:.8rem;font-size:.9rem}
            """;
}

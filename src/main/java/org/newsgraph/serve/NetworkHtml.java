package org.newsgraph.serve;

import static org.newsgraph.serve.LandingHtml.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * An actor's neighbourhood as a network: who it speaks about or to, who it attacks or is attacked by, who it signs
 * agreements or meets with; and the same the other way round. The relations are those of the graph exports
 * (speaker/about/addressee through statements, perpetrator/target through incidents, party through agreements,
 * participant through meetings), folded onto actor-to-actor edges with the number of statements, incidents,
 * agreements or meetings behind each. Drawn as inline SVG (the actor in the middle, its neighbours on a circle, every
 * node a link), with the same relations as a table. No script. Call inside a read transaction.
 */
final class NetworkHtml {
    /** Neighbours drawn, the most connected first; the table lists them all. */
    private static final int MAX_DRAWN = 36;
    private static final Map<String, String> COLOURS = colours();

    private final DatasetGraph ds;
    private final Node actor;
    private final StringBuilder out = new StringBuilder(16_384);

    /** One relation: to or from whom, how, and how many items carry it. */
    private record Link(Node other, String relation, boolean outgoing, long count) {
    }

    /** @param actor the actor's IRI, or null when the parameter named none of ours */
    NetworkHtml(DatasetGraph ds, String actor) {
        this.ds = ds;
        this.actor = actor == null ? null : NodeFactory.createURI(actor);
    }

    private static Map<String, String> colours() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("speaks about", "#1f5fa8");
        m.put("speaks to", "#5a8fd0");
        m.put("attacks", "#b3261e");
        m.put("signs with", "#2e7d32");
        m.put("meets", "#8a5a00");
        return m;
    }

    String render() {
        ResourceHtml page = new ResourceHtml(ds, null);
        String name = actor == null ? "no actor" : page.label(actor);
        Pages.open(out, "Network of " + name, CSS, "");
        if (actor == null) {
            out.append("<h1>Network</h1><p>Open an actor's page and follow its <em>Network</em> link.</p>");
        } else {
            out.append("<p class=\"kind\">network</p><h1>").append(page.link(actor)).append("</h1>\n");
            List<Link> links = links();
            if (links.isEmpty()) {
                out.append("<p>No statement, incident, agreement or meeting links it to another actor.</p>");
            } else {
                svg(page, links);
                table(page, links);
            }
        }
        out.append("</main></body></html>\n");
        return out.toString();
    }

    private List<Link> links() {
        String a = "<" + actor.getURI() + ">";
        String q = "SELECT ?other ?rel ?dir (COUNT(DISTINCT ?e) AS ?n) WHERE {\n"
                + "  { ?e ng:speaker " + a + " ; ng:about ?other BIND(\"speaks about\" AS ?rel) "
                + "BIND(\"out\" AS ?dir) }\n"
                + "  UNION { ?e ng:speaker " + a + " ; ng:addressee ?other BIND(\"speaks to\" AS ?rel) "
                + "BIND(\"out\" AS ?dir) }\n"
                + "  UNION { ?e ng:speaker ?other ; ng:about " + a + " BIND(\"speaks about\" AS ?rel) "
                + "BIND(\"in\" AS ?dir) }\n"
                + "  UNION { ?e ng:speaker ?other ; ng:addressee " + a + " BIND(\"speaks to\" AS ?rel) "
                + "BIND(\"in\" AS ?dir) }\n"
                + "  UNION { ?e ng:perpetrator " + a + " ; ng:target ?other BIND(\"attacks\" AS ?rel) "
                + "BIND(\"out\" AS ?dir) }\n"
                + "  UNION { ?e ng:perpetrator ?other ; ng:target " + a + " BIND(\"attacks\" AS ?rel) "
                + "BIND(\"in\" AS ?dir) }\n"
                + "  UNION { ?e ng:party " + a + ", ?other BIND(\"signs with\" AS ?rel) BIND(\"out\" AS ?dir) }\n"
                + "  UNION { ?e ng:participant " + a + ", ?other BIND(\"meets\" AS ?rel) BIND(\"out\" AS ?dir) }\n"
                + "  FILTER(isIRI(?other) && ?other != " + a + ")\n"
                + "} GROUP BY ?other ?rel ?dir";
        List<Link> links = new ArrayList<>();
        for (var b : Pages.select(ds, q)) {
            links.add(new Link(b.get("other"), b.get("rel").getLiteralLexicalForm(),
                    b.get("dir").getLiteralLexicalForm().equals("out"),
                    ((Number) b.get("n").getLiteralValue()).longValue()));
        }
        links.sort(Comparator.comparingLong(Link::count).reversed().thenComparing(l -> l.other().getURI()));
        return links;
    }

    private void svg(ResourceHtml page, List<Link> links) {
        Map<Node, Long> weight = new LinkedHashMap<>();
        links.forEach(l -> weight.merge(l.other(), l.count(), Long::sum));
        List<Node> drawn = weight.entrySet().stream().sorted(Map.Entry.<Node, Long>comparingByValue().reversed())
                .limit(MAX_DRAWN).map(Map.Entry::getKey).toList();
        int size = 760;
        double c = size / 2.0;
        double r = size / 2.0 - 120;
        Map<Node, double[]> at = new LinkedHashMap<>();
        for (int i = 0; i < drawn.size(); i++) {
            double angle = 2 * Math.PI * i / drawn.size() - Math.PI / 2;
            at.put(drawn.get(i), new double[] {c + r * Math.cos(angle), c + r * Math.sin(angle)});
        }
        out.append("<svg class=\"net\" viewBox=\"0 0 ").append(size).append(' ').append(size)
                .append("\" role=\"img\" aria-label=\"network of ").append(esc(page.label(actor))).append("\">");
        out.append("<defs>");
        COLOURS.forEach((rel, colour) -> out.append("<marker id=\"m").append(rel.hashCode() & 0xffff)
                .append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                        + "orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"").append(colour)
                .append("\"/></marker>"));
        out.append("</defs>");
        int k = 0;
        for (Link l : links) {
            double[] p = at.get(l.other());
            if (p == null) {
                continue;
            }
            // parallel relations to one neighbour are bent apart
            double bend = ((k++ % 3) - 1) * 18;
            double mx = (c + p[0]) / 2 + bend;
            double my = (c + p[1]) / 2 - bend;
            double[] from = l.outgoing() ? new double[] {c, c} : p;
            double[] to = l.outgoing() ? trim(new double[] {c, c}, p[0], p[1]) : trim(p, c, c);
            String colour = COLOURS.getOrDefault(l.relation(), "#666");
            out.append(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f\" fill=\"none\" "
                            + "stroke=\"%s\" stroke-width=\"%.1f\" marker-end=\"url(#m%d)\"><title>%s</title></path>",
                    from[0], from[1], mx, my, to[0], to[1], colour, Math.min(6, 1 + Math.log1p(l.count())),
                    l.relation().hashCode() & 0xffff, esc((l.outgoing() ? page.label(actor) + " " + l.relation()
                            + " " + page.label(l.other()) : page.label(l.other()) + " " + l.relation() + " "
                            + page.label(actor)) + " (" + l.count() + ")")));
        }
        for (Node n : drawn) {
            double[] p = at.get(n);
            out.append(String.format(Locale.ROOT, "<a href=\"%s\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\" "
                            + "class=\"n\"/><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text></a>",
                    esc(ResourceHtml.href(n)), p[0], p[1], p[0] + (p[0] >= c ? 13 : -13), p[1] + 4,
                    p[0] >= c ? "start" : "end", esc(shorten(page.label(n)))));
        }
        out.append(String.format(Locale.ROOT, "<a href=\"%s\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"16\" class=\"me\"/>"
                        + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"me\">%s</text></a>",
                esc(ResourceHtml.href(actor)), c, c, c, c + 32, esc(shorten(page.label(actor)))));
        out.append("</svg>\n<p class=\"legend\">");
        COLOURS.forEach((rel, colour) -> out.append("<span style=\"color:").append(colour).append("\">&#9632; ")
                .append(esc(rel)).append("</span> "));
        out.append(weight.size() > MAX_DRAWN ? "&middot; the " + MAX_DRAWN + " most connected of " + weight.size()
                + " neighbours drawn" : "").append("</p>\n");
    }

    /** The point 12 units short of (x2, y2) on the way from p, so arrows stop at the circle. */
    private static double[] trim(double[] p, double x2, double y2) {
        double dx = x2 - p[0];
        double dy = y2 - p[1];
        double len = Math.max(1, Math.hypot(dx, dy));
        double cut = (len - 14) / len;
        return new double[] {p[0] + dx * cut, p[1] + dy * cut};
    }

    private void table(ResourceHtml page, List<Link> links) {
        out.append("<h2>Relations <span class=\"n\">").append(links.size()).append("</span></h2><table>")
                .append("<tr><th>from</th><th>relation</th><th>to</th><th class=\"num\">how often</th></tr>\n");
        for (Link l : links) {
            String self = page.link(actor);
            String other = page.link(l.other());
            out.append("<tr><td>").append(l.outgoing() ? self : other).append("</td><td>").append(esc(l.relation()))
                    .append("</td><td>").append(l.outgoing() ? other : self).append("</td><td class=\"num\">")
                    .append(l.count()).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static String shorten(String s) {
        return s.length() > 28 ? s.substring(0, 27) + "…" : s;
    }

    private static final String CSS = """
            svg.net{width:100%;max-width:760px;background:#fff;box-shadow:0 1px 2px #0001;display:block}
            svg.net circle.n{fill:#dde9f7;stroke:#1f5fa8}
            svg.net circle.me{fill:#7b2d26}
            svg.net text{font-size:12px;fill:#1d2330}
            svg.net text.me{font-weight:700}
            """;
}

package org.newsgraph.serve;

import static org.newsgraph.serve.LandingHtml.esc;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.rdf.NG;

/**
 * The head of a statement's, incident's, meeting's or agreement's page: the fact in one sentence an analyst reads
 * before the property table (who said what to whom, who attacked whom where, who met whom, who signed what), then
 * its date with its precision and, for an inferred one, how it was worked out and how sure it is, and its source:
 * the sentence, with the quoted words marked, the article and outlet, the character offsets and a link to the
 * passage in the article reader. Call inside a read transaction.
 */
final class FactSheet {
    private final DatasetGraph ds;
    private final Node node;
    private final ResourceHtml page;
    private final StringBuilder out;

    FactSheet(DatasetGraph ds, Node node, ResourceHtml page, StringBuilder out) {
        this.ds = ds;
        this.node = node;
        this.page = page;
        this.out = out;
    }

    /** Writes the sheet if the node is a statement, incident, meeting or agreement; otherwise nothing. */
    void render() {
        List<String> kinds = page.kinds(node);
        if (kinds.contains("Event") || kinds.contains("Utterance")) {
            fused(kinds.contains("Event"));
            return;
        }
        String sentence = kinds.contains("Statement") ? statement() : kinds.contains("Incident") ? incident()
                : kinds.contains("Meeting") ? meeting() : kinds.contains("Agreement") ? agreement() : null;
        if (sentence == null) {
            return;
        }
        out.append("<section class=\"fact\"><p class=\"gist\">").append(sentence).append("</p>\n");
        quote();
        provisions();
        out.append("<table class=\"props\">\n");
        when();
        source();
        Node by = first(NG.reportedBy);
        if (by != null && !kinds.contains("Statement")) {
            row("according to", links(NG.reportedBy));
        }
        String confidence = page.literal(node, NG.confidence.asNode());
        if (confidence != null) {
            row("extraction confidence", esc(confidence));
        }
        out.append("</table></section>\n");
    }

    private String statement() {
        String cue = page.literal(node, NG.cue.asNode());
        boolean direct = NG.DirectQuote.asNode().equals(first(NG.mode));
        StringBuilder s = new StringBuilder(links(NG.speaker, "someone not named"));
        s.append(' ').append(esc(cue == null ? "said" : cue));
        if (first(NG.addressee) != null) {
            s.append(" to ").append(links(NG.addressee));
        }
        if (first(NG.about) != null) {
            s.append(" about ").append(links(NG.about));
        }
        s.append(direct ? " (direct quote)" : " (reported speech)");
        if (first(NG.reportedBy) != null) {
            s.append("; reported by ").append(links(NG.reportedBy));
        }
        return s.append('.').toString();
    }

    private String incident() {
        Node type = first(NG.incidentType);
        // ng:TerritorialControl reads "Territorial control"
        String name = type == null ? "Incident" : ResourceHtml.shortName(type).replace("ng:", "")
                .replaceAll("(?<=[a-z])(?=[A-Z])", " ");
        StringBuilder s = new StringBuilder("<strong>").append(esc(cap(name.toLowerCase(java.util.Locale.ROOT))))
                .append("</strong>");
        String trigger = page.literal(node, NG.trigger.asNode());
        if (trigger != null) {
            s.append(" (&ldquo;").append(esc(trigger)).append("&rdquo;)");
        }
        if (first(NG.perpetrator) != null) {
            s.append(" by ").append(links(NG.perpetrator));
        }
        if (first(NG.target) != null) {
            s.append(" against ").append(links(NG.target));
        }
        if (first(NG.location) != null) {
            s.append(" in ").append(links(NG.location));
        }
        List<String> toll = new ArrayList<>();
        String killed = page.literal(node, NG.killed.asNode());
        String displaced = page.literal(node, NG.displaced.asNode());
        if (killed != null) {
            toll.add(esc(killed) + " killed");
        }
        if (displaced != null) {
            toll.add(esc(displaced) + " displaced");
        }
        if (!toll.isEmpty()) {
            s.append(": ").append(String.join(", ", toll));
        }
        return s.append('.').toString();
    }

    private String meeting() {
        String kind = page.literal(node, NG.meetingKind.asNode());
        StringBuilder s = new StringBuilder("<strong>").append(esc(kind == null ? "Meeting" : cap(kind)))
                .append("</strong>");
        if (first(NG.participant) != null) {
            s.append(" between ").append(links(NG.participant));
        }
        if (first(NG.location) != null) {
            s.append(" in ").append(links(NG.location));
        }
        return s.append('.').toString();
    }

    private String agreement() {
        StringBuilder s = new StringBuilder("<strong>").append(esc(page.label(node))).append("</strong>");
        if (first(NG.party) != null) {
            s.append(" between ").append(links(NG.party));
        }
        if (first(NG.signedAt) != null) {
            s.append(", concluded in ").append(links(NG.signedAt));
        }
        s.append('.');
        int articles = count(NG.mentionedIn);
        if (articles > 0) {
            s.append(" Referred to in ").append(articles).append(articles == 1 ? " article" : " articles")
                    .append(" (listed below, with the words each outlet used).");
        }
        return s.toString();
    }

    /** An agreement's provisions, as a list. */
    private void provisions() {
        Set<String> provisions = new TreeSet<>();
        ds.find(Node.ANY, node, NG.provision.asNode(), Node.ANY)
                .forEachRemaining(q -> provisions.add(q.getObject().getLiteralLexicalForm()));
        if (!provisions.isEmpty()) {
            out.append("<p>Provisions:</p><ul class=\"provisions\">");
            provisions.forEach(p -> out.append("<li>").append(esc(p)).append("</li>"));
            out.append("</ul>\n");
        }
    }

    /**
     * An event or utterance fused from several articles' reports: what it is, how well it is corroborated, every
     * casualty figure with who gives it (side by side, disagreements marked), its reports and why they were linked.
     */
    private void fused(boolean event) {
        String reports = page.literal(node, NG.reportCount.asNode());
        String outlets = page.literal(node, NG.outletCount.asNode());
        String independent = page.literal(node, NG.independentCount.asNode());
        StringBuilder gist = new StringBuilder(event ? incident().replaceAll("\\.$", "") : links(NG.speaker)
                + " said it");
        gist.append(". Reported ").append("1".equals(reports) ? "once" : esc(reports == null ? "?" : reports) + " times")
                .append(" by ").append("1".equals(outlets) ? "one outlet" : esc(outlets == null ? "?" : outlets)
                        + " outlets");
        if (independent != null) {
            gist.append(", ").append(esc(independent)).append(" of them independent sources");
        }
        out.append("<section class=\"fact\"><p class=\"gist\">").append(gist).append(".</p>\n<table class=\"props\">\n");
        when();
        out.append("</table>\n");
        if (event) {
            figures();
        }
        out.append("<h3>Reports</h3><table class=\"items\"><tr><th>report</th><th>article</th><th>outlet</th></tr>\n");
        ds.find(Node.ANY, node, NG.report.asNode(), Node.ANY).forEachRemaining(q -> {
            Node r = q.getObject();
            Node article = page.object(r, NG.inArticle.asNode());
            Node outlet = article == null ? null : page.object(article, NG.publisher.asNode());
            Node paraphrased = page.object(r, NG.paraphraseOf.asNode());
            out.append("<tr><td>").append(page.link(r))
                    .append(paraphrased == null ? "" : "<div class=\"src\">paraphrases " + page.link(paraphrased)
                            + "</div>")
                    .append("</td><td>").append(article == null ? "" : page.link(article)).append("</td><td>")
                    .append(outlet == null ? "" : page.link(outlet)).append("</td></tr>\n");
        });
        out.append("</table>\n");
        List<String> why = new ArrayList<>();
        ds.find(Node.ANY, node, NG.link.asNode(), Node.ANY).forEachRemaining(q -> {
            String c = page.literal(q.getObject(), NG.confidence.asNode());
            String ev = page.literal(q.getObject(), NG.evidence.asNode());
            why.add("<li>" + esc(ev == null ? "" : ev) + (c == null ? "" : " <span class=\"n\">(confidence " + esc(c)
                    + ")</span>") + "</li>");
        });
        if (!why.isEmpty()) {
            java.util.Collections.sort(why);
            out.append("<h3>Why the reports were taken for one</h3><ul>").append(String.join("", why)).append("</ul>\n");
        }
        out.append("</section>\n");
    }

    /** A figure as its report words it ("up to 35", "dozens"), else its number. */
    private String figureWords(Node f) {
        String words = page.literal(f, NG.countText.asNode());
        String value = page.literal(f, NG.value.asNode());
        return words != null ? words : value != null ? value : "";
    }

    /** Every casualty figure of an event, one row each, with its outlet and credited source. */
    private void figures() {
        List<String[]> rows = new ArrayList<>();
        ds.find(Node.ANY, node, NG.figure.asNode(), Node.ANY).forEachRemaining(q -> {
            Node f = q.getObject();
            Node measure = page.object(f, NG.measure.asNode());
            Node outlet = page.object(f, NG.givenBy.asNode());
            Node by = page.object(f, NG.attributedTo.asNode());
            Node report = page.object(f, NG.inReport.asNode());
            rows.add(new String[] {measure == null ? "" : ResourceHtml.shortName(measure).replace("ng:", ""),
                figureWords(f), outlet == null ? "" : page.link(outlet),
                by == null ? "" : page.link(by), report == null ? "" : page.link(report)});
        });
        if (rows.isEmpty()) {
            return;
        }
        rows.sort(java.util.Comparator.comparing((String[] r) -> r[0]).thenComparing(r -> r[1]));
        boolean disputed = "true".equals(page.literal(node, NG.disputed.asNode()));
        out.append("<h3>Casualty figures").append(disputed ? " <span class=\"tag\">the reports disagree</span>" : "")
                .append("</h3><table class=\"items\"><tr><th>measure</th><th>number</th><th>outlet</th>")
                .append("<th>according to</th><th>report</th></tr>\n");
        for (String[] r : rows) {
            out.append("<tr><td>").append(esc(r[0])).append("</td><td>").append(esc(r[1])).append("</td><td>")
                    .append(r[2]).append("</td><td>").append(r[3]).append("</td><td>").append(r[4])
                    .append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    /** A direct quote in full, as a block quotation. */
    private void quote() {
        String quote = page.literal(node, NG.quote.asNode());
        if (quote != null && NG.DirectQuote.asNode().equals(first(NG.mode))) {
            out.append("<blockquote>&ldquo;").append(esc(quote.strip())).append("&rdquo;</blockquote>\n");
        }
    }

    /** The date as precise as the text gave it, and for an inferred date its basis and confidence. */
    private void when() {
        Node date = first(node, NG.date);
        Node signed = first(node, NG.signed);
        Node d = date != null ? date : signed;
        String earliest = page.literal(node, NG.dateEarliest.asNode());
        String latest = page.literal(node, NG.dateLatest.asNode());
        StringBuilder cell = new StringBuilder();
        if (d != null && d.isLiteral()) {
            cell.append(esc(d.getLiteralLexicalForm())).append(" <span class=\"n\">(").append(precision(d))
                    .append(")</span>");
        } else if (earliest != null || latest != null) {
            cell.append("between ").append(esc(earliest == null ? "?" : earliest)).append(" and ")
                    .append(esc(latest == null ? "?" : latest)).append(" <span class=\"n\">(a range)</span>");
        } else {
            cell.append("<span class=\"n\">no date in the text</span>");
        }
        if (d != null && (earliest != null || latest != null)) {
            cell.append("<br><span class=\"n\">window that was searched: ").append(esc(earliest == null ? "?"
                    : earliest)).append(" to ").append(esc(latest == null ? "?" : latest)).append("</span>");
        }
        String text = page.literal(node, NG.dateText.asNode());
        if (text != null) {
            cell.append("<br>from the words &ldquo;").append(esc(text)).append("&rdquo;");
        }
        if ("true".equals(page.literal(node, NG.dateInferred.asNode()))) {
            String basis = page.literal(node, NG.dateBasis.asNode());
            String confidence = page.literal(node, NG.dateConfidence.asNode());
            cell.append("<br><span class=\"tag\">inferred</span> ").append(esc(basis == null ? "" : basis))
                    .append(confidence == null ? "" : " &middot; confidence " + esc(confidence));
        }
        row(signed != null && date == null ? "signed" : "when", cell.toString());
    }

    private static String precision(Node d) {
        String type = d.getLiteralDatatypeURI();
        if (XSDDatatype.XSDgYear.getURI().equals(type)) {
            return "year";
        }
        if (XSDDatatype.XSDgYearMonth.getURI().equals(type)) {
            return "month";
        }
        return XSDDatatype.XSDdate.getURI().equals(type) ? "day" : "as written";
    }

    /** The sentence with the quoted words marked, its article, outlet, offsets and a link to the passage. */
    private void source() {
        String evidence = page.literal(node, NG.evidence.asNode());
        Node article = first(NG.inArticle);
        Integer begin = page.integer(node, NG.begin.asNode());
        Integer end = page.integer(node, NG.end.asNode());
        StringBuilder cell = new StringBuilder();
        if (evidence != null) {
            String quote = page.literal(node, NG.quote.asNode());
            String q = quote == null ? null : quote.strip();
            int at = q == null || q.isEmpty() ? -1 : evidence.indexOf(q);
            cell.append("<div class=\"ev\">");
            if (at >= 0) {
                cell.append(esc(evidence.substring(0, at))).append("<mark>").append(esc(q)).append("</mark>")
                        .append(esc(evidence.substring(at + q.length())));
            } else {
                cell.append(esc(evidence));
            }
            cell.append("</div>");
        }
        if (article != null) {
            Node outlet = page.object(article, NG.publisher.asNode());
            cell.append("<div class=\"src\">in ").append(page.link(article));
            if (outlet != null) {
                cell.append(" &middot; ").append(page.link(outlet));
            }
            if (begin != null && end != null) {
                cell.append(" &middot; characters ").append(begin).append("&ndash;").append(end)
                        .append(" &middot; <a href=\"").append(esc(ResourceHtml.href(article))).append("#at-")
                        .append(begin).append("\">read it in the article</a>");
            }
            cell.append("</div>");
        }
        if (cell.length() > 0) {
            row("source", cell.toString());
        }
    }

    private void row(String th, String td) {
        out.append("<tr><th>").append(esc(th)).append("</th><td>").append(td).append("</td></tr>\n");
    }

    /** Links to every object of the property, by label, joined with commas and a final "and". */
    private String links(Property p) {
        return links(p, "");
    }

    private String links(Property p, String none) {
        Set<Node> objects = new java.util.LinkedHashSet<>();
        ds.find(Node.ANY, node, p.asNode(), Node.ANY).forEachRemaining(q -> objects.add(q.getObject()));
        if (objects.isEmpty()) {
            return esc(none);
        }
        List<Node> sorted = new ArrayList<>(objects);
        sorted.sort(java.util.Comparator.comparing(page::label));
        List<String> parts = sorted.stream().map(page::link).toList();
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private Node first(Property p) {
        return first(node, p);
    }

    private Node first(Node s, Property p) {
        Iterator<Quad> it = ds.find(Node.ANY, s, p.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private int count(Property p) {
        Set<Node> objects = new java.util.HashSet<>();
        ds.find(Node.ANY, node, p.asNode(), Node.ANY).forEachRemaining(q -> objects.add(q.getObject()));
        return objects.size();
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static final String CSS = """
            section.fact{background:#fff;padding:.8rem 1.1rem;box-shadow:0 1px 2px #0001;margin:1rem 0;max-width:52rem}
            section.fact p.gist{font-size:1.1rem;margin:.2rem 0 .6rem}
            section.fact blockquote{margin:.4rem 0 .8rem;padding:.3rem .9rem;border-left:3px solid #7b2d26;\
            font-size:1.05rem}
            section.fact mark{background:#fff3cd}
            section.fact table.props{margin:0}
            """;
}

package org.newsgraph.serve;

import static org.newsgraph.serve.LandingHtml.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.lucene.queryparser.classic.QueryParser;

/**
 * The search page: the words typed, looked up in the full-text index (names and aliases, quotes, source sentences,
 * headlines), the hits grouped by kind (actors and places, statements, incidents, ...), each a link to its page.
 * Lucene's query syntax is escaped: what is typed is searched as words. Call inside a read transaction.
 */
final class SearchHtml {
    /** The indexed predicates, and what a hit on each means. */
    private static final Map<String, String> FIELDS = Map.of(
            "rdfs:label", "name", "skos:altLabel", "also called", "ng:quote", "quote", "ng:evidence", "sentence",
            "dcterms:title", "headline");
    private static final int LIMIT = 100;

    private final DatasetGraph ds;
    private final String q;
    private final StringBuilder out = new StringBuilder(8192);

    SearchHtml(DatasetGraph ds, String q) {
        this.ds = ds;
        this.q = q == null ? "" : q.strip();
    }

    /** A hit: the node, what matched, and on which field. */
    private record Hit(Node node, String text, String field) {
    }

    String render() {
        Pages.open(out, q.isEmpty() ? "Search" : q, "", q);
        if (q.isEmpty()) {
            out.append("<h1>Search</h1><p>Type a name, a word of a quote or of a source sentence.</p>");
        } else {
            results();
        }
        out.append("</main></body></html>\n");
        return out.toString();
    }

    private void results() {
        ResourceHtml page = new ResourceHtml(ds, null);
        Map<String, List<Hit>> byKind = new TreeMap<>();
        Set<Node> seen = new LinkedHashSet<>();
        // words only, lower-cased (so AND, OR, NOT are words too), each escaped: typed text is never Lucene syntax
        String words = java.util.Arrays.stream((q.length() > 200 ? q.substring(0, 200) : q)
                        .toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).map(QueryParser::escape).collect(java.util.stream.Collectors.joining(" "));
        if (words.isEmpty()) {
            out.append("<h1>No words to search for in &ldquo;").append(esc(q)).append("&rdquo;</h1>");
            return;
        }
        for (Map.Entry<String, String> f : new TreeMap<>(FIELDS).entrySet()) {
            String sparql = "PREFIX text: <http://jena.apache.org/text#> "
                    + Pages.prefixes()
                    + "SELECT ?s ?lit WHERE { (?s ?score ?lit) text:query (" + f.getKey() + " \"" + words.replace("\\",
                    "\\\\").replace("\"", "\\\"") + "\" " + LIMIT + ") } ORDER BY DESC(?score)";
            try (QueryExec qe = QueryExec.dataset(ds).query(sparql).build()) {
                RowSet rows = qe.select();
                while (rows.hasNext()) {
                    var b = rows.next();
                    Node s = b.get("s");
                    if (s == null || !s.isURI() || !seen.add(s)) {
                        continue;
                    }
                    Node lit = b.get("lit");
                    String kind = kind(s);
                    byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Hit(s,
                            lit == null ? "" : lit.getLiteralLexicalForm(), f.getValue()));
                }
            }
        }
        out.append("<h1>").append(seen.size()).append(" result").append(seen.size() == 1 ? "" : "s").append(" for ")
                .append("&ldquo;").append(esc(q)).append("&rdquo;</h1>\n");
        byKind.forEach((kind, hits) -> {
            out.append("<h2>").append(esc(kind)).append(" <span class=\"n\">").append(hits.size())
                    .append("</span></h2>\n<table class=\"items\">\n");
            for (Hit h : hits) {
                String text = h.text().length() > 300 ? h.text().substring(0, 300) + " …" : h.text();
                out.append("<tr><td>").append(page.link(h.node())).append("<div class=\"ev\">").append(esc(h.field()))
                        .append(": ").append(esc(text)).append("</div></td></tr>\n");
            }
            out.append("</table>\n");
        });
    }

    private String kind(Node s) {
        Map<String, String> names = new LinkedHashMap<>();
        ds.find(Node.ANY, s, org.apache.jena.vocabulary.RDF.type.asNode(), Node.ANY)
                .forEachRemaining(q -> names.put(ResourceHtml.shortName(q.getObject()).replace("ng:", ""), ""));
        return names.isEmpty() ? "Other" : String.join(", ", names.keySet());
    }
}

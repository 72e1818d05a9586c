package org.newsgraph.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.newsgraph.model.ArticleDate;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Statement;
import org.newsgraph.rdf.Ids;
import org.newsgraph.rdf.NG;

/**
 * Dates an undated article by the news cycle it belongs to. Outlets rewrite and translate the same wire story, so
 * two reports of the same statement share the speaker and runs of words ("When asked about Trump's criticism on
 * Monday, Kremlin spokesman Dmitry Peskov ...") even when the quote itself is translated differently. When at
 * least two statements of an undated article match statements of one dated article that way, that article's day
 * is the estimate. The estimate is marked as one (it never becomes {@code ng:published}) and names its source.
 */
final class NewsCycleDating {
    /** Word n-grams compared; four words are rarely shared by chance, yet survive rewording around them. */
    private static final int N = 4;
    /** Shared n-grams for two statements of the same speaker to count as the same report. */
    private static final int SAME_STATEMENT = 3;
    /** Shared n-grams at which one statement alone identifies the news cycle. */
    private static final int SAME_STORY = 8;

    private NewsCycleDating() {
    }

    /** An estimated date for an extraction made without one, or null when no dated article reports the same. */
    static ArticleDate estimate(Dataset dataset, Extraction undated) {
        String text = undated.article().text();
        Map<String, List<Set<String>>> mine = new HashMap<>();
        for (Statement s : undated.statements()) {
            String words = s.evidence().of(text) + (s.quote() == null ? "" : " " + s.quote());
            mine.computeIfAbsent(Ids.entity(s.speaker().key()).getURI(), k -> new ArrayList<>()).add(shingles(words));
        }
        if (mine.isEmpty()) {
            return null;
        }
        String self = undated.article().id();
        Map<String, Integer> matched = new HashMap<>();
        Map<String, Integer> strongest = new HashMap<>();
        Map<String, LocalDate> dateOf = new HashMap<>();
        String query = "PREFIX ng: <" + NG.NS + ">\n"
                + "SELECT ?id ?pub ?sp ?ev ?q WHERE { GRAPH ?g { ?s ng:speaker ?sp ; ng:evidence ?ev ; ng:inArticle ?a . "
                + "OPTIONAL { ?s ng:quote ?q } ?a ng:published ?pub ; ng:articleId ?id } }";
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    String id = row.getLiteral("id").getString();
                    List<Set<String>> same = mine.get(row.getResource("sp").getURI());
                    if (id.equals(self) || same == null) {
                        continue;
                    }
                    String words = row.getLiteral("ev").getString()
                            + (row.contains("q") ? " " + row.getLiteral("q").getString() : "");
                    Set<String> theirs = shingles(words);
                    int best = 0;
                    for (Set<String> s : same) {
                        best = Math.max(best, overlap(s, theirs));
                    }
                    if (best >= SAME_STATEMENT) {
                        matched.merge(id, 1, Integer::sum);
                        strongest.merge(id, best, Math::max);
                        dateOf.put(id, LocalDate.parse(row.getLiteral("pub").getLexicalForm().substring(0, 10)));
                    }
                }
            }
        });
        String pick = null;
        for (String id : matched.keySet()) {
            // one shared statement can be a stock phrase ("Kremlin spokesman Dmitry Peskov told reporters"): two
            // statements of the same speakers are needed, and one must share a long run of words
            boolean enough = matched.get(id) >= 2 && strongest.get(id) >= SAME_STATEMENT + 2;
            if (enough && (pick == null || matched.get(id) > matched.get(pick)
                    || matched.get(id).equals(matched.get(pick)) && dateOf.get(id).isBefore(dateOf.get(pick)))) {
                pick = id;
            }
        }
        if (pick == null) {
            return null;
        }
        int n = matched.get(pick);
        return ArticleDate.inferred(dateOf.get(pick), Math.min(0.8, 0.5 + 0.1 * n), "estimated from article " + pick
                + ", published " + dateOf.get(pick) + ", which reports " + n + " of the same statements");
    }

    private static int overlap(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String s : small) {
            if (large.contains(s)) {
                n++;
            }
        }
        return n;
    }

    static Set<String> shingles(String s) {
        String[] w = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + N <= w.length; i++) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + N)));
        }
        return out;
    }
}

package org.newsgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.ArticleDate;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Statement;

/**
 * Dates an undated article by the news cycle it belongs to. Outlets rewrite and translate the same wire story, so
 * two reports of the same statement share the speaker and runs of words ("When asked about Trump's criticism on
 * Monday, Kremlin spokesman Dmitry Peskov ...") even when the quote itself is translated differently. When at
 * least two statements of an undated article match statements of one dated article that way, that article's day
 * is the estimate. The estimate is marked as one (it never becomes {@code ng:published}) and names its source.
 * Only the statements of the undated article's speakers are compared, asked of the store by speaker: the cost does
 * not grow with the store (it once read every statement of the store, once per undated article).
 */
public final class NewsCycleDating {
    /** Word n-grams compared; four words are rarely shared by chance, yet survive rewording around them. */
    private static final int N = 4;
    /** Shared n-grams for two statements of the same speaker to count as the same report. */
    private static final int SAME_STATEMENT = 3;
    /** Shared n-grams at which one statement alone identifies the news cycle. */
    private static final int SAME_STORY = 8;

    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private NewsCycleDating() {
    }

    /** An estimated date for an extraction made without one, or null when no dated article reports the same. */
    public static ArticleDate estimate(Extraction undated, StoredReports stored) {
        String text = undated.article().text();
        Map<String, List<Set<String>>> mine = new HashMap<>();
        for (Statement s : undated.statements()) {
            String words = s.evidence().of(text) + (s.quote() == null ? "" : " " + s.quote());
            mine.computeIfAbsent(s.speaker().key(), k -> new ArrayList<>()).add(shingles(words));
        }
        if (mine.isEmpty()) {
            return null;
        }
        Map<String, Integer> matched = new HashMap<>();
        Map<String, Integer> strongest = new HashMap<>();
        Map<String, LocalDate> dateOf = new HashMap<>();
        for (StoredReports.StoredStatement row : stored.statementsBy(mine.keySet(), undated.article().id())) {
            List<Set<String>> same = mine.get(row.speakerKey());
            if (same == null) {
                continue;
            }
            Set<String> theirs = shingles(row.words());
            int best = 0;
            for (Set<String> s : same) {
                best = Math.max(best, overlap(s, theirs));
            }
            if (best >= SAME_STATEMENT) {
                matched.merge(row.articleId(), 1, Integer::sum);
                strongest.merge(row.articleId(), best, Math::max);
                dateOf.put(row.articleId(), row.published());
            }
        }
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

    /** The text's word 4-grams, lower-cased, punctuation ignored. */
    public static Set<String> shingles(String s) {
        String[] w = NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip().split(" ");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + N <= w.length; i++) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + N)));
        }
        return out;
    }
}

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
 *
 * <p>The candidates come from the store by the words themselves: every statement of a dated article carries, as
 * {@code ng:textKey}, its speaker and the winnowed fingerprints of its 4-grams (the smallest hash of every window of
 * {@value #WINDOW} consecutive 4-grams, after Schleimer, Wilkerson and Aiken's winnowing, 2003), which any shared
 * run of {@value #WINDOW} + 3 words is certain to share. Only the articles sharing a fingerprint are read, and then all
 * their statements of the same speakers are compared as above. A fingerprint more than {@value #STOCK_PHRASE}
 * articles share is a stock phrase ("told reporters on Monday") and is not followed. So the cost follows what the
 * article says, not how much its speakers ever said (asked by speaker alone, it grew with the store: 0.55 -> 4.1 s per
 * undated article at 10 M quads).
 */
public final class NewsCycleDating {
    /** Word n-grams compared; four words are rarely shared by chance, yet survive rewording around them. */
    private static final int N = 4;
    /** Shared n-grams for two statements of the same speaker to count as the same report. */
    private static final int SAME_STATEMENT = 3;
    /** Shared n-grams at which one statement alone identifies the news cycle. */
    private static final int SAME_STORY = 8;

    /** Consecutive 4-grams of which the one with the smallest hash is a fingerprint. */
    static final int WINDOW = 4;
    /** Articles sharing one fingerprint beyond which it is a stock phrase, not followed. */
    public static final int STOCK_PHRASE = 50;

    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private NewsCycleDating() {
    }

    /** An estimated date for an extraction made without one, or null when no dated article reports the same. */
    public static ArticleDate estimate(Extraction undated, StoredReports stored) {
        return estimate(undated.article().id(), said(undated), stored);
    }

    /** What one statement of an undated article says: its speaker and its words (the sentence, and the quote). */
    public record Said(String speakerKey, String words) implements java.io.Serializable {
    }

    /** The statements of an extraction as {@link #estimate(String, List, StoredReports)} compares them. */
    public static List<Said> said(Extraction x) {
        String text = x.article().text();
        List<Said> out = new ArrayList<>();
        for (Statement s : x.statements()) {
            out.add(new Said(s.speaker().key(), s.evidence().of(text) + (s.quote() == null ? "" : " " + s.quote())));
        }
        return out;
    }

    /**
     * As {@link #estimate(Extraction, StoredReports)}, from the article's statements alone: a job that keeps no
     * extraction (the Spark job's driver) dates with what it collected.
     */
    public static ArticleDate estimate(String articleId, List<Said> said, StoredReports stored) {
        Map<String, List<Set<String>>> mine = new HashMap<>();
        for (Said s : said) {
            mine.computeIfAbsent(s.speakerKey(), k -> new ArrayList<>()).add(shingles(s.words()));
        }
        if (mine.isEmpty()) {
            return null;
        }
        Map<String, Integer> matched = new HashMap<>();
        Map<String, Integer> strongest = new HashMap<>();
        Map<String, LocalDate> dateOf = new HashMap<>();
        for (StoredReports.StoredStatement row : stored.statementsSharing(textKeys(said), mine.keySet(),
                articleId)) {
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

    /**
     * The text keys an undated article's statements are compared by: only a dated article holding one of them
     * ({@code ng:textKey}) can date it.
     */
    public static Set<String> textKeys(List<Said> said) {
        Set<String> keys = new java.util.TreeSet<>();
        for (Said s : said) {
            keys.addAll(textKeys(s.speakerKey(), s.words()));
        }
        return keys;
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

    /**
     * The keys a statement of this speaker is found by: {@code "peskov 1a2b3c4d"}, the speaker's entity key and a
     * winnowed fingerprint of the words (see the class comment), one per fingerprint.
     */
    public static Set<String> textKeys(String speakerKey, String words) {
        List<String> grams = grams(words);
        int[] h = new int[grams.size()];
        for (int i = 0; i < h.length; i++) {
            h[i] = mix(grams.get(i).hashCode());
        }
        Set<String> out = new java.util.TreeSet<>();
        for (int start = 0; start == 0 || start + WINDOW <= h.length; start++) {
            int end = Math.min(h.length, start + WINDOW);
            if (end <= start) {
                break;
            }
            int min = start;
            for (int i = start; i < end; i++) {
                if (Integer.compareUnsigned(h[i], h[min]) <= 0) {
                    min = i;
                }
            }
            out.add(speakerKey + " " + String.format(Locale.ROOT, "%08x", h[min]));
        }
        return out;
    }

    /** Spreads String.hashCode's bits (a murmur3 finaliser), so that the smallest hash is any 4-gram's. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /** The text's word 4-grams, lower-cased, punctuation ignored. */
    public static Set<String> shingles(String s) {
        return new HashSet<>(grams(s));
    }

    /** The text's word 4-grams in order. */
    private static List<String> grams(String s) {
        String[] w = NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip().split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 0; i + N <= w.length; i++) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + N)));
        }
        return out;
    }
}

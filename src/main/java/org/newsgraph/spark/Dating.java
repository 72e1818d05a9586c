package org.newsgraph.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.model.ArticleDate;
import org.newsgraph.resolve.NewsCycleDating;
import org.newsgraph.resolve.StatementsOnly;
import org.newsgraph.resolve.StoredReports;

/**
 * News-cycle dating of a corpus's undated articles on the driver, the way {@code ingest} dates them: each by the
 * articles before it in input order when they report the same statements, and those still undated once more at the
 * end, by all the others. An estimated date is no publication date (the article gets {@code ng:publishedEstimate}
 * and no text keys), so an article dated here dates no other. Only the undated articles and the dated articles
 * that share a text key with one of them ever reach the driver.
 */
final class Dating {
    /** An undated article: its place in the input and its statements. */
    record Undated(long order, String articleId, List<NewsCycleDating.Said> said) implements Serializable {
    }

    /** A dated article holding a text key: its place in the input and its id. */
    record Holder(long order, String articleId) implements Serializable, Comparable<Holder> {
        @Override
        public int compareTo(Holder o) {
            return Long.compare(order, o.order);
        }
    }

    /** Text key to its holders, the first {@code STOCK_PHRASE + 1} in input order (more make it a stock phrase). */
    private final Map<String, List<Holder>> holders = new HashMap<>();
    /** Article id to its statements as news-cycle dating reads them. */
    private final Map<String, List<StoredReports.StoredStatement>> rows = new HashMap<>();

    Dating(Map<String, List<Holder>> holders, Map<String, List<StoredReports.StoredStatement>> rows) {
        holders.forEach((k, v) -> this.holders.put(k, new ArrayList<>(v)));
        this.rows.putAll(rows);
    }

    /** Keeps the first holders of a key in input order, one past what makes it a stock phrase. */
    static List<Holder> firstHolders(List<Holder> a, List<Holder> b) {
        TreeSet<Holder> all = new TreeSet<>(a);
        all.addAll(b);
        List<Holder> out = new ArrayList<>();
        for (Holder h : all) {
            if (out.size() > NewsCycleDating.STOCK_PHRASE) {
                break;
            }
            out.add(h);
        }
        return out;
    }

    /** The estimated date of each undated article that gets one, by its order. */
    Map<Long, ArticleDate> estimate(List<Undated> undated) {
        Map<Long, ArticleDate> out = new TreeMap<>();
        List<Undated> later = new ArrayList<>();
        List<Undated> sorted = new ArrayList<>(undated);
        sorted.sort(java.util.Comparator.comparingLong(Undated::order));
        for (Undated u : sorted) {
            ArticleDate d = NewsCycleDating.estimate(u.articleId(), u.said(), before(u.order()));
            if (d != null) {
                out.put(u.order(), d);
            } else {
                later.add(u);
            }
        }
        for (Undated u : later) {
            ArticleDate d = NewsCycleDating.estimate(u.articleId(), u.said(), before(Long.MAX_VALUE));
            if (d != null) {
                out.put(u.order(), d);
            }
        }
        return out;
    }

    /** The corpus as the store holds it when the article at {@code order} is dated: the dated articles before it. */
    private StoredReports before(long order) {
        return new StatementsOnly() {
            @Override
            public List<StoredStatement> statementsSharing(Set<String> textKeys, Set<String> speakerKeys,
                                                           String exceptArticle) {
                Set<String> articles = new TreeSet<>();
                for (String k : textKeys) {
                    List<Holder> hs = holders.getOrDefault(k, List.of()).stream().filter(h -> h.order() < order)
                            .toList();
                    if (hs.size() <= NewsCycleDating.STOCK_PHRASE) {
                        hs.forEach(h -> articles.add(h.articleId()));
                    }
                }
                List<StoredStatement> out = new ArrayList<>();
                for (String a : articles) {
                    for (StoredStatement s : rows.getOrDefault(a, List.of())) {
                        if (speakerKeys.contains(s.speakerKey()) && !s.articleId().equals(exceptArticle)) {
                            out.add(s);
                        }
                    }
                }
                return out;
            }
        };
    }
}

package org.newsgraph.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.ArticleDate;
import org.newsgraph.resolve.NewsCycleDating;
import org.newsgraph.store.ArticleFacts;

/**
 * One article after the executors' stage: its graph as N-Quads, its entity descriptions, and the facts the
 * cross-article stage needs; or why it failed.
 *
 * @param unit         the input; its text only while the article may be extracted again with an estimated date
 * @param articleId    its id, null when it failed
 * @param nquads       its named graph, one quad a line
 * @param descriptions entity or agreement IRI to its canonical description, as N-Triples
 * @param said         its statements, when it has no date of its own (news-cycle dating), else null
 * @param error        why nothing of it is stored, or null
 * @param warnings     what {@code ingest} would warn about it
 */
record ArticleResult(Unit unit, String articleId, String nquads, Map<String, String> descriptions, ArticleFacts facts,
                     List<NewsCycleDating.Said> said, ArticleDate hint, String error, List<String> warnings)
        implements Serializable {

    static ArticleResult failed(Unit unit, String error, List<String> warnings) {
        return new ArticleResult(unit, null, null, Map.of(), null, null, null, error, warnings);
    }

    boolean ok() {
        return error == null;
    }

    long order() {
        return unit.order();
    }

    boolean undated() {
        return ok() && said != null;
    }
}

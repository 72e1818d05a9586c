package org.newsgraph.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Extraction;

/** Extraction of short texts written for a test, with one extractor (and one CoreNLP pipeline) for all tests. */
final class Texts {
    static final Extractor EXTRACTOR = Extractor.builder().build();

    private Texts() {
    }

    /** An article of this text published on a day (null for none). */
    static Article article(String text, LocalDate published) {
        return new Article("t", "t.txt", null, published, null, List.of(), null, null, null, text, "h");
    }

    /** An undated article whose dateline gives only a month and day. */
    static Article withDateline(String text, MonthDay dateline) {
        return new Article("t", "t.txt", null, null, null, List.of(), null, null, dateline, text, "h");
    }

    static Extraction extract(String text, LocalDate published) {
        return EXTRACTOR.extract(article(text, published));
    }
}

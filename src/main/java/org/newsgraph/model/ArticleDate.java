package org.newsgraph.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The day an article's relative time expressions ("on Monday", "last week") are resolved against.
 *
 * @param date       the day
 * @param stated     true when the source states the full date; false when any part of it is inferred
 * @param confidence 0..1; 1 for a stated date
 * @param basis      how the date was found, in words an analyst can check ("dateline", "year completed from ...")
 */
public record ArticleDate(LocalDate date, boolean stated, double confidence, String basis)
        implements java.io.Serializable {
    public ArticleDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(basis, "basis");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
        }
    }

    public static ArticleDate stated(LocalDate d) {
        return new ArticleDate(d, true, 1.0, "stated in the source");
    }

    public static ArticleDate inferred(LocalDate d, double confidence, String basis) {
        return new ArticleDate(d, false, confidence, basis);
    }
}

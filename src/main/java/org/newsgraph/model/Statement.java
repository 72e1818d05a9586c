package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * Who said what, when, to whom.
 *
 * @param speaker    who said it
 * @param direct     true for a direct quote, false for indirect speech
 * @param quote      exact quoted words (direct quotes only), or null
 * @param quoteSpan  where the quoted words are, or null
 * @param date       when it was said, or null
 * @param cue        the reporting words ("told reporters"), or null
 * @param addressee  to whom, or null
 * @param about      entities the statement is about
 * @param reportedBy who the article credits for the report ("according to ..."), or null
 * @param evidence   the sentence(s) it comes from
 * @param confidence 0..1
 */
public record Statement(Entity speaker, boolean direct, String quote, Span quoteSpan, TimeValue date, String cue,
                        Entity addressee, List<Entity> about, Entity reportedBy, Span evidence, double confidence) {
    public Statement {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(evidence, "evidence");
        if (direct && (quote == null || quoteSpan == null)) {
            throw new IllegalArgumentException("a direct quote needs its words and span");
        }
        about = List.copyOf(about);
    }
}

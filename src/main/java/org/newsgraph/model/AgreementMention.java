package org.newsgraph.model;

import java.util.Objects;

/**
 * A place in an article that refers to an agreement, however worded.
 *
 * @param agreement  the agreement it resolves to
 * @param anchor     the agreement noun phrase as written ("a buffer zone agreement")
 * @param span       the anchor's position
 * @param evidence   the sentence
 * @param confidence how sure the resolution is
 */
public record AgreementMention(Agreement agreement, String anchor, Span span, Span evidence, double confidence) {
    public AgreementMention {
        Objects.requireNonNull(agreement);
        Objects.requireNonNull(span);
        Objects.requireNonNull(evidence);
    }
}

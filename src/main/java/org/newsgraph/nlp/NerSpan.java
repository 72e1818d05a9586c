package org.newsgraph.nlp;

import java.util.Objects;
import org.newsgraph.model.Span;

/**
 * A run of consecutive tokens with the same named-entity tag, from {@link Sentence#nerSpans()}.
 *
 * @param tag        the coarse NER tag: "PERSON", "ORGANIZATION" or "LOCATION"
 * @param firstToken index of the run's first token in its sentence
 * @param endToken   index just after its last token
 * @param span       where the run is in the article text
 */
public record NerSpan(String tag, int firstToken, int endToken, Span span) {
    public NerSpan {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(span, "span");
        if (endToken <= firstToken) {
            throw new IllegalArgumentException("NER run '" + tag + "' at " + span + " has no tokens ("
                    + firstToken + ".." + endToken + ")");
        }
    }
}

package org.newsgraph.nlp;

import java.util.List;
import org.newsgraph.model.Span;

/**
 * An article text split into sentences and tokens.
 *
 * @param text      the article's clean text
 * @param sentences its sentences, in order
 */
public record AnalyzedText(String text, List<Sentence> sentences) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }

    /** The sentence that contains an offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.span().begin() <= offset && offset < s.span().end()) {
                return s;
            }
        }
        return null;
    }

    public String cover(Span s) {
        return s.of(text);
    }
}

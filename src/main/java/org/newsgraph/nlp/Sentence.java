package org.newsgraph.nlp;

import java.util.List;
import org.newsgraph.model.Span;

/**
 * One sentence of an article.
 *
 * @param index     position in the article, from 0
 * @param paragraph index of the paragraph it belongs to
 * @param span      where it is
 * @param tokens    its tokens, in order
 */
public record Sentence(int index, int paragraph, Span span, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Index of the first token starting at or after an offset, or tokens.size(). */
    public int tokenAt(int offset) {
        for (Token t : tokens) {
            if (t.end() > offset) {
                return t.index();
            }
        }
        return tokens.size();
    }
}

package org.newsgraph.nlp;

import org.newsgraph.model.Span;

/**
 * A word or punctuation mark.
 *
 * @param text  the token as written
 * @param span  its position in the article text
 * @param index position in its sentence, from 0
 */
public record Token(String text, Span span, int index) {
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
    }

    public int begin() {
        return span.begin();
    }

    public int end() {
        return span.end();
    }
}

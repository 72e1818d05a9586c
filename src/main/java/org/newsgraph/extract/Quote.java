package org.newsgraph.extract;

import org.newsgraph.model.Span;

/**
 * A quotation in the text.
 *
 * @param outer the span including the quote marks
 * @param inner the quoted words, marks excluded
 */
record Quote(Span outer, Span inner, String words) {
    /** A full quotation (a clause of four or more words) rather than a quoted fragment ("this butchery"). */
    boolean isFull() {
        return Text.words(words) >= 4;
    }
}

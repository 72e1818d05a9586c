package org.newsgraph.extract;

import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;

/**
 * A time expression found in a text.
 *
 * @param span     where the words are
 * @param text     the words ("on Monday", "10 days later")
 * @param value    the resolved time, or null when it cannot be resolved (e.g. an undated article)
 * @param relation how the expression relates to its event: "at" (the event's time), "since", "by", "until"
 */
record DateExpression(Span span, String text, TimeValue value, String relation) {
    boolean isEventTime() {
        return relation.equals("at");
    }
}

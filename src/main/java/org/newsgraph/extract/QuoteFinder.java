package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * Finds quotations marked with straight, curly or mixed double quotes, paragraph by paragraph: an opening mark is
 * one followed by a non-space, a closing mark one preceded by a non-space.
 */
final class QuoteFinder {
    List<Quote> find(String text) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
                continue;
            }
            if (!Text.isQuoteMark(c)) {
                continue;
            }
            boolean canOpen = c != '\u201d' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            boolean canClose = c != '\u201c' && i > 0 && !Character.isWhitespace(text.charAt(i - 1));
            if (open >= 0 && canClose) {
                add(text, open, i, out);
                open = -1;
            } else if (canOpen) {
                open = i;
            }
        }
        return out;
    }

    private static void add(String text, int open, int close, List<Quote> out) {
        int b = open + 1;
        int e = close;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > b) {
            out.add(new Quote(new Span(open, close + 1), new Span(b, e), text.substring(b, e)));
        }
    }
}

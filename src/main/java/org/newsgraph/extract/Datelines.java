package org.newsgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a body's opening dateline ends: "MOSCOW/ANKARA (Reuters) - ", "Paris, August 20 (RHC)-- ". What a dateline
 * names is where the reporter filed from, not where things happened, and it is no part of the story's first words.
 */
public final class Datelines {
    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{L}/ ,.'-]{0,60}?(?:\\([^)\\n]{1,40}\\))?\\s*(?:--|-|\u2014|\u2013)\\s");

    private Datelines() {
    }

    /** The offset just after a dateline that opens the text, or 0 when it opens with none. */
    public static int end(String text) {
        Matcher m = DATELINE.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }
}

package org.newsgraph.model;

import java.util.Objects;

/**
 * A count of people killed or displaced as a text gives it: a figure with how it bounds the count ("up to 35",
 * "more than 70", "30-35") or a quantity without one ("dozens"), so that reports that disagree stand side by side as
 * they were written.
 *
 * @param measure   {@code killed} or {@code displaced}
 * @param value     the figure given, or null for a quantity without one
 * @param low       the least the words allow, or null when unbounded below
 * @param high      the most the words allow, or null when unbounded above
 * @param qualifier how the words bound the count
 * @param text      the words ("up to 35", "dozens"), or null when read from the parse alone
 * @param span      where the words are, or null with the text
 */
public record Count(String measure, Integer value, Integer low, Integer high, Qualifier qualifier, String text,
                    Span span) implements java.io.Serializable {
    /** How a count's words bound it. */
    public enum Qualifier {
        EXACT("exact"), AT_LEAST("atLeast"), AT_MOST("atMost"), ABOUT("about"), RANGE("range"), VAGUE("vague");

        private final String word;

        Qualifier(String word) {
            this.word = word;
        }

        /** Its name in the graph and the lexicons ({@code atLeast}). */
        public String word() {
            return word;
        }

        /** The qualifier a lexicon names, or an error naming the word. */
        public static Qualifier of(String word) {
            for (Qualifier q : values()) {
                if (q.word.equals(word)) {
                    return q;
                }
            }
            throw new IllegalArgumentException("unknown count qualifier '" + word + "'");
        }
    }

    /** A figure said without qualifying words, or read from the parse alone: {@code n} exactly, no words kept. */
    public static Count exact(String measure, int n) {
        return new Count(measure, n, n, n, Qualifier.EXACT, null, null);
    }

    /** Whether the words allow this number: "dozens" allows 33, not 5; a figure allows itself only. */
    public boolean allows(int n) {
        if (value != null && qualifier == Qualifier.EXACT) {
            return value == n;
        }
        return (low == null || n >= low) && (high == null || n <= high);
    }

    /**
     * Whether this count and another of the same measure cannot both be right: two different figures (33 and 34),
     * or a figure the other's words do not allow (5 and "dozens").
     */
    public boolean disagrees(Count o) {
        if (o == null || !measure.equals(o.measure)) {
            return false;
        }
        if (value != null && o.value != null) {
            return !value.equals(o.value);
        }
        return value != null && !o.allows(value) || o.value != null && !allows(o.value);
    }

    public Count {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(qualifier, "qualifier");
        if (!measure.equals("killed") && !measure.equals("displaced")) {
            throw new IllegalArgumentException("measure must be killed or displaced, not " + measure);
        }
    }
}

package org.newsgraph.extract;

/**
 * A phrase found as whole words, the case of ASCII letters ignored: exactly where the regular expression
 * {@code (?i)(?<![\p{L}\p{N}])\Qphrase\E(?![\p{L}\p{N}])} finds it (Java's {@code (?i)} without
 * {@code UNICODE_CASE} folds A-Z only), but by {@link String#indexOf} over a text lowered once. The agreement
 * catalogue looks for every subject word of every entry in the whole article: as case-insensitive regular
 * expressions, tried at every character, that was 4% of all extraction time.
 */
final class WholeWords {
    private final String phrase;
    private final String lower;

    /** @throws IllegalArgumentException for an empty phrase */
    WholeWords(String phrase) {
        if (phrase.isEmpty()) {
            throw new IllegalArgumentException("an empty phrase");
        }
        this.phrase = phrase;
        this.lower = lower(phrase);
    }

    /** The text with A-Z lowered and every other character kept: the same length, the same offsets. */
    static String lower(String text) {
        int i = 0;
        while (i < text.length() && !(text.charAt(i) >= 'A' && text.charAt(i) <= 'Z')) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        char[] c = text.toCharArray();
        for (; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] += 'a' - 'A';
            }
        }
        return new String(c);
    }

    /** Whether the phrase is in the text as whole words. */
    boolean in(String text) {
        return in(text, lower(text));
    }

    /**
     * Whether the phrase is in the text as whole words.
     *
     * @param lowered {@link #lower(String)} of the text, for a text searched for many phrases
     */
    boolean in(String text, String lowered) {
        for (int i = lowered.indexOf(lower); i >= 0; i = lowered.indexOf(lower, i + 1)) {
            int end = i + lower.length();
            // before: one char, as the look-behind reads it; after: a code point, as the look-ahead reads it
            boolean before = i > 0 && Text.letterOrNumber(text.charAt(i - 1));
            boolean after = end < text.length() && Text.letterOrNumber(text.codePointAt(end));
            if (!before && !after) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return phrase;
    }
}

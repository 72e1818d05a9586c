package org.newsgraph.extract;

/** Small string helpers shared by the extractors. */
final class Text {
    private Text() {
    }

    /** A lowercase ASCII slug: "Judd Deere" gives "judd-deere" ({@link org.newsgraph.model.Entity#keyFor}). */
    static String slug(String s) {
        return org.newsgraph.model.Entity.keyFor(s);
    }

    /**
     * A regular-expression alternation of literal words, longest first so that a longer word wins over its prefix
     * ("agreements" before "agreement").
     */
    static String alternation(java.util.Collection<String> words) {
        return words.stream().distinct().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    }

    /** Counts words in a stretch of text. */
    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Escapes a literal for use inside a regular expression alternation. */
    static String quote(String s) {
        return java.util.regex.Pattern.quote(s);
    }

    /**
     * Whether a code point is what the regular-expression class {@code [\p{L}\p{N}]} matches: a letter or any kind of
     * number (decimal digit, letter number such as a Roman numeral, other number such as a superscript).
     */
    static boolean letterOrNumber(int cp) {
        int t = Character.getType(cp);
        return Character.isLetter(cp) || t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER
                || t == Character.OTHER_NUMBER;
    }

    static boolean isQuoteMark(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e';
    }
}

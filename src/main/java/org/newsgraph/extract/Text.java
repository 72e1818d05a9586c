package org.newsgraph.extract;

/** Small string helpers shared by the extractors. */
final class Text {
    private Text() {
    }

    /** A lowercase ASCII slug: "Judd Deere" gives "judd-deere" ({@link org.newsgraph.model.Entity#keyFor}). */
    static String slug(String s) {
        return org.newsgraph.model.Entity.keyFor(s);
    }

    /** Counts words in a stretch of text. */
    /**
     * A regular-expression alternation of literal words, longest first so that a longer word wins over its prefix
     * ("agreements" before "agreement").
     */
    static String alternation(java.util.Collection<String> words) {
        return words.stream().distinct().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Escapes a literal for use inside a regular expression alternation. */
    static String quote(String s) {
        return java.util.regex.Pattern.quote(s);
    }

    static boolean isQuoteMark(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e';
    }
}

package org.newsgraph.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Small string helpers shared by the extractors. */
final class Text {
    private Text() {
    }

    /** A lowercase ASCII slug: "Judd Deere" gives "judd-deere". */
    static String slug(String s) {
        String a = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = a.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x" : slug;
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

    static boolean isQuoteMark(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e';
    }
}

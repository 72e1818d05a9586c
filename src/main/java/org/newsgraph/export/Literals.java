package org.newsgraph.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small conversions of literal values for graph tools: shortened text, WKT points. */
final class Literals {
    private static final Pattern POINT = Pattern.compile(
            "(?:<[^>]*>\\s*)?POINT\\s*\\(\\s*(-?[0-9.]+(?:[eE]-?[0-9]+)?)\\s+(-?[0-9.]+(?:[eE]-?[0-9]+)?)\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    private Literals() {
    }

    /**
     * The text on one line, cut at a word boundary to at most {@code max} characters with an ellipsis, so long
     * quotes and sentences stay readable in a node table.
     */
    static String shorten(String text, int max) {
        String s = text.replaceAll("\\s+", " ").strip();
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1; // one very long word: cut inside it
            if (Character.isHighSurrogate(s.charAt(cut - 1))) {
                cut--; // never split a surrogate pair
            }
        }
        return s.substring(0, cut).strip() + "…";
    }

    /** {longitude, latitude} of a WKT {@code POINT(lon lat)} (optionally with a CRS IRI first), or null. */
    static double[] point(String wkt) {
        Matcher m = POINT.matcher(wkt.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

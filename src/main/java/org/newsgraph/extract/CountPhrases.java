package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.config.Tsv;
import org.newsgraph.model.Count;
import org.newsgraph.model.Span;

/**
 * Reads how a count is worded around its figure: the qualifier before it ({@code lexicon/count-qualifiers.tsv}: "up
 * to 35"), a range after it ("30-35", "30 to 35"), or, for a quantity without a figure, the bounds its words imply
 * ({@code lexicon/vague-quantity-bounds.tsv}: "dozens" is 24 or more).
 *
 * <pre>{@code CountPhrases.figure(text, "killed", begin, end, 35) // up to 35 -> AT_MOST, high 35}</pre>
 */
final class CountPhrases {
    private record Bound(Pattern pattern, Integer low, Integer high) {
    }

    private record Cue(String phrase, Count.Qualifier qualifier) {
    }

    private static final List<Cue> CUES = new ArrayList<>();
    private static final List<Bound> BOUNDS = Tsv.read("newsgraph/lexicon/vague-quantity-bounds.tsv").stream()
            .map(r -> new Bound(Pattern.compile("(?i)" + r.require("pattern")), integer(r.require("low")),
                    integer(r.require("high")))).toList();
    private static final Pattern RANGE_START = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(?:-|–)\\s*$");
    private static final Pattern RANGE = Pattern.compile("^\\s*(?:-|–|to)\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d.,]\\d)");

    static {
        for (Tsv.Row r : Tsv.read("newsgraph/lexicon/count-qualifiers.tsv")) {
            CUES.add(new Cue(r.require("phrase").toLowerCase(Locale.ROOT), Count.Qualifier.of(r.require("qualifier"))));
        }
        CUES.sort(Comparator.comparingInt((Cue c) -> -c.phrase().length()));
    }

    private CountPhrases() {
    }

    /**
     * The count whose figure {@code value} is at {@code begin..end} of the text, with the qualifier right before it
     * or the range right after it.
     */
    static Count figure(String text, String measure, int begin, int end, Integer value) {
        if (value == null) {
            return null;
        }
        String before = text.substring(Math.max(0, begin - 24), begin).toLowerCase(Locale.ROOT);
        for (Cue c : CUES) {
            if (before.matches("(?s).*\\b" + Pattern.quote(c.phrase()) + "\\s+$")) {
                int from = begin - (before.length() - before.lastIndexOf(c.phrase()));
                Integer low = c.qualifier() == Count.Qualifier.AT_MOST ? null : value;
                Integer high = c.qualifier() == Count.Qualifier.AT_LEAST ? null : value;
                if (c.qualifier() == Count.Qualifier.ABOUT) {
                    low = null;
                    high = null;
                }
                return new Count(measure, value, low, high, c.qualifier(), text.substring(from, end),
                        new Span(from, end));
            }
        }
        // "30-35 soldiers": the figure read is the range's end
        Matcher start = RANGE_START.matcher(text.substring(Math.max(0, begin - 16), begin));
        if (start.find()) {
            Integer low = Numbers.parse(start.group(1));
            if (low != null && low < value) {
                int from = begin - (Math.min(16, begin) - start.start(1));
                return new Count(measure, value, low, value, Count.Qualifier.RANGE, text.substring(from, end),
                        new Span(from, end));
            }
        }
        Matcher r = RANGE.matcher(text.substring(end, Math.min(text.length(), end + 16)));
        if (r.find()) {
            Integer high = Numbers.parse(r.group(1));
            if (high != null && high > value) {
                int to = end + r.end();
                return new Count(measure, value, value, high, Count.Qualifier.RANGE, text.substring(begin, to),
                        new Span(begin, to));
            }
        }
        return new Count(measure, value, value, value, Count.Qualifier.EXACT, text.substring(begin, end),
                new Span(begin, end));
    }

    /** The count a quantity without a figure at {@code begin..end} implies ("dozens": 24 or more), or null. */
    static Count vague(String text, String measure, int begin, int end) {
        String words = text.substring(begin, end).strip();
        for (Bound b : BOUNDS) {
            if (b.pattern().matcher(words.toLowerCase(Locale.ROOT)).find()) {
                return new Count(measure, null, b.low(), b.high(), Count.Qualifier.VAGUE, words, new Span(begin, end));
            }
        }
        return null;
    }

    private static Integer integer(String s) {
        return s.equals("-") ? null : Integer.valueOf(s);
    }
}

package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.config.OutletTable;
import org.newsgraph.model.Entity;

/**
 * The last pass over a story's paragraphs, shared by the text and HTML readers: a date split over two paragraphs is
 * joined, photo credits leave captions, a headline or standfirst the page repeats is kept once, the widget lines
 * under a story go,
 * a wire credit at the end is cut off (and credited on the last paragraph only), a cut-off last sentence goes; then
 * the dateline and the phrases naming the outlet are read.
 *
 * <pre>{@code
 * // "Kurds agree deal with Damascus" / standfirst / "Kurds agree deal with Damascus" / story ... / "Other news"
 * BodyCleanup.finish(parts, outlets, Boilerplate.load());   // the story once, without the repeated headline
 * }</pre>
 */
final class BodyCleanup {
    /** "... outside Hasakah, Dec." + "14, 2019.": a date the page broke over two paragraphs. */
    private static final Pattern ENDS_WITH_MONTH = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?$");
    private static final Pattern STARTS_WITH_DAY = Pattern.compile("^\\d{1,2}(?:st|nd|rd|th)?(?:[,.]|\\s|$)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')\\]]*$");
    /** A widget line has at most this many words and characters. */
    private static final int SHORT_WORDS = 10;
    private static final int SHORT_CHARS = 80;
    /** A standfirst restated by a later paragraph is looked for among this many opening paragraphs. */
    private static final int OPENING = 3;
    /** The dateline may stand below a caption: this many opening paragraphs are tried. */
    private static final int DATELINE_TRIES = 3;

    private BodyCleanup() {
    }

    static void finish(ParsedParts parts, OutletTable outlets, Boilerplate junk) {
        List<String> ps = new ArrayList<>();
        for (String p : joinSplitDates(parts.paragraphs)) {
            String t = junk.cutPhotoCredits(p);
            if (!t.isEmpty()) {
                ps.add(t);
            }
        }
        ps = dropRepeats(ps, parts.title);
        dropTrailingWidgets(ps);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            // the story's last paragraph: only a cut-off fragment may follow it
            boolean last = true;
            for (int j = i + 1; j < ps.size() && last; j++) {
                last = !SENTENCE_END.matcher(ps.get(j)).find();
            }
            String clean = junk.cutCreditTail(ps.get(i), parts, outlets, last);
            if (!clean.isEmpty()) {
                out.add(clean);
            }
        }
        Boilerplate.dropTrailingFragment(out);
        parts.paragraphs.clear();
        parts.paragraphs.addAll(out);
        for (int i = 0; i < Math.min(DATELINE_TRIES, out.size()); i++) {
            if (Dateline.read(out.get(i), parts, outlets, i > 0)) {
                break;
            }
        }
        for (String p : out) {
            Entity e = junk.mentionedOutlet(p, outlets);
            if (e != null) {
                parts.mentionedOutlet = e.key();
                break;
            }
        }
    }

    /** Whether a paragraph ends in a month name; only its tail is searched (a month name is short). */
    private static boolean endsWithMonth(String p) {
        java.util.regex.Matcher m = ENDS_WITH_MONTH.matcher(p);
        m.useTransparentBounds(true).region(Math.max(0, p.length() - 16), p.length());
        return m.find();
    }

    static List<String> joinSplitDates(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            if (!out.isEmpty() && endsWithMonth(out.get(out.size() - 1))
                    && STARTS_WITH_DAY.matcher(p).find()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + p);
                continue;
            }
            out.add(p);
        }
        return out;
    }

    /**
     * Keeps one copy of repeated text: a paragraph that is the headline again, a paragraph seen before, and an
     * opening standfirst that a later paragraph restates word for word ("Earlier, " + the standfirst).
     */
    static List<String> dropRepeats(List<String> paragraphs, String title) {
        Set<String> seen = new HashSet<>();
        if (title != null) {
            seen.add(key(title));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String k = key(paragraphs.get(i));
            if (k.isEmpty() || !seen.add(k)) {
                continue;
            }
            if (i < OPENING && k.length() >= 40 && restatedLater(k, paragraphs, i)) {
                continue;
            }
            out.add(paragraphs.get(i));
        }
        return out;
    }

    private static boolean restatedLater(String k, List<String> paragraphs, int at) {
        String body = k.replaceAll("[.!?]+$", "");
        for (int j = at + 1; j < paragraphs.size(); j++) {
            if (key(paragraphs.get(j)).contains(body)) {
                return true;
            }
        }
        return false;
    }

    /** Case, quote style, dashes and spacing do not make two copies of a line different. */
    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[‘’`´]", "'").replaceAll("[“”]", "\"")
                .replaceAll("[\u2013\u2014]", "-").replaceAll("\\s+", " ").strip();
    }

    /** Short lines without sentence punctuation at the end of a page are widgets, spam links and name tags. */
    static void dropTrailingWidgets(List<String> paragraphs) {
        while (paragraphs.size() > 1 && isShortFragment(paragraphs.get(paragraphs.size() - 1))) {
            paragraphs.remove(paragraphs.size() - 1);
        }
    }

    private static boolean isShortFragment(String p) {
        String t = p.strip();
        return t.length() <= SHORT_CHARS && t.split("\\s+").length <= SHORT_WORDS
                && !SENTENCE_END.matcher(t).find() && !t.matches("(?s).*[\"”’']$")
                // "He left. — AFP" is a sentence with a credit, not a widget
                && !t.matches("(?s).*[.!?][\"”’')]*(?:\\s|[-\u2013\u2014(/]).*");
    }
}

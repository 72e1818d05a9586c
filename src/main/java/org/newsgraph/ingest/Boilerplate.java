package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsgraph.config.OutletTable;
import org.newsgraph.config.Tsv;
import org.newsgraph.model.Entity;

/**
 * Page junk that must never reach the body text: caption and photo credits, bylines, share and subscribe widgets,
 * navigation lines, cookie banners, wire credits, a cut-off last sentence. The patterns are data
 * ({@code newsgraph/ingest/boilerplate.tsv}); this class applies them.
 *
 * <pre>{@code
 * Boilerplate b = Boilerplate.load();
 * b.isJunk("Photo: Jane Roe / Getty Images")   // true
 * b.isJunk("A photo released on Monday showed the post.")   // false
 * }</pre>
 */
final class Boilerplate {
    static final String RESOURCE = "newsgraph/ingest/boilerplate.tsv";
    /** A longer paragraph is story text whatever words it contains. */
    static final int MAX_JUNK_CHARS = 300;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')\\]]*$");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[|\u00b7\u2022>»/]|\\s-\\s)\\s*");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[[^\\]]*]\\([^)]*\\)");
    /** The last sentence boundary of a paragraph: end punctuation, closing quotes, white space, a new sentence. */
    private static final Pattern BOUNDARY = Pattern.compile("[.!?][\"”’')\\]]*\\s+(?=[\"“‘(\\[]?\\p{Lu}|\\d)");
    private static final Boilerplate SHARED = new Boilerplate(Tsv.read(RESOURCE));

    private final List<Pattern> junk = new ArrayList<>();
    private final List<Pattern> credits = new ArrayList<>();
    private final List<Pattern> tails = new ArrayList<>();
    private final List<Pattern> spam = new ArrayList<>();
    private final List<Pattern> blockHeads = new ArrayList<>();
    private final List<Pattern> mentions = new ArrayList<>();
    private final List<Pattern> cuts = new ArrayList<>();
    private final Set<String> menuWords = new HashSet<>();
    private static final Pattern LIST_MARK = Pattern.compile("^(?:\\d{1,2}[.)]|[-*+\u2022])\\s+");

    Boilerplate(List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            String kind = row.require("kind");
            String pattern = row.require("pattern");
            switch (kind) {
                case "junk" -> junk.add(compile(row, pattern));
                case "credit" -> credits.add(compile(row, pattern));
                case "tail" -> tails.add(compile(row, pattern));
                case "menu" -> menuWords.add(pattern.toLowerCase(Locale.ROOT));
                case "spam" -> spam.add(compile(row, pattern));
                case "block" -> blockHeads.add(compile(row, pattern));
                case "mention" -> mentions.add(compile(row, pattern, 0));
                case "cut" -> cuts.add(compile(row, pattern));
                default -> throw new IllegalArgumentException(row.file() + ":" + row.line() + ": unknown kind '"
                        + kind + "' (expected junk, credit, tail, menu, spam, block, mention or cut)");
            }
        }
    }

    /** The patterns on the classpath, read once per JVM. */
    static Boilerplate load() {
        return SHARED;
    }

    private static Pattern compile(Tsv.Row row, String pattern) {
        return compile(row, pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern compile(Tsv.Row row, String pattern, int flags) {
        try {
            return Pattern.compile(pattern, flags);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(row.file() + ":" + row.line() + ": bad pattern '" + pattern + "' ("
                    + e.getDescription() + "); fix the regex or escape the character", e);
        }
    }

    /** A caption credit, byline, widget, cookie banner or navigation line (markup already removed). */
    boolean isJunk(String text) {
        String t = text.strip();
        for (Pattern p : spam) {
            if (p.matcher(t).find()) {
                return true;
            }
        }
        if (t.isEmpty() || t.length() > MAX_JUNK_CHARS) {
            return false;
        }
        for (Pattern p : junk) {
            if (p.matcher(t).find()) {
                return true;
            }
        }
        return isNavigation(t);
    }

    /**
     * A menu: a line without sentence punctuation made of four or more short parts that are mostly navigation
     * words ("Home World Middle East Opinion"), or of separated short link-like parts ("Syria | Turkey | Iran | Iraq").
     */
    boolean isNavigation(String text) {
        String t = text.strip();
        if (t.length() > 200 || SENTENCE_END.matcher(t).find() || t.contains(",") || PageDates.find(t) != null) {
            // a line holding a full date is a header line ("2020/03/03 | 14:40 - Source: X"), not a menu
            return false;
        }
        String[] segments = SEPARATORS.split(t);
        if (segments.length >= 4 && java.util.Arrays.stream(segments)
                .allMatch(s -> !s.isBlank() && s.strip().split("\\s+").length <= 3)) {
            return true;
        }
        String[] words = t.toLowerCase(Locale.ROOT).split("[\\s|\u00b7\u2022>»/]+");
        if (words.length < 4) {
            return false;
        }
        long menu = java.util.Arrays.stream(words).filter(menuWords::contains).count();
        return menu * 10 >= words.length * 7L;
    }

    /** The line without the photo credits the page put into it ("... near Saraqib [Jane Roe/Reuters]"). */
    String cutPhotoCredits(String line) {
        String t = line;
        for (Pattern p : cuts) {
            t = p.matcher(t).replaceAll("");
        }
        return t.strip();
    }

    /** A heading over teasers or a breadcrumb ("Check Also", "Other news", "1. Home"), list number or bullet ignored. */
    boolean isBlockHead(String line) {
        String t = LIST_MARK.matcher(line.strip()).replaceFirst("").strip();
        for (Pattern p : blockHeads) {
            if (p.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The outlet a story names as the one it was written for ("an official told Daily Sabah", "SANA's reporter
     * said"), or null: the longest run of words in the phrase that is a known outlet.
     */
    Entity mentionedOutlet(String paragraph, OutletTable outlets) {
        for (Pattern p : mentions) {
            Matcher m = p.matcher(paragraph);
            while (m.find()) {
                Entity e = longestOutlet(m.group("outlet"), outlets);
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The longest run of words that names a known outlet ("Later SANA" gives SANA, "Daily Sabah Monday" Daily Sabah). */
    private static Entity longestOutlet(String words, OutletTable outlets) {
        String[] w = words.strip().split("\\s+");
        for (int len = w.length; len >= 1; len--) {
            for (int from = 0; from + len <= w.length; from++) {
                Entity e = outlets.forName(String.join(" ", java.util.Arrays.copyOfRange(w, from, from + len)));
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    /** A Markdown line that is mostly links ("[Home](/) | [World](/world) | [Syria](/syria)"): navigation. */
    static boolean isLinkList(String rawLine) {
        Matcher m = MARKDOWN_LINK.matcher(rawLine);
        int links = 0;
        while (m.find()) {
            links++;
        }
        return links >= 3 && MARKDOWN_LINK.matcher(rawLine).replaceAll("").replaceAll("[\\s|\u00b7\u2022>»/,-]", "")
                .isEmpty();
    }

    /**
     * A wire credit line ("— AFP", "Reuters contributed to this report", "(Xinhua)"): the outlet it names, which
     * must be a known outlet; null for any other line.
     */
    Entity creditLine(String text, OutletTable outlets) {
        String t = text.strip();
        if (t.length() > 120) {
            return null;
        }
        for (Pattern p : credits) {
            Matcher m = p.matcher(t);
            if (m.find()) {
                List<Entity> named = MetadataRules.outletsIn(m.group("outlet"), outlets);
                if (!named.isEmpty()) {
                    return named.get(0);
                }
            }
        }
        return null;
    }

    /**
     * A paragraph without a trailing wire credit ("... said. — AFP", "...said.– NNN-ANADOLU"); the paragraph as it was
     * if none. Only a story's last paragraph credits the outlets: the same mark after a caption is a photo credit.
     */
    String cutCreditTail(String paragraph, ParsedParts parts, OutletTable outlets, boolean credit) {
        for (Pattern p : tails) {
            Matcher m = p.matcher(paragraph);
            if (m.find()) {
                List<Entity> named = MetadataRules.outletsIn(m.group("outlet"), outlets);
                if (!named.isEmpty()) {
                    if (credit) {
                        named.forEach(e -> parts.creditedOutlets.add(e.key()));
                    }
                    return paragraph.substring(0, m.start()).strip();
                }
            }
        }
        return paragraph;
    }

    /**
     * Keeps complete sentences at the end of a copied page: a last paragraph cut off mid-sentence ("... the
     * talks were", "... and the army...") loses its trailing fragment, or goes when it has no complete sentence.
     * The only paragraph of a page is never dropped whole.
     */
    static void dropTrailingFragment(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        int last = paragraphs.size() - 1;
        String p = paragraphs.get(last);
        boolean ellipsis = p.endsWith("...") || p.endsWith("…");
        if (SENTENCE_END.matcher(p).find() && !ellipsis) {
            return;
        }
        int cut = -1;
        Matcher m = BOUNDARY.matcher(p);
        while (m.find()) {
            cut = m.start() + m.group().stripTrailing().length();
        }
        if (cut > 0) {
            paragraphs.set(last, p.substring(0, cut).strip());
        } else if (last > 0) {
            paragraphs.remove(last);
        }
    }
}

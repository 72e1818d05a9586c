package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.config.OutletTable;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Article;

/**
 * Reads plain-text and Markdown articles written like the seeds: headings, emphasis, links, rules, a date line,
 * a byline, captions with photo credits, teasers, an "Original url:" footer.
 * Boilerplate never reaches the body text, so nothing is extracted from it.
 */
final class TextArticleParser {
    private static final Pattern RULE = Pattern.compile("^([-*_])\\1{2,}$");
    private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+(.{2,80})$");
    private static final Pattern HEADER_WORD = Pattern.compile("(?i)^(?:published|updated|posted|source|date)\\b|[|\u00b7]");
    private static final Pattern CAPS_DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} /.'-]{2,30}$");
    private static final Pattern BARE_DOMAIN = Pattern.compile(
            "(?i)^(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|ru|tr|sy|ir|cu|info|news|tv|uk|fr|de|ae|qa)$");
    /** Wire-service credit lines at the foot of a story. */
    private static final Pattern STAFF_CREDIT = Pattern.compile("(?i)^(?:\\(?(?:additional )?reporting by|writing by|"
            + "editing by|compiled by)\\b|\\bcontributed to this report\\b|^[\\p{L} .'-]{2,40} reported from [\\p{L} ,.'-]+\\.?$");
    private static final Pattern FOOTER = Pattern.compile("(?i)\\b(?:website contains|all rights reserved|copyright|\u00a9"
            + "|offered to subscribers)\\b");
    /** "Copyright © 2020 X", "© X 2019. All rights reserved", "(c) 2020 X": the site's own footer. */
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:copyright\\b|\u00a9|\\(c\\)\\s*\\d{4})");
    private static final Pattern DATELINE_START = Pattern.compile("^\\p{Lu}{3,}[\\p{Lu} /,.'-]*(?:\\(|,|\\s[-\u2014\u2013])");
    private static final Pattern SOURCE = Pattern.compile("(?i)^(?:source|sources|via)\\s*:\\s*(.{2,60})$");
    private static final Pattern ORIGINAL_URL = Pattern.compile("(?i)^original\\s+(?:url|link|article)\\s*:\\s*(.*)$");
    private static final Pattern TEASER = Pattern.compile(
            "(?i)^\\[?\\s*(also on\\s+\\S+|related article|related|read more|see also|recommended|more on this)\\b.*");
    private static final Pattern ALSO_ON_DOMAIN = Pattern.compile("(?i)also on\\s+([a-z0-9.-]+\\.[a-z]{2,})");
    /** "Syrian Forces Encircle Rebels: ReportSyrian troops seized ...": a headline the page glued to the story. */
    private static final Pattern GLUED_TITLE = Pattern.compile(
            "^((?:\\S+\\s+){3,14}\\S*?\\p{Ll}{2})(\\p{Lu}\\p{Ll}+\\s+\\p{Ll}.{60,})$");
    /** "https://www.aljazeer … 1910.html": a link the page cut short; the start of its host may still name the outlet. */
    private static final Pattern CUT_LINK = Pattern.compile("(?i)^(?:https?://)?(?:www\\.)?([a-z0-9.-]{5,})\\s*(?:…|\\.\\.\\.)");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+\u2022]|\\d{1,2}[.)])\\s+\\S");
    private static final Pattern BOLD_ONLY = Pattern.compile("^\\*{1,2}([^*]+)\\*{1,2}$");

    private final OutletTable outlets;
    private final Boilerplate junk = Boilerplate.load();

    TextArticleParser(OutletTable outlets) {
        this.outlets = outlets;
    }

    Article parse(String id, String fileName, String raw, String hash) {
        ParsedParts parts = new ParsedParts();
        List<String> lines = raw.replace("\r\n", "\n").replace('\r', '\n').lines().map(String::strip).toList();
        boolean expectUrl = false;
        boolean first = true;
        boolean teaserList = false;
        List<String> body = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty() || RULE.matcher(line).matches()) {
                continue;
            }
            if (first) {
                first = false;
                PageDates.Lead lead = PageDates.lead(line);
                if (lead != null) {
                    // "2019-10-22 Russia and Turkey ..." or a stored copy's "date 2020-02-21": the date is metadata,
                    // what follows it on the line is read like any other line
                    parts.date(PageDates.Kind.LEAD, lead.reading());
                    line = lead.rest();
                    if (line.isEmpty()) {
                        continue;
                    }
                }
            }
            if (expectUrl) {
                expectUrl = false;
                String url = MetadataRules.repairUrl(line);
                if (url != null) {
                    setUrl(parts, url);
                    continue;
                }
            }
            String plainLine = MetadataRules.stripInlineMarkup(line);
            if (teaserList && (LIST_ITEM.matcher(line).find() || !body.isEmpty() && isTeaserLine(plainLine))) {
                // the teasers under "Check Also" or the items of a breadcrumb under "1. Home"
                continue;
            }
            teaserList = junk.isBlockHead(plainLine);
            if (teaserList) {
                continue;
            }
            if (parts.title == null && body.size() < 3 && gluedTitle(plainLine, parts, body)) {
                continue;
            }
            if (metadata(line, parts, body.isEmpty())) {
                if (ORIGINAL_URL.matcher(line).matches() && parts.sourceUrl == null) {
                    expectUrl = true;
                }
                continue;
            }
            body.add(line);
        }
        if (!body.isEmpty() && CAPS_DATELINE.matcher(body.get(0)).matches()) {
            // a dateline on a line of its own ("ANKARA"): where the story was filed, not body text
            parts.datelinePlace = body.remove(0);
        }
        for (String p : joinBrokenParagraphs(body)) {
            String clean = MetadataRules.stripInlineMarkup(p);
            if (!clean.isEmpty()) {
                parts.paragraphs.add(clean);
            }
        }
        BodyCleanup.finish(parts, outlets, junk);
        return parts.toArticle(id, fileName, hash);
    }

    /** A teaser under a block heading: a headline without a full stop, or a snippet cut off with an ellipsis. */
    private static boolean isTeaserLine(String line) {
        if (line.length() > 250) {
            return false;
        }
        boolean headline = !line.matches("(?s).*[.!?][\"”’')]*$") && !line.matches("(?s).*[.!?][\"”’')]*\\s.*");
        return headline || line.matches("(?s).*(?:…|\\.\\.\\.)$");
    }

    /**
     * Splits a headline glued to the first paragraph ("... in Hama: ReportSyrian troops seized ..."): the words
     * before the glue are a headline when most of them are capitalised.
     */
    private static boolean gluedTitle(String line, ParsedParts parts, List<String> body) {
        Matcher m = GLUED_TITLE.matcher(line);
        if (!m.matches() || m.group(1).matches(".*[.!?]\\s.*")) {
            return false;
        }
        String[] words = m.group(1).split("\\s+");
        long capitalised = java.util.Arrays.stream(words).filter(w -> Character.isUpperCase(w.charAt(0))).count();
        if (capitalised * 3 < words.length * 2) {
            return false;
        }
        parts.title = m.group(1).strip();
        body.add(m.group(2));
        return true;
    }

    /** Consumes a line that is metadata or boilerplate; returns false for body text. */
    private boolean metadata(String line, ParsedParts parts, boolean beforeBody) {
        Matcher m;
        if (line.startsWith("#")) {
            String h = MetadataRules.stripInlineMarkup(line.replaceFirst("^#+\\s*", ""));
            if (parts.title == null && beforeBody) {
                parts.title = h;
                return true;
            }
            // a sub-heading between the headline and the body is a standfirst, not body text
            return beforeBody;
        }
        if ((m = ORIGINAL_URL.matcher(line)).matches()) {
            String url = MetadataRules.repairUrl(m.group(1));
            if (url != null) {
                setUrl(parts, url);
            }
            return true;
        }
        if ((m = CUT_LINK.matcher(MetadataRules.stripInlineMarkup(line))).find()) {
            // a link to the original story, cut short by the page: its host may still name the outlet
            Entity cut = outlets.forTruncatedHost(m.group(1));
            if (cut != null) {
                parts.creditedOutlets.add(cut.key());
            }
            return true;
        }
        String url = MetadataRules.repairUrl(line);
        if (url != null) {
            if (parts.sourceUrl == null) {
                setUrl(parts, url);
            }
            return true;
        }
        PageDates.Stamp stamp = PageDates.stamp(line);
        if (stamp != null && (stamp.reading() != null || line.length() <= 40 && !line.matches(".*[.!?]$"))) {
            // "Updated: 04-03-2020 10:12 IST", "- Posted on March 4, 2020 at 9:15 am", "Updated 2 hours ago"
            parts.date(stamp.kind(), stamp.reading());
            return true;
        }
        if ((m = TEASER.matcher(line)).matches()) {
            Matcher d = ALSO_ON_DOMAIN.matcher(line);
            if (d.find()) {
                parts.domain(outlets, "https://" + d.group(1).toLowerCase(Locale.ROOT) + "/");
            }
            return true;
        }
        if (MetadataRules.isPhotoCredit(line) || MetadataRules.endsWithPhotoCredit(line)) {
            return true;
        }
        String plain = MetadataRules.stripInlineMarkup(line);
        if ((beforeBody && (m = BYLINE.matcher(plain)).matches()) || (m = SOURCE.matcher(plain)).matches()) {
            creditByline(m.group(1), parts);
            // "By AFP · 21 August 2019, 16:40", "Source: Xinhua| 2019-08-02 21:14:05|Editor: huaxia"
            parts.date(PageDates.Kind.HEADER, MetadataRules.findDate(plain));
            return true;
        }
        if (COPYRIGHT.matcher(plain).find() && plain.length() <= 200) {
            footer(outlets.namedIn(plain), parts);
            return true;
        }
        if (Boilerplate.isLinkList(line) || junk.isJunk(plain)) {
            if ((m = BYLINE.matcher(plain)).matches()) {
                creditByline(m.group(1), parts);
            }
            return true;
        }
        Entity wire = junk.creditLine(plain, outlets);
        if (wire != null) {
            // "— AFP", "Reuters contributed to this report": a wire this page republishes is a source
            parts.creditedOutlets.add(wire.key());
            return true;
        }
        if (plain.length() <= 60 && outlets.forName(plain.replaceAll("[.:\\s]+$", "")) != null) {
            // a line that is only the outlet's name, above the headline or under the story ("Sputnik International"):
            // the site's name, so the publisher
            footer(outlets.forName(plain.replaceAll("[.:\\s]+$", "")), parts);
            return true;
        }
        if (beforeBody && plain.length() <= 120 && (!plain.matches(".*[.!?]\"?$") || HEADER_WORD.matcher(plain).find())) {
            // a header line holding a date among other things: "By AFP · 21 August 2019, 16:40",
            // "Source: Xinhua| 2019-08-02 21:14:05|Editor: huaxia", "The National — March 2, 2020"
            PageDates.Reading found = MetadataRules.findDate(plain);
            // a caption ending in a sentence and a credit ("... on March 3, 2020. (AFP)") is no header line
            boolean sentence = plain.matches("(?s).*[\\p{Ll}\\d][.!?][\"”’')]*\\s+\\S.*");
            if (found != null && !sentence && !DATELINE_START.matcher(plain).find()) {
                parts.date(PageDates.Kind.HEADER, found);
                Entity outlet = outlets.namedIn(plain);
                if (outlet != null && parts.footerOutlet == null) {
                    parts.footerOutlet = outlet.key();
                }
                return true;
            }
        }
        if (BARE_DOMAIN.matcher(plain).matches()) {
            parts.domain(outlets, "https://" + plain.toLowerCase(Locale.ROOT) + "/");
            return true;
        }
        if (beforeBody && plain.contains("|") && plain.length() <= 140) {
            // "Sibel Ugurlu and Fatih Hafiz Mehmet | 13.10.2019": a byline with its date
            PageDates.Reading dated = null;
            for (String part : plain.split("\\|")) {
                PageDates.Reading p = MetadataRules.reading(part);
                if (p != null) {
                    dated = p;
                } else {
                    parts.credit(outlets, part.strip());
                }
            }
            if (dated != null) {
                parts.date(PageDates.Kind.HEADER, dated);
                return true;
            }
        }
        if (!beforeBody && STAFF_CREDIT.matcher(plain).find()) {
            return true;
        }
        if (!beforeBody && FOOTER.matcher(plain).find()) {
            // "Anadolu Agency website contains only a portion of the news stories ...": the outlet's own footer
            Entity outlet = outlets.namedIn(plain);
            if (outlet != null && parts.footerOutlet == null) {
                parts.footerOutlet = outlet.key();
            }
            return true;
        }
        if ((m = BOLD_ONLY.matcher(line)).matches() && outlets.forName(m.group(1)) != null) {
            parts.footerOutlet = outlets.forName(m.group(1)).key();
            return true;
        }
        PageDates.Reading d = plain.length() <= 60 ? MetadataRules.reading(plain) : null;
        if (d != null) {
            // a date on a line of its own, "Tuesday 03/03/2020" under the standfirst
            parts.date(PageDates.Kind.HEADER, d);
            return true;
        }
        if (beforeBody && parts.title == null && plain.length() <= 250 && !plain.matches(".*[.!]\"?$")
                && !plain.contains("\u201d") && letterWords(plain) >= 3
                && !plain.matches("(?s).*[\\p{L}\\d][.!?][\"’')]*\\s+\\S.*")) {
            // (a caption "... on March 3, 2020. (AFP)" holds a whole sentence and is no headline)
            parts.title = plain;
            return true;
        }
        if (beforeBody && parts.title != null && plain.length() <= 250 && !plain.matches(".*[.!?:]\"?$")
                && !plain.contains("\"") && !plain.contains("\u201c") && plain.split("\\s+").length >= 5
                && !DATELINE_START.matcher(plain).find()) {
            // a standfirst under the headline restates the story; its "..., ministry says" is no statement
            return true;
        }
        if (beforeBody && plain.split("\\s+").length <= 3 && plain.length() <= 40 && !plain.matches(".*[.!?:]\"?$")
                && (parts.title == null || !CAPS_DATELINE.matcher(plain).matches())) {
            // a section label or kicker around the headline ("Mobile", "Fast News", "WORLD"), a tag chip ("• Idlib");
            // a place in capitals under the headline is the dateline and stays
            return true;
        }
        return false;
    }

    /** Words with at least one letter: "Adar, 29, 5778" (a calendar date) has one. */
    private static int letterWords(String s) {
        int n = 0;
        for (String w : s.split("\\s+")) {
            if (w.codePoints().anyMatch(Character::isLetter)) {
                n++;
            }
        }
        return n;
    }

    private static void footer(Entity outlet, ParsedParts parts) {
        if (outlet != null && parts.footerOutlet == null) {
            parts.footerOutlet = outlet.key();
        }
    }

    /** "By ZEINA KARAM and SUZAN FRASER, Associated Press": the outlet is the byline or one of its parts. */
    private void creditByline(String byline, ParsedParts parts) {
        // "By Jane Roe with AFP", "By JANE ROE and JOHN DOE, Associated Press"
        MetadataRules.outletsIn(byline, outlets).forEach(e -> parts.creditedOutlets.add(e.key()));
    }

    private void setUrl(ParsedParts parts, String url) {
        parts.sourceUrl = url;
        parts.domain(outlets, url);
    }

    /** A paragraph cut mid-sentence ("..., and" / "was not notified ...") is joined with its continuation. */
    static List<String> joinBrokenParagraphs(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            if (!out.isEmpty()) {
                String prev = out.get(out.size() - 1);
                boolean open = !prev.matches("(?s).*[.!?:\"”’')\\]*]$");
                if (open && !p.isEmpty() && Character.isLowerCase(p.charAt(0))) {
                    out.set(out.size() - 1, prev + " " + p);
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }
}

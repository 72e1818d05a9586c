package org.newsgraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates a page states about itself: a date written alone ("Tuesday 03/03/2020", "March 4, 2020 at
 * 9:15 am"), a labelled stamp ("Updated: 04-03-2020 10:12 IST"), a date in a URL path ({@code /2020/03/04/}).
 * Impossible dates (31/02/2020) are refused, never clamped; a date without a day or a year gives nothing.
 *
 * <pre>{@code
 * PageDates.read("Tuesday 03/03/2020").primary()   // 2020-03-03
 * PageDates.read("04/05/2020").alternate()          // 2020-04-05, the m/d reading a URL date may confirm
 * }</pre>
 */
final class PageDates {
    /** Where a date came from, strongest evidence first: the order in which {@link ParsedParts} trusts them. */
    enum Kind { STAMP, HEADER, URL, LEAD, UPDATED }

    /**
     * A date as read, and for a numeric date that reads both ways ("04/05/2020") its month-first alternate.
     *
     * @param primary   the day-first (or only possible) reading
     * @param alternate the month-first reading when both are valid and differ, else null
     */
    record Reading(LocalDate primary, LocalDate alternate) {
        static Reading of(LocalDate d) {
            return d == null ? null : new Reading(d, null);
        }

        /** The reading a date known from elsewhere (the URL) confirms, else the primary one. */
        LocalDate resolve(LocalDate hint) {
            return alternate != null && alternate.equals(hint) ? alternate : primary;
        }
    }

    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern DATE = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:"
            + "(?<iy>\\d{4})[-/.](?<im>\\d{1,2})[-/.](?<id>\\d{1,2})"
            + "|(?<na>\\d{1,2})(?<sep>[./-])(?<nb>\\d{1,2})\\k<sep>(?<ny>\\d{4})"
            + "|(?<dd>\\d{1,2})(?:st|nd|rd|th)?\\s*(?<dm>" + MONTH + "),?\\s+(?<dy>\\d{4})"
            + "|(?<mm>" + MONTH + ")\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<my>\\d{4})"
            + ")(?!\\d)(?![\\p{L}&&[^T]])");
    private static final String WEEKDAY = "(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?";
    /** What may stand around a date on a line of its own: a weekday before it, a time and zone after it. */
    private static final Pattern BEFORE = Pattern.compile("(?i)^[\\s,.|\u00b7\u2022*_-]*(?:" + WEEKDAY + "[\\s,]*)?$");
    private static final Pattern AFTER = Pattern.compile("(?i)^[\\s,|\u00b7*_-]*(?:(?:at|-|\u2013|\u2014)?\\s*T?"
            + "\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2}(?:\\.\\d+)?)?\\s*(?:[ap]\\.?m\\.?)?\\s*"
            + "(?:Z|[A-Z]{2,5}|(?:UTC|GMT)?\\s?[+-]\\d{1,2}(?::?\\d{2})?)?)?[\\s.,|*_)-]*$");
    private static final Pattern URL_SLASHED = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?=/|$|[?#])");
    private static final Pattern URL_COMPACT = Pattern.compile("(?<=[/_-])((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.?#-]|$)");
    private static final Pattern URL_DASHED = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");

    /**
     * "Published:", "Publish Date:", "Created:", "- Posted on", "Last Modified:", "Updated in:", "Updated" before a date;
     * group 1 set for a publication label.
     */
    private static final Pattern LABEL = Pattern.compile("(?i)^(?:[-*\u2022\u00b7>]\\s*)?(?:(first\\s+published|"
            + "publish(?:ed)?(?:\\s+(?:date|time|on))?|posted|created|dated?)|(?:last\\s+)?(?:updated|modified|edited))"
            + "(?:\\s*[:|\u2013\u2014-]|\\s+(?:on|at|by|in)\\b|\\s*(?=\\d|" + WEEKDAY + "|" + MONTH + "\\s+\\d|$))");
    private static final Pattern LEAD = Pattern.compile("(?i)^(?:date\\s+)?(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?![\\d-])\\s*(.*)$");

    /**
     * A labelled stamp: its kind ({@link Kind#STAMP} for a publication, {@link Kind#UPDATED} for an update) and
     * date, which is null when the label stands without a full date ("Updated 2 hours ago").
     */
    record Stamp(Kind kind, Reading reading) {
    }

    /**
     * A date the page opens with (the first token of the page, "2019-10-22 Russia and ...", or a stored copy's
     * "date 2020-02-21" line): the date (null when it gives no day, "date 2020-02") and the text after it.
     */
    record Lead(Reading reading, String rest) {
    }

    private PageDates() {
    }

    /**
     * Reads a short line opening with a date label, also in a bullet list and with several stamps on one line
     * ("Published: 3 March 2020 | Updated: 4 March 2020"); null for any other line. A publication stamp wins
     * over an update stamp on the same line.
     */
    static Stamp stamp(String line) {
        String t = line.replaceAll("[*_]", "").strip();
        if (t.length() > 160 || !LABEL.matcher(t).find()) {
            return null;
        }
        Stamp updated = null;
        for (String segment : t.split("\\s*[|\u00b7\u2022]\\s*")) {
            Matcher m = LABEL.matcher(segment);
            if (!m.find()) {
                continue;
            }
            Reading r = find(segment.substring(m.end()));
            if (m.group(1) != null && r != null) {
                return new Stamp(Kind.STAMP, r);
            }
            if (m.group(1) == null && updated == null) {
                updated = new Stamp(Kind.UPDATED, r);
            }
        }
        return updated != null ? updated : new Stamp(Kind.STAMP, null);
    }

    /** The date the page's first line opens with, or null if it opens otherwise. */
    static Lead lead(String firstLine) {
        Matcher m = LEAD.matcher(firstLine.strip());
        boolean labelled = firstLine.strip().regionMatches(true, 0, "date", 0, 4);
        if (!m.matches() || !labelled && (m.group(3) == null || m.group(4).isBlank())) {
            // a bare ISO date alone on the first line is a header date line, not a lead
            return null;
        }
        LocalDate d = m.group(3) == null ? null : date(m.group(1), m.group(2), m.group(3));
        return new Lead(Reading.of(d), m.group(4).strip());
    }

    /** A date written alone, perhaps with a weekday before it and a time after it; null if the line is more. */
    static Reading read(String s) {
        String t = s.replace('\u060c', ',').strip();
        Matcher m = DATE.matcher(t);
        if (!m.find() || !BEFORE.matcher(t.substring(0, m.start())).matches()
                || !AFTER.matcher(t.substring(m.end())).matches()) {
            return null;
        }
        return reading(m);
    }

    /**
     * The full dates written in a text that are no calendar date ("31/02/2020", "2020-13-01"): they are never read as
     * a date (nor moved to the end of the month), and the reader reports them.
     */
    static List<String> impossible(String s) {
        List<String> out = new java.util.ArrayList<>();
        Matcher m = DATE.matcher(s.replace('\u060c', ','));
        while (m.find()) {
            if (reading(m) == null && (m.group("iy") != null || m.group("ny") != null || month(
                    m.group("dm") != null ? m.group("dm") : m.group("mm")) != null)) {
                out.add(m.group().strip());
            }
        }
        return out;
    }

    /** The first valid full date written anywhere in a short text, or null. */
    static Reading find(String s) {
        Matcher m = DATE.matcher(s.replace('\u060c', ','));
        while (m.find()) {
            Reading r = reading(m);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** A date in a URL's path: {@code /2020/03/04/}, {@code /20200304/}, {@code -2020-03-04}; or null. */
    static LocalDate fromUrl(String url) {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("(?i)^[a-z]+://[^/]*", "");
        for (Pattern p : new Pattern[] {URL_SLASHED, URL_COMPACT, URL_DASHED}) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static Reading reading(Matcher m) {
        if (m.group("iy") != null) {
            return Reading.of(date(m.group("iy"), m.group("im"), m.group("id")));
        }
        if (m.group("ny") != null) {
            // day first unless only month first can be true; both valid: day first, the URL may say otherwise
            LocalDate dayFirst = date(m.group("ny"), m.group("nb"), m.group("na"));
            LocalDate monthFirst = date(m.group("ny"), m.group("na"), m.group("nb"));
            if (dayFirst == null) {
                return Reading.of(monthFirst);
            }
            return new Reading(dayFirst, monthFirst == null || monthFirst.equals(dayFirst) ? null : monthFirst);
        }
        if (m.group("dy") != null) {
            return Reading.of(date(m.group("dy"), month(m.group("dm")), m.group("dd")));
        }
        return Reading.of(date(m.group("my"), month(m.group("mm")), m.group("md")));
    }

    private static String month(String name) {
        String n = name.replace(".", "").toUpperCase(Locale.ROOT);
        for (Month mo : Month.values()) {
            if (mo.name().startsWith(n.length() > 3 && n.startsWith("SEPT") ? "SEPT" : n.substring(0, 3))
                    && (n.length() <= 4 || mo.name().equals(n))) {
                return String.valueOf(mo.getValue());
            }
        }
        return null;
    }

    /** A real calendar date or null: 31 February is refused, not moved to the end of the month. */
    private static LocalDate date(String year, String month, String day) {
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}

package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.config.OutletTable;
import org.newsgraph.model.Entity;

/** Small rules about article metadata shared by the text and HTML readers. */
final class MetadataRules {
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)(?:([A-Z][a-z]{2,8}\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Z][a-z]{2,8}\\.?))");
    private static final Pattern CREDIT_PART = Pattern.compile("[\\p{L}][\\p{L}.'’-]*(?: [\\p{L}][\\p{L}.'’-]*){0,3}");
    private static final Pattern CREDIT_SEPARATOR = Pattern.compile("\\s*[/|&,\u00b7]\\s*|\\s+[-\u2013\u2014]\\s+|\\s+(?:and|with)\\s+");
    private static final Pattern BOLD_CREDIT_TAIL = Pattern.compile("\\*\\*([^*]+)\\*\\*\\s*$");

    private MetadataRules() {
    }

    /**
     * A publication date written alone ("17/02/2020", "February 11, 2020", "Tuesday 03/03/2020", ISO), or null.
     * A date without a year gives null: a wrong year is worse than none.
     */
    static LocalDate parseDate(String s) {
        PageDates.Reading r = reading(s);
        return r == null ? null : r.primary();
    }

    /** Like {@link #parseDate}, keeping the second reading of an ambiguous numeric date. */
    static PageDates.Reading reading(String s) {
        return PageDates.read(s.replaceAll("[*_]", "").replaceAll("(?i)^\\s*(published|updated|date)[:\\s]+", ""));
    }

    /** The first full date written somewhere in a short line ("By AFP \u00b7 21 August 2019, 16:40"), or null. */
    static PageDates.Reading findDate(String s) {
        return PageDates.find(s);
    }

    /** A month and day written without a year ("August 20", "20 August", "Aug. 20"), or null. */
    static MonthDay parseMonthDay(String s) {
        Matcher m = MONTH_DAY.matcher(s.strip());
        if (!m.matches()) {
            return null;
        }
        String month = m.group(1) != null ? m.group(1) : m.group(4);
        String day = m.group(2) != null ? m.group(2) : m.group(3);
        for (Month mo : Month.values()) {
            if (mo.name().startsWith(month.toUpperCase(Locale.ROOT).replace(".", ""))
                    && month.replace(".", "").length() >= 3) {
                int d = Integer.parseInt(day);
                return d >= 1 && d <= mo.maxLength() ? MonthDay.of(mo, d) : null;
            }
        }
        return null;
    }

    /**
     * The known outlets a credit names: the whole credit ("Anadolu Agency"), else each part of a compound credit
     * ("Agency One / Agency Two - 12th October, 2019", "NNN-ANADOLU", "Jane Roe with AFP"), in order.
     */
    static List<Entity> outletsIn(String credit, OutletTable outlets) {
        List<Entity> out = new ArrayList<>();
        String c = credit.strip();
        Entity whole = outlets.forName(c);
        if (whole != null) {
            out.add(whole);
            return out;
        }
        for (String part : CREDIT_SEPARATOR.split(c)) {
            String p = part.strip();
            Entity e = p.isEmpty() ? null : outlets.forName(p);
            if (e == null && p.contains("-")) {
                // "NNN-ANADOLU": two agencies joined by a hyphen, each known by itself
                for (String half : p.split("-")) {
                    Entity h = half.isBlank() ? null : outlets.forName(half.strip());
                    if (h != null && !out.contains(h)) {
                        out.add(h);
                    }
                }
            } else if (e != null && !out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** A URL with the stray white space that copy-and-paste leaves inside it removed; null if it is no URL. */
    static String repairUrl(String s) {
        String t = s.strip().replaceAll("^<|>$", "").replaceAll("\\s+", "");
        return t.matches("(?i)https?://[^\\s/]+\\.[^\\s]+") ? t : null;
    }

    /** "Jane Doe / AFP / Getty Images": a photo credit, names separated by slashes. */
    static boolean isPhotoCredit(String s) {
        String t = s.strip().replaceAll("^[*_]+|[*_]+$", "").strip();
        String[] parts = t.split("\\s*/\\s*");
        if (parts.length < 2 || t.length() > 120) {
            return false;
        }
        for (String p : parts) {
            if (!CREDIT_PART.matcher(p).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A caption paragraph that ends with a bold photo credit. */
    static boolean endsWithPhotoCredit(String s) {
        Matcher m = BOLD_CREDIT_TAIL.matcher(s);
        return m.find() && isPhotoCredit(m.group(1));
    }

    /** Removes Markdown inline markup: links keep their text, emphasis marks and autolinks go. */
    static String stripInlineMarkup(String s) {
        return s.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("<(https?://[^>]+)>", "")
                .replaceAll("\\*\\*([^*]+)\\*\\*", "$1")
                .replaceAll("(?<![\\w*])\\*([^*\\n]+)\\*(?![\\w*])", "$1")
                .replaceAll("(?<!\\w)__([^_]+)__(?!\\w)", "$1")
                .replaceAll("[ \\t]+", " ")
                .strip();
    }
}

package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small rules about article metadata shared by the text and HTML readers. */
final class MetadataRules {
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d-M-uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d uuuu", Locale.ENGLISH));
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)(?:([A-Z][a-z]{2,8}\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Z][a-z]{2,8}\\.?))");
    private static final Pattern CREDIT_PART = Pattern.compile("[\\p{L}][\\p{L}.'’-]*(?: [\\p{L}][\\p{L}.'’-]*){0,3}");
    private static final Pattern BOLD_CREDIT_TAIL = Pattern.compile("\\*\\*([^*]+)\\*\\*\\s*$");

    private MetadataRules() {
    }

    /**
     * A publication date written alone ("17/02/2020", "February 11, 2020", "June 03, 2019", ISO), or null.
     * A date without a year gives null: a wrong year is worse than none.
     */
    static LocalDate parseDate(String s) {
        String t = s.strip().replaceAll("[*_]", "").replaceAll("(?i)^(published|updated|date)[:\\s]+", "")
                .replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replace('\u060c', ',')
                .replaceAll("(?i)\\bSept\\.?(?=\\s)", "Sep").replaceAll("\\b([A-Z][a-z]{2})\\.(?=\\s+\\d)", "$1")
                .replaceAll("\\s*,\\s*", ", ").replaceAll("\\s+", " ").strip();
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        try {
            return OffsetDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // not an ISO timestamp either
        }
        Matcher m = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[T ]").matcher(t);
        if (m.find()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
        return null;
    }

    private static final Pattern DATE_IN_TEXT = Pattern.compile("(?i)\\b(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4}"
            + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\b");

    /** The first full date written somewhere in a short line ("By AFP · 21 August 2019, 16:40"), or null. */
    static LocalDate findDate(String s) {
        Matcher m = DATE_IN_TEXT.matcher(s.replace('\u060c', ','));
        while (m.find()) {
            LocalDate d = parseDate(m.group());
            if (d != null) {
                return d;
            }
        }
        return null;
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

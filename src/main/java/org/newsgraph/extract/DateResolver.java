package org.newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;

/**
 * Finds time expressions and resolves them against the article's date, or against the event just mentioned
 * ("10 days later"). Past-tense news: a weekday or a month without a year means the most recent one on or before
 * the article date, never after it. Without an article date, relative expressions stay unresolved.
 *
 * <pre>{@code new DateResolver().find("The Kremlin said on Tuesday ...", LocalDate.of(2020, 2, 11))}</pre>
 */
public final class DateResolver {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\."
            // an abbreviation without its point only before a number: "Oct 9", "Mar 2020"
            + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?=\\s+\\d))";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String REL = "(?:\\b((?i:on|in|since|by|until|from|before|after|during))\\s+)?";
    private static final String NUM = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "a few|several|a couple of|a)";
    private static final Map<String, int[]> FUZZY = Map.of("a few", new int[] {2, 4}, "several", new int[] {3, 7},
            "a couple of", new int[] {2, 3});
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    static final Pattern DAY_MONTH = Pattern.compile(REL + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b"
            + "(?:,?\\s+(\\d{4})\\b|\\s+(last|this) year\\b)?");
    static final Pattern DAY_FIRST = Pattern.compile(REL + "(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + MONTH + "(?:,?\\s+(\\d{4})\\b|\\s+(last|this) year\\b)?");
    static final Pattern MONTH_ONLY = Pattern.compile("(?:\\b(?i:(in|since|by|until|from|during|last|this|next|"
            + "(?:at )?the (?:end|beginning|start|middle) of|early|late|mid-?))\\s*)?" + MONTH
            + "(?:\\s+(\\d{4})\\b|\\s+(last|this) year\\b)?");
    private static final Pattern YEAR = Pattern.compile("\\b(?i:(in|since|by|until|from|during|early|late|mid-?))\\s*((?:19|20)\\d{2})\\b");
    private static final Pattern WEEKDAY_P = Pattern.compile("(?:\\b(?i:(on|last|this|next|since|by|until))\\s+)?"
            + WEEKDAY + "(?:\\s+(morning|afternoon|evening|night))?");
    private static final Pattern FIXED = Pattern.compile("(?i)\\b((?:earlier|later) this (?:week|month|year)|"
            + "(?:over |in |during )?(?:the )?(?:past|previous|last) (?:week|month|year)|this (?:week|month|year)|"
            + "(?:in )?recent (?:weeks|days|months)|yesterday|today)\\b");
    private static final Pattern AGO = Pattern.compile("(?i)\\b" + NUM + "\\s+(days?|weeks?|months?|years?)\\s+ago\\b");
    private static final Pattern PAST_N = Pattern.compile("(?i)\\b(?:in|over|during) the (?:past|last) " + NUM
            + "\\s+(days|weeks|months)\\b");
    private static final Pattern WORD_FOLLOWS = Pattern.compile("\\s+[\\p{L}\\p{N}]");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b" + NUM
            + "\\s+(days?|weeks?|months?|years?)\\s+(later|earlier|before|after|afterwards|on)\\b(?!\\s+(?:the|a|an)\\b)");

    /** Every time expression in the text, in order, resolved where the article date (nullable) allows. */
    public List<DateExpression> find(String text, LocalDate articleDate) {
        List<DateExpression> raw = new ArrayList<>();
        absolute(text, articleDate, raw);
        weekdays(text, articleDate, raw);
        fixed(text, articleDate, raw);
        List<DateExpression> chosen = nonOverlapping(raw);
        List<DateExpression> withRelative = new ArrayList<>(chosen);
        Matcher m = RELATIVE.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (chosen.stream().anyMatch(d -> d.span().overlaps(span))) {
                continue;
            }
            // "a week after 34 soldiers were killed": a preposition before an event, not a shift from the last time
            if (m.group(3).matches("(?i)before|after")
                    && WORD_FOLLOWS.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue;
            }
            // The anchor is the time just mentioned, resolved or not: skipping an unresolved one would count from
            // an older, unrelated event.
            DateExpression anchor = chosen.stream().filter(d -> d.span().end() <= span.begin())
                    .reduce((a, b) -> b).orElse(null);
            withRelative.add(new DateExpression(span, m.group(), relative(m, anchor, span), "at"));
        }
        withRelative.sort(Comparator.comparing(DateExpression::span));
        return withRelative;
    }

    /** The first three letters of every alternative of {@link #MONTH}, which is case-sensitive. */
    private static final List<String> MONTH_STARTS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "Dec");

    /**
     * Whether the text holds the first three letters of a month's name: every match of the three patterns with a
     * {@link #MONTH} does. They have no literal to start from and were tried at every character of every sentence.
     */
    static boolean mayHoldMonth(String text) {
        for (String start : MONTH_STARTS) {
            if (text.contains(start)) {
                return true;
            }
        }
        return false;
    }

    private void absolute(String text, LocalDate a, List<DateExpression> out) {
        if (mayHoldMonth(text)) {
            months(text, a, out);
        }
        if (text.contains("19") || text.contains("20")) {
            Matcher m = YEAR.matcher(text);
            while (m.find()) {
                add(out, m, TimeValue.year(Integer.parseInt(m.group(2)), m.group(), span(m)), m.group(1));
            }
        }
    }

    private void months(String text, LocalDate a, List<DateExpression> out) {
        Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) {
            add(out, m, day(a, month(m.group(2)), Integer.parseInt(m.group(3)), m.group(4), m.group(5), m,
                    ahead(text, m.start())), m.group(1));
        }
        m = DAY_FIRST.matcher(text);
        while (m.find()) {
            add(out, m, day(a, month(m.group(3)), Integer.parseInt(m.group(2)), m.group(4), m.group(5), m,
                    ahead(text, m.start())), m.group(1));
        }
        m = MONTH_ONLY.matcher(text);
        while (m.find()) {
            add(out, m, monthValue(a, m), m.group(1));
        }
    }

    private static void add(List<DateExpression> out, Matcher m, TimeValue v, String prep) {
        out.add(new DateExpression(span(m), m.group(), v, relation(prep)));
    }

    private static String relation(String prep) {
        if (prep == null) {
            return "at";
        }
        String p = prep.toLowerCase(Locale.ROOT);
        return switch (p) {
            case "since", "from", "after" -> "since";
            case "by", "until", "before" -> "by";
            default -> "at";
        };
    }

    private static Span span(Matcher m) {
        return new Span(m.start(), m.end());
    }

    private static Month month(String name) {
        String n = name.replace(".", "").toUpperCase(Locale.ROOT);
        for (Month mo : Month.values()) {
            if (mo.name().startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
                return mo;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /**
     * True when the clause before an offset speaks of what is still to come ("patrols will start on March 15",
     * "talks are scheduled for"): a day without a year is then the next such day, not the last.
     */
    static boolean ahead(String text, int offset) {
        int from = Math.max(0, offset - 80);
        String before = text.substring(from, offset);
        int stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n'));
        return Modality.load().futureClause(stop >= 0 ? before.substring(stop + 1) : before);
    }

    private static TimeValue day(LocalDate a, Month mo, int d, String year, String relYear, Matcher m,
                                 boolean ahead) {
        if (year == null && relYear == null) {
            if (a == null) {
                return null;
            }
            LocalDate date = ahead ? nextOnOrAfter(a, mo, d) : mostRecentOnOrBefore(a, mo, d);
            return date == null ? null
                    : new TimeValue(TimeValue.Precision.DAY, date, date, m.group(), span(m), false, 0.85);
        }
        if (year == null && a == null) {
            return null;
        }
        int y = year != null ? Integer.parseInt(year) : relYear.equals("last") ? a.getYear() - 1 : a.getYear();
        return d < 1 || d > mo.length(java.time.Year.isLeap(y)) ? null
                : TimeValue.day(LocalDate.of(y, mo, d), m.group(), span(m));
    }

    /**
     * The latest day named "month d" on or before the article date. Past-tense news never means a day after the
     * article; February 29 goes back to the last leap year rather than to a February 28 the text never named.
     */
    private static LocalDate mostRecentOnOrBefore(LocalDate a, Month mo, int d) {
        if (d < 1 || d > mo.maxLength()) {
            return null;
        }
        for (int y = a.getYear(); y >= a.getYear() - 8; y--) {
            if (d <= mo.length(java.time.Year.isLeap(y)) && !LocalDate.of(y, mo, d).isAfter(a)) {
                return LocalDate.of(y, mo, d);
            }
        }
        return null;
    }

    /** The earliest day named "month d" on or after the article date. */
    private static LocalDate nextOnOrAfter(LocalDate a, Month mo, int d) {
        if (d < 1 || d > mo.maxLength()) {
            return null;
        }
        for (int y = a.getYear(); y <= a.getYear() + 8; y++) {
            if (d <= mo.length(java.time.Year.isLeap(y)) && !LocalDate.of(y, mo, d).isBefore(a)) {
                return LocalDate.of(y, mo, d);
            }
        }
        return null;
    }

    private static TimeValue monthValue(LocalDate a, Matcher m) {
        String prep = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        Month mo = month(m.group(2));
        YearMonth ym;
        if (m.group(3) != null) {
            ym = YearMonth.of(Integer.parseInt(m.group(3)), mo);
        } else if (a == null || prep.equals("next")) {
            return null;
        } else if (m.group(4) != null) {
            ym = YearMonth.of(m.group(4).equals("last") ? a.getYear() - 1 : a.getYear(), mo);
        } else {
            ym = YearMonth.of(a.getYear(), mo);
            boolean strictlyBefore = prep.equals("last");
            if (ym.isAfter(YearMonth.from(a)) || strictlyBefore && ym.equals(YearMonth.from(a))) {
                ym = ym.minusYears(1);
            }
        }
        Span s = span(m);
        if (prep.startsWith("early") || prep.contains("beginning") || prep.contains("start")) {
            return TimeValue.range(ym.atDay(1), ym.atDay(10), m.group(), s);
        }
        if (prep.startsWith("mid") || prep.contains("middle")) {
            return TimeValue.range(ym.atDay(11), ym.atDay(20), m.group(), s);
        }
        if (prep.startsWith("late") || prep.contains("end")) {
            return TimeValue.range(ym.atDay(21), ym.atEndOfMonth(), m.group(), s);
        }
        return TimeValue.month(ym, m.group(), s);
    }

    private void weekdays(String text, LocalDate a, List<DateExpression> out) {
        Matcher m = WEEKDAY_P.matcher(text);
        while (m.find()) {
            String prep = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            TimeValue v = null;
            if (a != null && !prep.equals("next")) {
                DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                LocalDate d = prep.equals("last") ? a.minusDays(1).with(TemporalAdjusters.previousOrSame(dow))
                        : a.with(TemporalAdjusters.previousOrSame(dow));
                v = new TimeValue(TimeValue.Precision.DAY, d, d, m.group(), span(m), false, 0.85);
            }
            out.add(new DateExpression(span(m), m.group(), v, relation(m.group(1))));
        }
    }

    private void fixed(String text, LocalDate a, List<DateExpression> out) {
        Matcher m = FIXED.matcher(text);
        while (m.find()) {
            out.add(new DateExpression(span(m), m.group(), a == null ? null : fixedValue(m.group(1), a, span(m)), "at"));
        }
        m = AGO.matcher(text);
        while (m.find()) {
            out.add(new DateExpression(span(m), m.group(), a == null ? null : ago(m, a), "at"));
        }
        m = PAST_N.matcher(text);
        while (m.find()) {
            Integer n = number(m.group(1));
            TimeValue v = a == null || n == null ? null
                    : TimeValue.range(a.minus(n, unit(m.group(2))), a, m.group(), span(m));
            out.add(new DateExpression(span(m), m.group(), v, "at"));
        }
    }

    /** "two weeks ago" is a day; "a few days ago" a range, with the same fuzzy quantities as "a few days later". */
    private static TimeValue ago(Matcher m, LocalDate a) {
        String q = m.group(1).toLowerCase(Locale.ROOT);
        ChronoUnit unit = unit(m.group(2));
        int[] fuzzy = FUZZY.get(q);
        if (fuzzy != null) {
            return new TimeValue(TimeValue.Precision.RANGE, a.minus(fuzzy[1], unit), a.minus(fuzzy[0], unit),
                    m.group(), span(m), false, 0.5);
        }
        LocalDate d = a.minus(number(q), unit);
        return new TimeValue(TimeValue.Precision.DAY, d, d, m.group(), span(m), false, 0.6);
    }

    private static TimeValue fixedValue(String expr, LocalDate a, Span s) {
        String e = expr.toLowerCase(Locale.ROOT).replaceFirst("^(over|in|during) ", "").replaceFirst("^the ", "");
        LocalDate monday = a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return switch (e) {
            case "yesterday" -> TimeValue.day(a.minusDays(1), expr, s);
            case "today" -> TimeValue.day(a, expr, s);
            case "this week", "earlier this week" -> TimeValue.range(monday, a, expr, s);
            case "last week", "previous week" -> TimeValue.range(monday.minusWeeks(1), monday.minusDays(1), expr, s);
            case "past week" -> TimeValue.range(a.minusDays(7), a, expr, s);
            case "this month", "earlier this month" -> TimeValue.range(a.withDayOfMonth(1), a, expr, s);
            case "last month", "previous month" -> TimeValue.month(YearMonth.from(a).minusMonths(1), expr, s);
            case "past month" -> TimeValue.range(a.minusMonths(1), a, expr, s);
            case "this year", "earlier this year" -> TimeValue.range(a.withDayOfYear(1), a, expr, s);
            case "last year", "previous year" -> TimeValue.year(a.getYear() - 1, expr, s);
            case "past year" -> TimeValue.range(a.minusYears(1), a, expr, s);
            case "recent days" -> TimeValue.range(a.minusDays(7), a, expr, s);
            case "recent weeks" -> TimeValue.range(a.minusWeeks(4), a, expr, s);
            case "recent months" -> TimeValue.range(a.minusMonths(4), a, expr, s);
            default -> null;
        };
    }

    /** "10 days later", "two days earlier", "a few months later": shifted from the event just mentioned. */
    private static TimeValue relative(Matcher m, DateExpression anchor, Span s) {
        if (anchor == null || anchor.value() == null) {
            return null;
        }
        TimeValue base = anchor.value();
        String q = m.group(1).toLowerCase(Locale.ROOT);
        ChronoUnit unit = unit(m.group(2));
        int sign = m.group(3).toLowerCase(Locale.ROOT).matches("earlier|before") ? -1 : 1;
        int[] fuzzy = FUZZY.get(q);
        if (fuzzy != null || base.precision() != TimeValue.Precision.DAY) {
            int lo = fuzzy == null ? number(q) : fuzzy[0];
            int hi = fuzzy == null ? lo : fuzzy[1];
            LocalDate from = sign > 0 ? base.earliest().plus(lo, unit) : base.earliest().minus(hi, unit);
            LocalDate to = sign > 0 ? base.latest().plus(hi, unit) : base.latest().minus(lo, unit);
            return new TimeValue(TimeValue.Precision.RANGE, from, to, m.group(), s, false, fuzzy == null ? 0.7 : 0.5);
        }
        LocalDate d = base.earliest().plus((long) sign * number(q), unit);
        return new TimeValue(TimeValue.Precision.DAY, d, d, m.group(), s, false, 0.8);
    }

    private static ChronoUnit unit(String u) {
        String l = u.toLowerCase(Locale.ROOT);
        return l.startsWith("day") ? ChronoUnit.DAYS : l.startsWith("week") ? ChronoUnit.WEEKS
                : l.startsWith("month") ? ChronoUnit.MONTHS : ChronoUnit.YEARS;
    }

    static Integer number(String s) {
        String l = s.toLowerCase(Locale.ROOT).strip();
        if (l.matches("\\d+")) {
            return Integer.valueOf(l);
        }
        if (l.equals("a")) {
            return 1;
        }
        int i = NUMBERS.indexOf(l);
        return i >= 0 ? i : null;
    }

    private static List<DateExpression> nonOverlapping(List<DateExpression> all) {
        List<DateExpression> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt((DateExpression d) -> d.span().length()).reversed());
        List<DateExpression> out = new ArrayList<>();
        for (DateExpression d : sorted) {
            if (out.stream().noneMatch(o -> o.span().overlaps(d.span()))) {
                out.add(d);
            }
        }
        out.sort(Comparator.comparing(DateExpression::span));
        return out;
    }
}

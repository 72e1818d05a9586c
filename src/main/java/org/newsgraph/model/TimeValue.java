package org.newsgraph.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resolved time: a day, a month, a year, or a range of days, with the words that gave it.
 *
 * @param precision  how much the text said
 * @param earliest   first day covered
 * @param latest     last day covered (equal to earliest for a day)
 * @param text       the words, e.g. "on Monday"
 * @param span       where the words are in the article text, or null when inferred without words
 * @param inferred   true when the value is a guess (e.g. a statement dated by its article)
 * @param confidence 0..1
 */
public record TimeValue(Precision precision, LocalDate earliest, LocalDate latest, String text, Span span,
                        boolean inferred, double confidence) {

    /** xsd:date, xsd:gYearMonth or xsd:gYear, with an optional time zone (Z, +02:00). */
    private static final Pattern LEXICAL =
            Pattern.compile("(-?\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:Z|[+-]\\d{2}:\\d{2})?");

    /** How precise a time value is; decides the XSD datatype it is written with. */
    public enum Precision { DAY, MONTH, YEAR, RANGE }

    public TimeValue {
        Objects.requireNonNull(precision);
        Objects.requireNonNull(earliest);
        Objects.requireNonNull(latest);
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("range ends before it starts: " + earliest + ".." + latest);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
        }
    }

    public static TimeValue day(LocalDate d, String text, Span span) {
        return new TimeValue(Precision.DAY, d, d, text, span, false, 0.95);
    }

    public static TimeValue month(YearMonth m, String text, Span span) {
        return new TimeValue(Precision.MONTH, m.atDay(1), m.atEndOfMonth(), text, span, false, 0.9);
    }

    public static TimeValue year(int y, String text, Span span) {
        return new TimeValue(Precision.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), text, span, false, 0.9);
    }

    public static TimeValue range(LocalDate from, LocalDate to, String text, Span span) {
        return new TimeValue(Precision.RANGE, from, to, text, span, false, 0.85);
    }

    public TimeValue asInferred(double newConfidence, String why) {
        return new TimeValue(precision, earliest, latest, why, span, true, newConfidence);
    }

    /** The lexical form for the XSD type that matches the precision (ranges give null). */
    public String lexical() {
        return switch (precision) {
            case DAY -> earliest.toString();
            case MONTH -> YearMonth.from(earliest).toString();
            case YEAR -> String.valueOf(earliest.getYear());
            case RANGE -> null;
        };
    }

    /**
     * The inverse of {@link #lexical()}: the days an xsd:date ({@code 2020-02-17}), xsd:gYearMonth ({@code 2020-02})
     * or xsd:gYear ({@code 2020}) lexical form covers, a time zone allowed after it; null when the text is no such
     * date (or no real day, like {@code 2020-02-30}).
     */
    public static TimeValue ofLexical(String lexical) {
        Matcher m = LEXICAL.matcher(lexical.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            if (m.group(3) != null) {
                return day(LocalDate.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)), null, null);
            }
            if (m.group(2) != null) {
                return month(YearMonth.parse(m.group(1) + "-" + m.group(2)), null, null);
            }
            return year(Integer.parseInt(m.group(1)), null, null);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** True when this value covers the given day. */
    public boolean covers(LocalDate d) {
        return !d.isBefore(earliest) && !d.isAfter(latest);
    }
}

package org.newsgraph.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

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

    /** True when this value covers the given day. */
    public boolean covers(LocalDate d) {
        return !d.isBefore(earliest) && !d.isAfter(latest);
    }
}

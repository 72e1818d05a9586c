package org.newsgraph.export;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the graph's dates of some precision (xsd:date, xsd:gYearMonth, xsd:gYear) into timeline intervals. */
final class Dates {
    // an optional time zone (Z, +02:00) may follow any of the three forms
    private static final Pattern FORM = Pattern.compile("(-?\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:Z|[+-]\\d{2}:\\d{2})?");

    private Dates() {
    }

    /**
     * The days a date covers: {@code 2020-02-17} is that day, {@code 2020-02} the whole month, {@code 2020} the
     * whole year. Null when the text is not such a date.
     */
    static PropertyGraph.Interval interval(String lexical) {
        Matcher m = FORM.matcher(lexical.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            if (m.group(3) != null) {
                String day = LocalDate.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)).toString();
                return new PropertyGraph.Interval(day, day);
            }
            if (m.group(2) != null) {
                YearMonth ym = YearMonth.parse(m.group(1) + "-" + m.group(2));
                return new PropertyGraph.Interval(ym.atDay(1).toString(), ym.atEndOfMonth().toString());
            }
            Year y = Year.of(Integer.parseInt(m.group(1)));
            return new PropertyGraph.Interval(y.atDay(1).toString(), y.atMonth(12).atEndOfMonth().toString());
        } catch (DateTimeParseException | NumberFormatException e) {
            return null; // e.g. 2020-02-30: no interval rather than a broken timeline
        }
    }

    /** The ISO day of an xsd:date, or null. */
    static String day(String lexical) {
        PropertyGraph.Interval i = interval(lexical);
        return i != null && i.start().equals(i.end()) ? i.start() : null;
    }
}

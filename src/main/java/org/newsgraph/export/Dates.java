package org.newsgraph.export;

import org.newsgraph.model.TimeValue;

/** Turns the graph's dates of some precision (xsd:date, xsd:gYearMonth, xsd:gYear) into timeline intervals. */
final class Dates {
    private Dates() {
    }

    /**
     * The days a date covers: {@code 2020-02-17} is that day, {@code 2020-02} the whole month, {@code 2020} the
     * whole year. Null when the text is not such a date.
     */
    static PropertyGraph.Interval interval(String lexical) {
        TimeValue t = TimeValue.ofLexical(lexical);
        return t == null ? null : new PropertyGraph.Interval(t.earliest().toString(), t.latest().toString());
    }

    /** The ISO day of an xsd:date, or null. */
    static String day(String lexical) {
        PropertyGraph.Interval i = interval(lexical);
        return i != null && i.start().equals(i.end()) ? i.start() : null;
    }
}

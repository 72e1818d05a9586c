package org.newsgraph.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;

/** The months under which fusion files a report for its candidates to be found by index. */
final class Months {
    private Months() {
    }

    /**
     * The months the days from {@code earliest} to {@code latest} touch, a day either side: an inferred date may be
     * a day off, across the turn of a month, and the link test allows it.
     */
    static Set<YearMonth> around(LocalDate earliest, LocalDate latest) {
        Set<YearMonth> out = new TreeSet<>();
        for (YearMonth m = YearMonth.from(earliest.minusDays(1)); !m.isAfter(YearMonth.from(latest.plusDays(1)));
                m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }
}

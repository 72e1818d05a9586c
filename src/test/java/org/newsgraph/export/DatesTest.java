package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void aDayIsAOneDayInterval() {
        assertEquals(new PropertyGraph.Interval("2020-02-17", "2020-02-17"), Dates.interval("2020-02-17"));
        assertEquals(new PropertyGraph.Interval("2020-02-17", "2020-02-17"), Dates.interval("2020-02-17Z"));
    }

    @Test
    void aMonthOrYearCoversAllItsDays() {
        assertEquals(new PropertyGraph.Interval("2020-02-01", "2020-02-29"), Dates.interval("2020-02"));
        assertEquals(new PropertyGraph.Interval("2019-01-01", "2019-12-31"), Dates.interval("2019"));
    }

    @Test
    void somethingElseGivesNoInterval() {
        assertNull(Dates.interval("last week"));
        assertNull(Dates.interval("2020-02-30"));
        assertNull(Dates.day("2020-02"));
        assertEquals("2020-02-03", Dates.day("2020-02-03"));
    }
}

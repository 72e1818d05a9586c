package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tuesday 03/03/2020              | 2020-03-03
            Tue, 17/02/2020                 | 2020-02-17
            17/02/2020                      | 2020-02-17
            15.03.2020                      | 2020-03-15
            March 4, 2020 at 9:15 am        | 2020-03-04
            4 March 2020, 16:40             | 2020-03-04
            Sept. 4, 2019                   | 2019-09-04
            2nd August 2019                 | 2019-08-02
            2019-10-14T09:00:00+03:00       | 2019-10-14
            04-03-2020 10:12 IST            | 2020-03-04
            Wednesday, June 3, 2020 14:05 GMT | 2020-06-03
            Thu 2020-03-05 08:35:22         | 2020-03-05
            Thu 5th March 2020, 11:20 AM    | 2020-03-05
            5March 2020                     | 2020-03-05
            """)
    void readsADateWrittenAloneWithWeekdayAndTime(String line, LocalDate date) {
        assertEquals(date, PageDates.read(line).primary());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"31/02/2020", "2020-02-30", "February 30, 2020", "31 April 2019", "13/13/2020",
            "2020-02", "August 20", "Turkey sent troops on 3 March 2020.", "March 2020"})
    void refusesImpossibleIncompleteOrEmbeddedDates(String line) {
        assertNull(PageDates.read(line));
    }

    @Test
    void numericDateReadsDayFirstUnlessOnlyMonthFirstIsPossible() {
        assertEquals(new PageDates.Reading(LocalDate.of(2020, 4, 3), LocalDate.of(2020, 3, 4)),
                PageDates.read("03/04/2020"));
        assertEquals(new PageDates.Reading(LocalDate.of(2020, 3, 13), null), PageDates.read("13/03/2020"));
        assertEquals(new PageDates.Reading(LocalDate.of(2020, 3, 13), null), PageDates.read("03/13/2020"));
        assertEquals(new PageDates.Reading(LocalDate.of(2020, 5, 5), null), PageDates.read("05/05/2020"));
    }

    @Test
    void ambiguousDateTakesTheReadingTheUrlConfirms() {
        PageDates.Reading r = PageDates.read("03/04/2020");

        assertEquals(LocalDate.of(2020, 3, 4), r.resolve(LocalDate.of(2020, 3, 4)));
        assertEquals(LocalDate.of(2020, 4, 3), r.resolve(LocalDate.of(2019, 1, 1)));
        assertEquals(LocalDate.of(2020, 4, 3), r.resolve(null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            https://example.org/world/2020/03/04/talks-in-ankara          | 2020-03-04
            https://example.org/news/2020/3/4/talks-in-ankara             | 2020-03-04
            https://example.org/a/20200304/talks.html                     | 2020-03-04
            https://example.org/news/talks-in-ankara-2020-03-04           | 2020-03-04
            https://example.org/2020/02/31/impossible                     | none
            https://example.org/en/noticias/199450-talks-in-ankara        | none
            https://example.org/story/12345678/talks                      | none
            https://20200304.example.org/talks                            | none
            """)
    void readsTheDateInAUrlPath(String url, LocalDate date) {
        assertEquals(date, PageDates.fromUrl(url));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Updated: 04-03-2020 10:12 IST                         | UPDATED | 2020-03-04
            - Posted on March 4, 2020 at 9:15 am                  | STAMP   | 2020-03-04
            * Last Modified: 5 March 2020                         | UPDATED | 2020-03-05
            Published on 3 March 2020                             | STAMP   | 2020-03-03
            First published: Tuesday 3 March 2020                 | STAMP   | 2020-03-03
            Updated 4 March 2020 · Published 3 March 2020    | STAMP   | 2020-03-03
            Publish Date: 12March 2020 - 09:40                    | STAMP   | 2020-03-12
            Updated in: 2 October 2021 - 11:05                    | UPDATED | 2021-10-02
            • Created: 05-03-2020 08:10 IST                       | STAMP   | 2020-03-05
            """)
    void readsLabelledStamps(String line, PageDates.Kind kind, LocalDate date) {
        PageDates.Stamp s = PageDates.stamp(line);

        assertEquals(kind, s.kind());
        assertEquals(date, s.reading().primary());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Updated figures from the ministry showed 12 dead on 4 March 2020.",
            "Publishers in Damascus said on 4 March 2020 that paper was short.",
            "The posted guards left on March 4, 2020."})
    void bodySentenceStartingWithALabelWordIsNoStamp(String line) {
        assertNull(PageDates.stamp(line));
    }

    @Test
    void leadDateOpensThePage() {
        assertEquals(new PageDates.Lead(PageDates.Reading.of(LocalDate.of(2019, 10, 22)), "Russia and Turkey met."),
                PageDates.lead("2019-10-22 Russia and Turkey met."));
        assertEquals(new PageDates.Lead(PageDates.Reading.of(LocalDate.of(2020, 2, 21)), "Moscow said so."),
                PageDates.lead(" date 2020-02-21 Moscow said so."));
        assertEquals(new PageDates.Lead(null, "Moscow said so."), PageDates.lead("date 2020-02 Moscow said so."));
        assertNull(PageDates.lead("2019-10-22"));
        assertNull(PageDates.lead("2019 was a hard year for Idlib."));
    }
}

package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.TimeValue.Precision;

class DateResolverTest {
    @Test
    void everyMatchOfAMonthPatternHoldsTheStartOfAMonthName() throws Exception {
        // the month patterns run only on texts for which mayHoldMonth is true: that must lose no match
        int matches = 0;
        for (String text : RepositoryArticles.read().values()) {
            for (Pattern month : List.of(DateResolver.DAY_MONTH, DateResolver.DAY_FIRST, DateResolver.MONTH_ONLY)) {
                Matcher m = month.matcher(text);
                while (m.find()) {
                    assertTrue(DateResolver.mayHoldMonth(m.group()), m.group());
                    matches++;
                }
            }
        }
        assertTrue(matches > 100, "matches: " + matches);
        for (String t : List.of("Sept. 3", "on 3 Jan 2020", "mid-March", "by the 5th of May", "Dec. 31, 2019")) {
            assertTrue(DateResolver.mayHoldMonth(t), t);
        }
        assertFalse(DateResolver.mayHoldMonth("may march in june"), "the month names are matched with a capital");
    }

    private final DateResolver resolver = new DateResolver();

    /**
     * Columns: article date | sentence | words the expression must cover | precision | earliest | latest |
     * lexical form ("-" for none, as for ranges).
     */
    @ParameterizedTest(name = "[{index}] {2} in article of {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2019-08-20 | Putin met Macron on Monday.                                   | on Monday            | DAY   | 2019-08-19 | 2019-08-19 | 2019-08-19
            2020-02-11 | The Kremlin said on Tuesday that attacks must stop.            | on Tuesday           | DAY   | 2020-02-11 | 2020-02-11 | 2020-02-11
            2019-06-03 | Trump on Sunday urged Russia to stop bombing Idlib.            | on Sunday            | DAY   | 2019-06-02 | 2019-06-02 | 2019-06-02
            2019-06-03 | It followed a Friday Kremlin statement.                        | Friday               | DAY   | 2019-05-31 | 2019-05-31 | 2019-05-31
            2019-08-20 | The two leaders spoke last Monday.                             | last Monday          | DAY   | 2019-08-19 | 2019-08-19 | 2019-08-19
            2019-08-19 | The two leaders spoke last Monday.                             | last Monday          | DAY   | 2019-08-12 | 2019-08-12 | 2019-08-12
            2019-08-20 | Troops moved in on Monday morning.                             | on Monday morning    | DAY   | 2019-08-19 | 2019-08-19 | 2019-08-19
            2020-02-17 | Peskov said in a briefing on February 17.                      | on February 17       | DAY   | 2020-02-17 | 2020-02-17 | 2020-02-17
            2019-08-20 | On August 5, the Syrian army declared an offensive.            | August 5             | DAY   | 2019-08-05 | 2019-08-05 | 2019-08-05
            2020-03-06 | Joint patrols will start on March 15 along the M4.            | March 15             | DAY   | 2020-03-15 | 2020-03-15 | 2020-03-15
            2020-03-06 | Talks are scheduled for March 10 in Ankara.                    | March 10             | DAY   | 2020-03-10 | 2020-03-10 | 2020-03-10
            2020-03-06 | The patrols started on March 1 along the M4.                   | March 1              | DAY   | 2020-03-01 | 2020-03-01 | 2020-03-01
            2020-01-05 | The talks took place on December 30.                           | December 30          | DAY   | 2019-12-30 | 2019-12-30 | 2019-12-30
            2020-02-11 | The convoy was hit on Feb. 3 near Saraqib.                     | Feb. 3               | DAY   | 2020-02-03 | 2020-02-03 | 2020-02-03
            2020-02-11 | Patrols began on Sept. 17 along the M4.                        | Sept. 17             | DAY   | 2019-09-17 | 2019-09-17 | 2019-09-17
            2020-02-11 | The summit is set for February 17, 2020 in Moscow.             | February 17, 2020    | DAY   | 2020-02-17 | 2020-02-17 | 2020-02-17
            2020-03-01 | The memorandum was signed on 17 February 2020.                 | 17 February 2020     | DAY   | 2020-02-17 | 2020-02-17 | 2020-02-17
            2019-06-03 | The deal dates from the 17th of February.                      | 17th of February     | DAY   | 2019-02-17 | 2019-02-17 | 2019-02-17
            2019-08-20 | Arms were to be pulled out by October 17 last year.            | October 17 last year | DAY   | 2018-10-17 | 2018-10-17 | 2018-10-17
            2019-06-03 | Last September, Russia and Turkey inked a deal.                | Last September       | MONTH | 2018-09-01 | 2018-09-30 | 2018-09
            2019-06-03 | It was a deal reached between Russia and Turkey in September.  | in September         | MONTH | 2018-09-01 | 2018-09-30 | 2018-09
            2019-06-03 | Fighting has intensified in June.                              | in June              | MONTH | 2019-06-01 | 2019-06-30 | 2019-06
            2019-06-03 | Fighting was fierce last June.                                 | last June            | MONTH | 2018-06-01 | 2018-06-30 | 2018-06
            2020-02-11 | They struck another deal in October last year.                 | in October last year | MONTH | 2019-10-01 | 2019-10-31 | 2019-10
            2019-08-20 | Russia intervened in September 2015.                           | in September 2015    | MONTH | 2015-09-01 | 2015-09-30 | 2015-09
            2019-08-20 | Syria has been gripped by militancy since March 2011.          | since March 2011     | MONTH | 2011-03-01 | 2011-03-31 | 2011-03
            2020-02-11 | Talks stalled last month.                                      | last month           | MONTH | 2020-01-01 | 2020-01-31 | 2020-01
            2020-02-11 | Russia hashed out a deal with Turkey in 2018.                  | in 2018              | YEAR  | 2018-01-01 | 2018-12-31 | 2018
            2020-02-11 | It is the first time since 2012.                               | since 2012           | YEAR  | 2012-01-01 | 2012-12-31 | 2012
            2020-02-11 | The offensive began last year.                                 | last year            | YEAR  | 2019-01-01 | 2019-12-31 | 2019
            2020-02-17 | The leaders discussed it in a phone call last week.            | last week            | RANGE | 2020-02-10 | 2020-02-16 | -
            2020-02-11 | Russia said last week that troops had been killed.             | last week            | RANGE | 2020-02-03 | 2020-02-09 | -
            2020-02-11 | Turkey and Russia this week held talks in Ankara.              | this week            | RANGE | 2020-02-10 | 2020-02-11 | -
            2020-02-11 | Thirteen soldiers were killed in the past week.                | the past week        | RANGE | 2020-02-04 | 2020-02-11 | -
            2020-02-11 | Tension has grown over the past week.                          | the past week        | RANGE | 2020-02-04 | 2020-02-11 | -
            2019-08-20 | The offensive was launched earlier this month.                 | earlier this month   | RANGE | 2019-08-01 | 2019-08-20 | -
            2020-02-11 | Refugee flows have grown earlier this year.                    | earlier this year    | RANGE | 2020-01-01 | 2020-02-11 | -
            2019-06-03 | Strikes began at the end of April.                             | end of April         | RANGE | 2019-04-21 | 2019-04-30 | -
            2020-02-17 | The offensive began in early March.                            | early March          | RANGE | 2019-03-01 | 2019-03-10 | -
            2019-06-03 | Shelling resumed in late May.                                  | late May             | RANGE | 2019-05-21 | 2019-05-31 | -
            2019-06-03 | Shelling resumed in mid-May.                                   | mid-May              | RANGE | 2019-05-11 | 2019-05-20 | -
            2020-02-17 | Tensions have been rising in recent weeks.                     | in recent weeks      | RANGE | 2020-01-20 | 2020-02-17 | -
            2020-02-11 | Shelling went on in the past three days.                       | past three days      | RANGE | 2020-02-08 | 2020-02-11 | -
            2020-02-11 | Ankara sent reinforcements yesterday.                          | yesterday            | DAY   | 2020-02-10 | 2020-02-10 | 2020-02-10
            2020-02-11 | The ministry confirmed the deaths today.                       | today                | DAY   | 2020-02-11 | 2020-02-11 | 2020-02-11
            2020-02-11 | The convoy was hit two weeks ago.                              | two weeks ago        | DAY   | 2020-01-28 | 2020-01-28 | 2020-01-28
            2020-02-11 | The road was cut 3 days ago.                                   | 3 days ago           | DAY   | 2020-02-08 | 2020-02-08 | 2020-02-08
            2020-02-11 | The strike came a week ago.                                    | a week ago           | DAY   | 2020-02-04 | 2020-02-04 | 2020-02-04
            2020-02-11 | Shelling resumed a few weeks ago.                              | a few weeks ago      | RANGE | 2020-01-14 | 2020-01-28 | -
            2020-02-11 | Talks collapsed several days ago.                              | several days ago     | RANGE | 2020-02-04 | 2020-02-08 | -
            2020-02-13 | Russia and Turkey held talks earlier this week.                | earlier this week    | RANGE | 2020-02-10 | 2020-02-13 | -
            2020-02-11 | The previous week had been the deadliest.                      | previous week        | RANGE | 2020-02-03 | 2020-02-09 | -
            2020-01-15 | Talks stalled last month.                                      | last month           | MONTH | 2019-12-01 | 2019-12-31 | 2019-12
            2020-02-11 | Casualties have mounted over the past month.                   | the past month       | RANGE | 2020-01-11 | 2020-02-11 | -
            2020-02-11 | Shelling intensified in recent days.                           | in recent days       | RANGE | 2020-02-04 | 2020-02-11 | -
            2020-02-11 | Casualties rose over the past two weeks.                       | past two weeks       | RANGE | 2020-01-28 | 2020-02-11 | -
            2020-02-11 | The army advanced on Saturday.                                 | on Saturday          | DAY   | 2020-02-08 | 2020-02-08 | 2020-02-08
            2020-02-17 | Erdogan spoke with Putin on Saturday night.                    | on Saturday night    | DAY   | 2020-02-15 | 2020-02-15 | 2020-02-15
            2020-02-11 | Shelling resumed in mid-March.                                 | mid-March            | RANGE | 2019-03-11 | 2019-03-20 | -
            2019-06-03 | Strikes began in late April 2018.                              | late April 2018      | RANGE | 2018-04-21 | 2018-04-30 | -
            2020-01-01 | The ceasefire began on December 31.                            | December 31          | DAY   | 2019-12-31 | 2019-12-31 | 2019-12-31
            2021-03-01 | The deal collapsed on February 29.                             | February 29          | DAY   | 2020-02-29 | 2020-02-29 | 2020-02-29
            """)
    void resolvesAgainstArticleDate(LocalDate article, String sentence, String words, Precision precision,
                                    LocalDate earliest, LocalDate latest, String lexical) {
        TimeValue v = valueCovering(sentence, article, words);

        assertEquals(precision, v.precision(), "precision");
        assertEquals(earliest, v.earliest(), "earliest");
        assertEquals(latest, v.latest(), "latest");
        assertEquals(lexical.equals("-") ? null : lexical, v.lexical(), "lexical form");
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Syria has been gripped by militancy since March 2011.       | since March 2011        | since
            Russia has been at war in Syria since 2015.                 | since 2015              | since
            Heavy arms were to be pulled out by October 17 last year.   | by October 17 last year | by
            The truce holds until Friday.                               | until Friday            | by
            Russia intervened in September 2015.                        | in September 2015       | at
            The Kremlin said on Tuesday that attacks must stop.         | on Tuesday              | at
            """)
    void prepositionGivesRelation(String sentence, String expressionText, String relation) {
        DateExpression e = expressionCovering(sentence, LocalDate.of(2020, 2, 11), expressionText);

        assertEquals(expressionText, e.text());
        assertEquals(relation, e.relation());
    }

    @Test
    void aShiftBeforeAnEventClauseIsAPrepositionNotAShiftFromTheLastTime() {
        String text = "Patrols will start on March 15. The deal comes a week after 34 soldiers were killed on"
                + " February 27.";

        List<DateExpression> found = resolver.find(text, LocalDate.of(2020, 3, 6));

        assertEquals(List.of("on March 15", "on February 27"), found.stream().map(DateExpression::text).toList());
        assertEquals(LocalDate.of(2020, 2, 27), found.get(1).value().earliest());
    }

    @Test
    void tenDaysLaterCountsFromTheEventJustMentioned() {
        String text = "On February 3, a Turkish convoy came under artillery fire. Ankara sent additional troops "
                + "into the de-escalation zone 10 days later.";

        TimeValue v = valueCovering(text, LocalDate.of(2020, 2, 17), "10 days later");

        assertEquals(Precision.DAY, v.precision());
        assertEquals("2020-02-13", v.lexical());
    }

    @Test
    void twoDaysEarlierCountsBackFromTheDeadlineJustMentioned() {
        String text = "Militants were supposed to pull out heavy arms by October 17 last year, and Takfiri groups "
                + "had to withdraw two days earlier.";

        TimeValue v = valueCovering(text, LocalDate.of(2019, 8, 20), "two days earlier");

        assertEquals(Precision.DAY, v.precision());
        assertEquals(LocalDate.of(2018, 10, 15), v.earliest());
    }

    @Test
    void aFewMonthsLaterIsARangeAfterTheMonthJustMentioned() {
        String text = "Last September, Russia and Turkey inked a buffer zone agreement. However, a few months later, "
                + "HTS swept through towns and villages in Idlib.";

        TimeValue v = valueCovering(text, LocalDate.of(2019, 6, 3), "a few months later");

        assertEquals(Precision.RANGE, v.precision());
        assertEquals(LocalDate.of(2018, 11, 1), v.earliest());
        assertEquals(YearMonth.of(2019, 1), YearMonth.from(v.latest()));
        assertNull(v.lexical());
    }

    @Test
    void aDayLaterCountsFromTheDayJustMentioned() {
        String text = "On February 3, a Turkish convoy came under fire. A day later, Ankara struck back.";

        TimeValue v = valueCovering(text, LocalDate.of(2020, 2, 17), "A day later");

        assertEquals(Precision.DAY, v.precision());
        assertEquals("2020-02-04", v.lexical());
    }

    @Test
    void aCoupleOfDaysLaterIsARangeAfterTheDayJustMentioned() {
        String text = "On February 3, a Turkish convoy came under fire. A couple of days later, Ankara struck back.";

        TimeValue v = valueCovering(text, LocalDate.of(2020, 2, 17), "couple of days later");

        assertEquals(Precision.RANGE, v.precision());
        assertEquals(LocalDate.of(2020, 2, 5), v.earliest());
        assertEquals(LocalDate.of(2020, 2, 6), v.latest());
    }

    @Test
    void daysLaterAfterAMonthWithAYearResolvesEvenInAnUndatedArticle() {
        String text = "Russia intervened in September 2015. Ten days later, its jets struck Idlib.";

        TimeValue v = valueCovering(text, null, "Ten days later");

        assertEquals(Precision.RANGE, v.precision());
        assertEquals(LocalDate.of(2015, 9, 11), v.earliest());
        assertEquals(LocalDate.of(2015, 10, 10), v.latest());
    }

    @Test
    void relativeExpressionAfterAnUnresolvedEventInADatedArticleStaysUnresolved() {
        String text = "On February 3, a convoy was hit. Talks are planned for next Monday, and troops leave two days "
                + "later.";

        DateExpression e = expressionCovering(text, LocalDate.of(2020, 2, 11), "two days later");

        assertNull(e.value(), () -> "counted from an older event: " + e.value());
    }

    @Test
    void aFewDaysAgoInAnUndatedArticleStaysUnresolved() {
        DateExpression e = expressionCovering("Shelling resumed a few days ago.", null, "a few days ago");

        assertNull(e.value());
    }

    @Test
    void relativeExpressionWithoutAnEarlierEventStaysUnresolved() {
        DateExpression e = expressionCovering("Ten days later, troops arrived.", LocalDate.of(2020, 2, 17),
                "days later");

        assertNull(e.value());
    }

    @Test
    void undatedArticleLeavesRelativeExpressionsUnresolved() {
        String text = "Trump on Sunday criticized Russia. Last September, the two sides inked a deal. The talks were "
                + "held last week, on December 30, two weeks ago and yesterday.";

        List<DateExpression> found = resolver.find(text, null);

        assertEquals(List.of("on Sunday", "Last September", "last week", "on December 30", "two weeks ago", "yesterday"),
                found.stream().map(DateExpression::text).toList());
        found.forEach(d -> assertNull(d.value(), () -> d.text() + " resolved without an article date"));
    }

    @Test
    void undatedArticleStillResolvesExpressionsWithAYear() {
        String text = "Russia started an aerial campaign in Syria in September 2015. The deal of February 17, 2020 "
                + "held. Syria has been gripped by militancy since March 2011.";

        assertEquals("2015-09", valueCovering(text, null, "September 2015").lexical());
        assertEquals("2020-02-17", valueCovering(text, null, "February 17, 2020").lexical());
        assertEquals("2011-03", valueCovering(text, null, "March 2011").lexical());
    }

    @Test
    void explicitYearIsKeptEvenAfterTheArticleDate() {
        TimeValue v = valueCovering("Talks are planned for March 5, 2020.", LocalDate.of(2020, 2, 11), "March 5, 2020");

        assertEquals(LocalDate.of(2020, 3, 5), v.earliest());
    }

    @Test
    void expressionsComeInTextOrderWithSpansPointingAtTheirWords() {
        String text = "Russia said last week that, on February 3, a convoy was hit; 10 days later troops arrived.";

        List<DateExpression> found = resolver.find(text, LocalDate.of(2020, 2, 17));

        assertEquals(List.of("last week", "on February 3", "10 days later"),
                found.stream().map(DateExpression::text).toList());
        found.forEach(d -> assertEquals(d.text(), d.span().of(text)));
    }

    @Test
    void weekdayOrMonthWithoutYearIsNeverAfterTheArticleDate() {
        LocalDate article = LocalDate.of(2020, 2, 11);
        String text = "Erdogan spoke on Wednesday and met Putin in December; the convoy was hit on February 11.";

        for (DateExpression d : resolver.find(text, article)) {
            assertNotNull(d.value(), d.text());
            assertFalse(d.value().latest().isAfter(article), () -> d.text() + " resolved to " + d.value());
        }
    }

    @Test
    void dayTwoDaysAfterTheArticleDateFallsInThePreviousYear() {
        TimeValue v = valueCovering("The convoy was hit on February 13.", LocalDate.of(2020, 2, 11), "February 13");

        assertEquals(LocalDate.of(2019, 2, 13), v.earliest());
    }

    @Test
    void sentenceInitialPrepositionBelongsToTheExpression() {
        String text = "By October 17 last year, all heavy arms were to be withdrawn.";

        DateExpression e = expressionCovering(text, LocalDate.of(2019, 8, 20), "October 17");

        assertEquals("By October 17 last year", e.text());
        assertEquals("by", e.relation());
    }

    @Test
    void sentenceInitialSinceKeepsTheDay() {
        TimeValue v = valueCovering("Since February 3, Turkey has lost 13 soldiers.", LocalDate.of(2020, 2, 11),
                "February");

        assertEquals(Precision.DAY, v.precision());
        assertEquals(LocalDate.of(2020, 2, 3), v.earliest());
    }

    @Test
    void february29IsNeverMovedToADayTheTextDidNotSay() {
        DateExpression e = expressionCovering("On February 29 the deal collapsed.", LocalDate.of(2020, 2, 11),
                "February 29");

        if (e.value() != null) {
            assertEquals(29, e.value().earliest().getDayOfMonth(), () -> "resolved to " + e.value().earliest());
        }
    }

    @Test
    void amidBeforeAMonthIsNotMidMonth() {
        TimeValue v = valueCovering("Shelling went on amid March fighting.", LocalDate.of(2020, 2, 11), "March");

        assertEquals(Precision.MONTH, v.precision());
        assertEquals("2019-03", v.lexical());
    }

    @Test
    void relativeExpressionAfterAnUnresolvedEventStaysUnresolved() {
        String text = "Russia intervened in September 2015. Militants were supposed to pull out heavy arms by "
                + "October 17 last year, and Takfiri groups had to withdraw two days earlier.";

        DateExpression e = expressionCovering(text, null, "two days earlier");

        assertNull(e.value());
    }

    @Test
    void aFewDaysAgoIsARangeBeforeTheArticleDate() {
        TimeValue v = valueCovering("Shelling resumed a few days ago.", LocalDate.of(2020, 2, 11), "a few days ago");

        assertEquals(Precision.RANGE, v.precision());
        assertEquals(LocalDate.of(2020, 2, 7), v.earliest());
        assertEquals(LocalDate.of(2020, 2, 9), v.latest());
    }

    private TimeValue valueCovering(String text, LocalDate article, String words) {
        DateExpression e = expressionCovering(text, article, words);
        assertNotNull(e.value(), () -> "'" + e.text() + "' left unresolved");
        return e.value();
    }

    /** The one expression found that covers the given words. */
    private DateExpression expressionCovering(String text, LocalDate article, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("test data: '" + words + "' not in '" + text + "'");
        }
        List<DateExpression> found = resolver.find(text, article);
        List<DateExpression> covering = found.stream()
                .filter(d -> d.span().begin() <= at && at + words.length() <= d.span().end()).toList();
        assertEquals(1, covering.size(), () -> "expressions covering '" + words + "': " + found);
        return covering.get(0);
    }
}

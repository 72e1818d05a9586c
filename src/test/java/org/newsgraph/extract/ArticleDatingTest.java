package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ArticleDate;
import org.newsgraph.model.Extraction;

class ArticleDatingTest {
    private static Extraction undated(String text, MonthDay dateline) {
        return Texts.EXTRACTOR.extract(Texts.withDateline(text, dateline));
    }

    @Test
    void theYearIsTheFirstThatPutsTheDatelineAfterAnExplicitDate() {
        Extraction x = undated("Russia began air strikes in Syria on 30 September 2015. Putin said on Monday that"
                + " the campaign would go on.", MonthDay.of(3, 4));

        assertEquals(LocalDate.of(2016, 3, 4), x.dated().date(), "March 4 2015 would precede the strikes");
        assertFalse(x.dated().stated());
        assertTrue(x.dated().basis().contains("30 September 2015"), x.dated().basis());
    }

    @Test
    void aDatelineLaterInTheYearThanTheReferenceKeepsThatYear() {
        Extraction x = undated("Russia began air strikes in Syria on 30 September 2015.", MonthDay.of(11, 2));

        assertEquals(LocalDate.of(2015, 11, 2), x.dated().date());
    }

    @Test
    void aCataloguedAgreementDatesTheArticleToo() {
        Extraction x = undated("Under the Sochi agreement, Russia and Turkey agreed to set up a demilitarised zone"
                + " in Idlib.", MonthDay.of(8, 20));

        assertEquals(LocalDate.of(2019, 8, 20), x.dated().date(), "the Sochi memorandum was signed 2018-09-17");
    }

    @Test
    void aDeadlineDoesNotBoundTheArticleFromBelow() {
        Extraction x = undated("Russian forces will stay in Syria until 2030, Putin said.", MonthDay.of(5, 1));

        assertNull(x.dated(), "'until 2030' says nothing about when the article was written");
    }

    @Test
    void withoutAnyDatedReferenceTheYearStaysUnknown() {
        Extraction x = undated("Putin said on Monday that the campaign would go on.", MonthDay.of(5, 1));

        assertNull(x.dated());
        assertTrue(x.statements().stream().allMatch(s -> s.date() == null));
    }

    @Test
    void expressionsWithTheirOwnYearStayStatedUnderAnInferredDate() {
        ArticleDate guess = ArticleDate.inferred(LocalDate.of(2019, 6, 3), 0.6, "test");
        DateResolver r = new DateResolver();
        String text = "Talks were held on Monday. Strikes began in September 2015.";

        List<DateExpression> marked = ArticleDating.markInferred(r.find(text, guess.date()), guess);

        DateExpression monday = marked.stream().filter(e -> e.text().contains("Monday")).findFirst().orElseThrow();
        DateExpression y2015 = marked.stream().filter(e -> e.text().contains("2015")).findFirst().orElseThrow();
        assertTrue(monday.value().inferred());
        assertEquals(0.6, monday.value().confidence(), 1e-9);
        assertFalse(y2015.value().inferred());
    }
}

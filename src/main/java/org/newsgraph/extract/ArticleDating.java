package org.newsgraph.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.model.AgreementMention;
import org.newsgraph.model.ArticleDate;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.TimeValue;

/**
 * Infers the date of an article whose source gives none, or gives a day without its year, and marks what is
 * resolved against such a date as the guess it is.
 *
 * <p>A dateline such as "Paris, August 20" is completed with the earliest year that puts the article after
 * everything the text dates itself: explicit dates with a year ("in September 2015") and catalogued agreements
 * it refers to ("the Sochi agreement", signed 2018-09-17). News reports what has happened, so the article cannot
 * predate its latest dated past reference, and the nearest such year is the likeliest. Without any dated
 * reference the year stays unknown.
 */
final class ArticleDating {
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");
    /** How sure a completed year is: a lower bound plus "the nearest year" is a good but not a safe guess. */
    private static final double COMPLETED_YEAR_CONFIDENCE = 0.7;
    /** How sure the latest full date of the text is as the publication date: a lower bound, often days off. */
    private static final double LATEST_DATE_CONFIDENCE = 0.5;
    private static final String LATEST_DATE_BASIS = "no date stated; the latest full date the text gives,";

    private ArticleDating() {
    }

    /**
     * The dateline day completed with a year, or null when the text dates nothing it refers to.
     *
     * @param undated     an extraction of the article made without a date
     * @param expressions the article's time expressions, found without a reference date
     */
    static ArticleDate completeYear(MonthDay day, Extraction undated, List<DateExpression> expressions) {
        LocalDate bound = null;
        String because = null;
        for (DateExpression e : expressions) {
            TimeValue v = e.value();
            if (v != null && !e.relation().equals("by") && YEAR.matcher(e.text()).find()
                    && (bound == null || v.earliest().isAfter(bound))) {
                bound = v.earliest();
                because = "'" + e.text().strip() + "'";
            }
        }
        for (AgreementMention m : undated.agreements()) {
            TimeValue signed = m.agreement().signed();
            if (m.agreement().catalogued() && signed != null && (bound == null || signed.earliest().isAfter(bound))) {
                bound = signed.earliest();
                because = "the " + m.agreement().label() + " (" + signed.lexical() + ")";
            }
        }
        if (bound == null) {
            return null;
        }
        int year = bound.getYear();
        if (!day.isValidYear(year) || day.atYear(year).isBefore(bound)) {
            year++;
        }
        while (!day.isValidYear(year)) {
            year++;
        }
        return ArticleDate.inferred(day.atYear(year), COMPLETED_YEAR_CONFIDENCE,
                "month and day from the dateline; year " + year + " is the first after the latest dated reference, "
                        + because);
    }

    /**
     * For an article with no date, no dateline day and no better estimate: the latest full date (day, month and year)
     * the text gives as a time something happened ("... in Idlib, May 14, 2020", a caption's date), or null. A report
     * cannot predate what it tells and is usually published within days of its latest dated event, so this is a
     * lower bound and a guess, with a low confidence.
     *
     * @param text        the article's text
     * @param expressions the article's time expressions, found without a reference date
     */
    static ArticleDate latestFullDate(String text, List<DateExpression> expressions) {
        DateExpression latest = null;
        for (DateExpression e : expressions) {
            TimeValue v = e.value();
            // "talks are due on March 20, 2020" tells what is still to come: no bound on when the report was written
            if (v != null && e.isEventTime() && v.precision() == TimeValue.Precision.DAY
                    && !DateResolver.ahead(text, e.span().begin())
                    && YEAR.matcher(e.text()).find() && (latest == null || v.earliest().isAfter(latest.value().earliest()))) {
                latest = e;
            }
        }
        return latest == null ? null : ArticleDate.inferred(latest.value().earliest(), LATEST_DATE_CONFIDENCE,
                LATEST_DATE_BASIS + " '" + latest.text().strip() + "'");
    }

    /** True for a date from {@link #latestFullDate}: any estimate from other articles is better. */
    static boolean isLatestFullDate(ArticleDate d) {
        return d != null && !d.stated() && d.basis().startsWith(LATEST_DATE_BASIS);
    }

    /**
     * The same expressions, with every value that depended on an inferred article date marked inferred, its
     * confidence capped by the date's. Expressions that carry their own year do not depend on it.
     */
    static List<DateExpression> markInferred(List<DateExpression> expressions, ArticleDate reference) {
        List<DateExpression> out = new ArrayList<>(expressions.size());
        for (DateExpression e : expressions) {
            TimeValue v = e.value();
            if (v == null || YEAR.matcher(e.text()).find()) {
                out.add(e);
            } else {
                TimeValue guess = new TimeValue(v.precision(), v.earliest(), v.latest(), v.text(), v.span(), true,
                        Math.min(v.confidence(), reference.confidence()));
                out.add(new DateExpression(e.span(), e.text(), guess, e.relation()));
            }
        }
        return out;
    }
}

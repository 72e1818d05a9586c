package org.newsgraph.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * What the resolve stage asks of the articles already stored, always narrowed by a key the store has an index for
 * (speakers, months, fingerprints of words), never a scan of everything: the cost of one more article must not grow with the store.
 * Implemented by the store; tests may implement it over a list.
 */
public interface StoredReports {
    /**
     * The statements of these speakers in the dated articles, other than {@code exceptArticle}, that hold a statement
     * under one of these text keys ({@link NewsCycleDating#textKeys}); a key more than
     * {@link NewsCycleDating#STOCK_PHRASE} articles hold is passed over.
     *
     * @param speakerKeys entity keys ({@code peskov}), as the gazetteer and the extractor name them
     */
    List<StoredStatement> statementsSharing(Set<String> textKeys, Set<String> speakerKeys, String exceptArticle);

    /**
     * The incident reports of one of these types ({@link IncidentReport#type()}) of articles other than
     * {@code exceptArticles} whose date range touches one of these months (a report whose range is wider than
     * {@link IncidentReport#MAX_FUSABLE_DAYS} days touches none), each with the event it belongs to now. Fusion links
     * reports of one type only, so the others of the month are never read in full.
     */
    List<IncidentReport> incidentsIn(Set<YearMonth> months, Set<String> types, Set<String> exceptArticles);

    /** These events and every event fused in the same group as one of them ({@code ng:fusionGroup}). */
    Set<String> eventsOfGroups(Set<String> eventIds);

    /** Every report of these events, as stored now. */
    List<IncidentReport> reportsOf(Set<String> eventIds);

    /**
     * The statements of articles other than {@code exceptArticles} under these keys (a speaker and a month, see
     * {@link StatementReport#keys()}), as utterance fusion sees them, each with the utterance it belongs to now.
     */
    List<StatementReport> statementReportsUnder(Set<String> keys, Set<String> exceptArticles);

    /** Every statement report of these utterances, as stored now. */
    List<StatementReport> statementReportsOf(Set<String> utteranceIds);

    /**
     * A statement of another article, with the words to compare: its sentence and its quote.
     *
     * @param articleId the article
     * @param published the article's publication day
     * @param speakerKey the speaker's entity key
     * @param words the evidence sentence and the quote, if any
     */
    record StoredStatement(String articleId, LocalDate published, String speakerKey, String words)
            implements java.io.Serializable {
    }
}

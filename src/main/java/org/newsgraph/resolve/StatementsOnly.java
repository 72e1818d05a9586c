package org.newsgraph.resolve;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * The stored statements as news-cycle dating reads them, and nothing else: the fusion lookups are refused, not
 * answered from part of the store. For views of the corpus that only dating needs (the articles of a batch still
 * waiting for their commit, the Spark job's collected statements).
 */
public abstract class StatementsOnly implements StoredReports {
    private static final String WHY = "a view for news-cycle dating reads statements only";

    @Override
    public List<IncidentReport> incidentsIn(Set<YearMonth> months, Set<String> types, Set<String> exceptArticles) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public Set<String> eventsOfGroups(Set<String> eventIds) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public List<IncidentReport> reportsOf(Set<String> eventIds) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public List<StatementReport> statementReportsUnder(Set<String> keys, Set<String> exceptArticles) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public List<StatementReport> statementReportsOf(Set<String> utteranceIds) {
        throw new UnsupportedOperationException(WHY);
    }
}

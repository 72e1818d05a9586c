package org.newsgraph.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

/**
 * One article's report of a statement, as utterance fusion sees it.
 *
 * @param id        the report (the statement node of one article)
 * @param articleId its article
 * @param sources   the outlets behind the article (publisher and credited outlets)
 * @param speaker   who said it
 * @param earliest  first day it may have been said, or null
 * @param latest    last day, or null
 * @param inferred  whether the date was worked out rather than read
 * @param direct    a direct quote (else reported speech)
 * @param quote     the quoted words, or null
 * @param evidence  the sentence
 * @param utterance the utterance it belongs to in the store now, or null
 */
public record StatementReport(String id, String articleId, Set<String> sources, String speaker, LocalDate earliest,
                              LocalDate latest, boolean inferred, boolean direct, String quote, String evidence,
                              String utterance) implements java.io.Serializable {
    /** Statements dated more loosely than this many days are not fused: "same day" cannot be told. */
    public static final int MAX_FUSABLE_DAYS = 7;

    public StatementReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(speaker, "speaker");
        sources = Set.copyOf(sources);
        evidence = evidence == null ? "" : evidence;
    }

    /** Whether the date is precise enough to tell whether two reports are of one day's words. */
    public boolean fusable() {
        return earliest != null && latest != null && ChronoUnit.DAYS.between(earliest, latest) < MAX_FUSABLE_DAYS;
    }

    /** The keys the store finds its candidates by: its speaker with each month its (precise) date touches. */
    public Set<String> keys() {
        return keys(speaker, earliest, latest);
    }

    /**
     * {@link #keys()} for a statement not built yet: what the mapper writes as its {@code ng:utteranceKey}s, the
     * speaker's IRI and a month ({@code ".../entity/peskov 2019-06"}), so that the candidates of an utterance are
     * the speaker's statements of those months, not all the speaker ever said.
     */
    public static Set<String> keys(String speaker, LocalDate earliest, LocalDate latest) {
        Set<String> out = new java.util.TreeSet<>();
        if (earliest != null && latest != null && ChronoUnit.DAYS.between(earliest, latest) < MAX_FUSABLE_DAYS) {
            Months.around(earliest, latest).forEach(m -> out.add(speaker + " " + m));
        }
        return out;
    }

    /** The words compared: the quote when there is one, and the sentence. */
    String words() {
        return quote == null ? evidence : quote + " " + evidence;
    }
}

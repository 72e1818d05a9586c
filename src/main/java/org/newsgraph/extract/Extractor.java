package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.model.AgreementMention;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleDate;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Incident;
import org.newsgraph.model.Meeting;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.TextAnalyzer;
import org.newsgraph.nlp.TextAnalyzers;

/**
 * Runs the extraction stages over one article: sentences and tokens, entities, quotes and times, then statements,
 * agreements, incidents and meetings. Built once and shared; {@link #extract} is safe to call from many threads.
 *
 * <pre>{@code
 * Extractor x = Extractor.builder().build();
 * Extraction e = x.extract(article);
 * }</pre>
 */
public final class Extractor {
    /** Version written into each article graph's provenance. */
    public static final String VERSION = "newsgraph-extractor/0.1";

    private final TextAnalyzer analyzer;
    private final Gazetteer gazetteer;
    private final EntityRecognizer recognizer;
    private final DateResolver dates = new DateResolver();
    private final QuoteFinder quotes = new QuoteFinder();
    private final StatementExtractor statements;
    private final AgreementExtractor agreements;
    private final IncidentExtractor incidents;
    private final MeetingExtractor meetings = new MeetingExtractor();

    private Extractor(Builder b) {
        Lexicons lex = Lexicons.load();
        this.analyzer = b.analyzer;
        this.gazetteer = b.gazetteer;
        this.recognizer = new EntityRecognizer(gazetteer, lex);
        this.statements = new StatementExtractor(lex);
        this.agreements = new AgreementExtractor(lex, AgreementCatalogue.load());
        this.incidents = new IncidentExtractor(lex, gazetteer);
    }

    /**
     * What decides the facts of an article besides its text (code, data files, models; see {@link Fingerprint}):
     * an article stored under another fingerprint is out of date.
     */
    public static String fingerprint() {
        return Fingerprint.current();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Extraction extract(Article article) {
        return extract(article, null);
    }

    /**
     * Extracts from one article. Relative times are resolved against the article's stated date; without one,
     * against {@code hint} (a date inferred elsewhere, e.g. from another article that carries the same quotes);
     * without either, against a dateline's month and day completed with the year the text's own dated references
     * imply; without that, the latest full date the text gives (a lower bound). Anything resolved against an
     * inferred date is marked inferred. With no date at all, relative times stay unresolved.
     *
     * @param hint an inferred article date, or null
     */
    public Extraction extract(Article article, ArticleDate hint) {
        AnalyzedText doc = analyzer.analyze(article.text());
        List<Quote> qs = quotes.find(article.text());
        Recognition rec = recognizer.recognize(doc, qs);
        ArticleDate dated = article.published() != null ? ArticleDate.stated(article.published()) : hint;
        Extraction x = extract(article, doc, rec, qs, dated);
        if (dated == null && article.datelineDay() != null) {
            ArticleDate completed = ArticleDating.completeYear(article.datelineDay(), x,
                    dates.find(article.text(), null));
            if (completed != null) {
                x = extract(article, doc, rec, qs, completed);
            }
        }
        if (x.dated() == null) {
            ArticleDate latest = ArticleDating.latestFullDate(article.text(), dates.find(article.text(), null));
            if (latest != null) {
                x = extract(article, doc, rec, qs, latest);
            }
        }
        return x;
    }

    /**
     * True when an extraction has no date, or only the weakest guess (the latest full date its text gives): a date
     * estimated from other articles should replace it.
     */
    public static boolean wantsDate(Extraction x) {
        return x.dated() == null || ArticleDating.isLatestFullDate(x.dated());
    }

    /**
     * True for the warning an extraction gives about its article's date ("no publication date", "date ... inferred"):
     * an extraction made again with a date estimated from other articles supersedes it.
     */
    public static boolean isDateWarning(String warning, String articleId) {
        return warning.startsWith("article " + articleId + ": no publication date")
                || warning.startsWith("article " + articleId + ": date ");
    }

    private Extraction extract(Article article, AnalyzedText doc, Recognition rec, List<Quote> qs, ArticleDate d) {
        List<DateExpression> found = dates.find(article.text(), d == null ? null : d.date());
        if (d != null && !d.stated()) {
            found = ArticleDating.markInferred(found, d);
        }
        ArticleContext ctx = new ArticleContext(doc, d == null ? null : d.date(), rec, qs, found, gazetteer);
        List<Meeting> mt = meetings.extract(ctx);
        List<Statement> st = statements.extract(ctx, mt);
        List<AgreementMention> ag = agreements.extract(ctx, st);
        java.util.Set<org.newsgraph.model.Entity> venues = new java.util.HashSet<>();
        mt.stream().map(Meeting::location).filter(Objects::nonNull).forEach(venues::add);
        ag.stream().map(a -> a.agreement().placeKey()).filter(Objects::nonNull)
                .forEach(k -> gazetteer.byKey(k).ifPresent(venues::add));
        // where the reporter filed from ("MOSCOW/ANKARA (Reuters) -") is not where things happened
        int datelineEnd = Datelines.end(doc.text());
        rec.mentions().stream().filter(m -> m.span().end() <= datelineEnd
                && m.entity().type() == org.newsgraph.model.EntityType.PLACE).forEach(m -> venues.add(m.entity()));
        List<Incident> inc = incidents.extract(ctx, st, venues);
        List<String> warnings = new ArrayList<>();
        if (d == null) {
            warnings.add("article " + article.id() + ": no publication date; relative dates left unresolved");
        } else if (!d.stated()) {
            warnings.add("article " + article.id() + ": date " + d.date() + " inferred (" + d.basis() + ")");
        }
        return new Extraction(article, rec.mentions(), st, ag, inc, mt, warnings, d);
    }

    /**
     * System property: {@code true} parses every sentence, as before sentences were chosen by {@link FactCues} (to
     * compare the two).
     */
    public static final String PARSE_ALL_PROPERTY = "newsgraph.parseAll";

    /** Configures an {@link Extractor}; every option has a default. */
    public static final class Builder {
        private TextAnalyzer analyzer;
        private Gazetteer gazetteer;

        public Builder analyzer(TextAnalyzer a) {
            this.analyzer = Objects.requireNonNull(a);
            return this;
        }

        public Builder gazetteer(Gazetteer g) {
            this.gazetteer = Objects.requireNonNull(g);
            return this;
        }

        public Extractor build() {
            if (analyzer == null) {
                analyzer = TextAnalyzers.defaultAnalyzer();
                // the dependency parse only where an extractor can use it, unless asked to parse everything
                if (!Boolean.getBoolean(PARSE_ALL_PROPERTY)) {
                    analyzer = analyzer.parsingOnly(FactCues.load()::mayYieldFact);
                }
            }
            if (gazetteer == null) {
                gazetteer = Gazetteer.load();
            }
            return new Extractor(this);
        }
    }
}

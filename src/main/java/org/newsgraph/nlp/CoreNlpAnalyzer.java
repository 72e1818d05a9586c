package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sentences and tokens of the {@link RuleBasedAnalyzer}, annotated by Stanford CoreNLP with part of speech, lemma,
 * coarse NER and Universal Dependencies.
 *
 * <p>The rule-based analyzer decides sentences and tokens (its quote-aware splitting is what the extract stage is
 * tuned to); CoreNLP then reads each of those sentences as one sentence, and its annotation is carried over to our
 * tokens by character offsets ({@link TokenAligner}). So sentences and token spans are exactly the rule-based
 * ones, and every dependency head lies in the same sentence.
 *
 * <pre>{@code
 * AnalyzedText a = new CoreNlpAnalyzer().analyze("Russia attacked Idlib.");
 * Sentence s = a.sentences().get(0);
 * s.child(s.root(), "obj").text();   // "Idlib"
 * }</pre>
 *
 * <p>The CoreNLP pipeline is shared by all instances and loaded on first use ({@link CoreNlpPipeline}); instances
 * are cheap and may be used from several threads.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
    /** Seconds one article may take to analyse before it fails (system property, default 120). */
    public static final String BUDGET_PROPERTY = "newsgraph.articleBudgetSeconds";
    private final RuleBasedAnalyzer rules = new RuleBasedAnalyzer();
    private final long budgetNanos;

    public CoreNlpAnalyzer() {
        this(Long.getLong(BUDGET_PROPERTY, 120) * 1_000_000_000L);
    }

    /** With a time budget per article, in nanoseconds. */
    CoreNlpAnalyzer(long budgetNanos) {
        this.budgetNanos = budgetNanos;
    }

    /** Loads the shared pipeline now rather than on the first article (a few seconds, once per JVM). */
    public static void preload() {
        CoreNlpPipeline.tagger();
    }

    @Override
    public AnalyzedText analyze(String text) {
        AnalyzedText plain = rules.analyze(text);
        List<Sentence> out = new ArrayList<>(plain.sentences().size());
        long t0 = System.nanoTime();
        for (Sentence s : plain.sentences()) {
            // sentences are bounded in length, so the check between them bounds the article
            if (System.nanoTime() - t0 > budgetNanos) {
                throw new ArticleTooSlowException("analysis took more than " + budgetNanos / 1_000_000_000.0
                        + " s (stopped at sentence " + (s.index() + 1) + " of " + plain.sentences().size()
                        + "; raise -D" + BUDGET_PROPERTY + " for very long articles)");
            }
            out.add(annotate(text, s));
        }
        return new AnalyzedText(text, out);
    }

    private static Sentence annotate(String text, Sentence s) {
        if (s.tokens().isEmpty()) {
            return s;
        }
        Annotation doc = new Annotation(s.span().of(text));
        CoreNlpPipeline.tagger().annotate(doc);
        List<TokenAligner.Word> words = new ArrayList<>();
        // ssplit.isOneSentence gives one sentence; should CoreNLP ever give more, indexes stay per sentence
        for (CoreMap cs : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            words.addAll(words(cs, s.span().begin(), words.size()));
        }
        return new Sentence(s.index(), s.paragraph(), s.span(), TokenAligner.align(s.tokens(), words));
    }

    /** CoreNLP's tokens of one sentence as plain words, offsets moved into the article text. */
    private static List<TokenAligner.Word> words(CoreMap sentence, int offset, int firstIndex) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int n = labels.size();
        int[] heads = new int[n];
        String[] rels = new String[n];
        Arrays.fill(heads, -1);
        Arrays.fill(rels, "root");
        for (TypedDependency d : CoreNlpPipeline.parser().predict(sentence).typedDependencies()) {
            int dep = d.dep().index() - 1;
            int gov = d.gov().index() - 1;
            // the parser's root hangs under an artificial word with index 0
            heads[dep] = gov < 0 ? -1 : firstIndex + gov;
            rels[dep] = gov < 0 ? "root" : d.reln().toString();
        }
        List<TokenAligner.Word> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CoreLabel l = labels.get(i);
            out.add(new TokenAligner.Word(offset + l.beginPosition(), offset + l.endPosition(), l.tag(), l.lemma(),
                    l.ner(), heads[i], rels[i]));
        }
        return out;
    }
}

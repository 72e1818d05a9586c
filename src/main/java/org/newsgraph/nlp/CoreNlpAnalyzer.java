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
    /** Which sentences are parsed; null parses all. */
    private final ParseGate gate;

    public CoreNlpAnalyzer() {
        this(Long.getLong(BUDGET_PROPERTY, 120) * 1_000_000_000L);
    }

    /** With a time budget per article, in nanoseconds. */
    CoreNlpAnalyzer(long budgetNanos) {
        this(budgetNanos, null);
    }

    private CoreNlpAnalyzer(long budgetNanos, ParseGate gate) {
        this.budgetNanos = budgetNanos;
        this.gate = gate;
    }

    @Override
    public TextAnalyzer parsingOnly(ParseGate g) {
        return new CoreNlpAnalyzer(budgetNanos, g);
    }

    /** Loads the shared pipeline now rather than on the first article (a few seconds, once per JVM). */
    public static void preload() {
        CoreNlpPipeline.tagger();
    }

    @Override
    public AnalyzedText analyze(String text) {
        AnalyzedText plain = rules.analyze(text);
        List<Sentence> sentences = plain.sentences();
        long t0 = System.nanoTime();
        // tag every sentence first: whether one is parsed depends on the next one too
        List<List<CoreMap>> tagged = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            checkBudget(t0, s, sentences.size());
            if (s.tokens().isEmpty()) {
                tagged.add(List.of());
                continue;
            }
            Annotation doc = new Annotation(s.span().of(text));
            CoreNlpPipeline.tagger().annotate(doc);
            tagged.add(doc.get(CoreAnnotations.SentencesAnnotation.class));
        }
        boolean[] wanted = new boolean[sentences.size()];
        for (int i = 0; i < wanted.length; i++) {
            wanted[i] = gate == null || wants(tagged.get(i));
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            checkBudget(t0, s, sentences.size());
            if (s.tokens().isEmpty()) {
                out.add(s);
                continue;
            }
            // a sentence before a wanted one is parsed too: its subject is what "he said" in the next refers to
            boolean parse = wanted[i] || i + 1 < wanted.length && wanted[i + 1];
            List<TokenAligner.Word> words = new ArrayList<>();
            // ssplit.isOneSentence gives one sentence; should CoreNLP ever give more, indexes stay per sentence
            for (CoreMap cs : tagged.get(i)) {
                words.addAll(words(cs, s.span().begin(), words.size(), parse));
            }
            out.add(new Sentence(s.index(), s.paragraph(), s.span(), TokenAligner.align(s.tokens(), words)));
        }
        return new AnalyzedText(text, out);
    }

    private boolean wants(List<CoreMap> sentence) {
        for (CoreMap cs : sentence) {
            List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
            if (gate.wanted(cs.get(CoreAnnotations.TextAnnotation.class), labels.stream().map(CoreLabel::lemma)
                    .toList())) {
                return true;
            }
        }
        return false;
    }

    private void checkBudget(long t0, Sentence s, int n) {
        // sentences are bounded in length, so the check between them bounds the article
        if (System.nanoTime() - t0 > budgetNanos) {
            throw new ArticleTooSlowException("analysis took more than " + budgetNanos / 1_000_000_000.0
                    + " s (stopped at sentence " + (s.index() + 1) + " of " + n + "; raise -D" + BUDGET_PROPERTY
                    + " for very long articles)");
        }
    }

    /** CoreNLP's tokens of one sentence as plain words, offsets moved into the article text. */
    private static List<TokenAligner.Word> words(CoreMap sentence, int offset, int firstIndex, boolean parse) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int n = labels.size();
        int[] heads = new int[n];
        String[] rels = new String[n];
        Arrays.fill(heads, -1);
        // an unparsed sentence has no relations at all (null), not a forest of roots
        Arrays.fill(rels, parse ? "root" : null);
        for (TypedDependency d : parse ? CoreNlpPipeline.parser().predict(sentence).typedDependencies()
                : List.<TypedDependency>of()) {
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

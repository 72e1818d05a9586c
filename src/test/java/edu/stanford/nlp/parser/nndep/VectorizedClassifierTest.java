package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vectorised classifier against CoreNLP's own, on the real UD model: every score bit for bit, on feature
 * vectors that mix precomputed and other features, and every dependency of every sentence of the seeds and the
 * evaluation articles.
 */
class VectorizedClassifierTest {
    private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    private static DependencyParser stock;
    private static DependencyParser fast;

    /** Two parsers of their own: {@code loadFromModelFile} hands out one cached parser per model. */
    @BeforeAll
    static void loadTwoParsers() {
        stock = new DependencyParser(new Properties());
        stock.loadModelFile(MODEL);
        fast = new DependencyParser(new Properties());
        fast.loadModelFile(MODEL);
        assertNull(VectorizedClassifier.install(fast));
    }

    /** About 250 MB each. */
    @AfterAll
    static void dropParsers() {
        stock = null;
        fast = null;
    }

    private static Classifier classifierOf(DependencyParser p) throws ReflectiveOperationException {
        Field f = DependencyParser.class.getDeclaredField("classifier");
        f.setAccessible(true);
        return (Classifier) f.get(p);
    }

    @Test
    void installsOnceAndSaysWhyNotTheSecondTime() throws ReflectiveOperationException {
        assertInstanceOf(VectorizedClassifier.class, classifierOf(fast));
        assertEquals("already installed", VectorizedClassifier.install(fast));
    }

    @Test
    void everyScoreIsBitIdenticalToTheStockClassifier() throws ReflectiveOperationException {
        Classifier a = classifierOf(stock);
        Classifier b = classifierOf(fast);
        Field pre = Classifier.class.getDeclaredField("preMap");
        pre.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<Integer> precomputed = new ArrayList<>(((Map<Integer, Integer>) pre.get(a)).keySet());
        int vocabulary = a.getE().length;
        Random random = new Random(7);
        int checked = 0;
        int mixed = 0;
        for (int n = 0; n < 600; n++) {
            int[] feature = new int[Config.numTokens];
            int fromTable = 0;
            for (int j = 0; j < feature.length; j++) {
                // half the positions take a token whose (token, position) pair was precomputed, when there is one
                int key = precomputed.get(random.nextInt(precomputed.size()));
                if (random.nextBoolean() && key % Config.numTokens == j) {
                    feature[j] = key / Config.numTokens;
                    fromTable++;
                } else {
                    feature[j] = random.nextInt(vocabulary);
                }
            }
            // and one in three vectors is made only of precomputed pairs, as frequent words give
            if (n % 3 == 0) {
                for (int j = 0; j < feature.length; j++) {
                    feature[j] = precomputedTokenAt(precomputed, j, random);
                }
                fromTable = feature.length;
            }
            mixed += fromTable > 0 && fromTable < feature.length ? 1 : 0;
            assertArrayEquals(a.computeScores(feature), b.computeScores(feature), 0.0, "feature vector " + n);
            checked++;
        }
        assertEquals(600, checked);
        assertTrue(mixed > 50, "too few vectors mixing precomputed and other features: " + mixed);
    }

    private static int precomputedTokenAt(List<Integer> precomputed, int position, Random random) {
        for (int tries = 0; tries < 10_000; tries++) {
            int key = precomputed.get(random.nextInt(precomputed.size()));
            if (key % Config.numTokens == position) {
                return key / Config.numTokens;
            }
        }
        throw new AssertionError("no precomputed feature at position " + position);
    }

    @Test
    void parsesEverySentenceOfTheSeedsAndEvaluationArticlesExactlyAsTheStockParser() throws IOException {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        StanfordCoreNLP tagger = new StanfordCoreNLP(props);
        int sentences = 0;
        for (Path dir : List.of(Path.of("seeds"), Path.of("eval/heldout-a/articles"), Path.of("eval/heldout-b/articles"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    Annotation doc = new Annotation(Files.readString(f));
                    tagger.annotate(doc);
                    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                        assertEquals(stock.predict(s).typedDependencies().toString(),
                                fast.predict(s).typedDependencies().toString(), f + ": " + s);
                        sentences++;
                    }
                }
            }
        }
        assertTrue(sentences > 200, "compared only " + sentences + " sentences");
    }

    @Test
    void theKeyTableFindsEveryKeyItHoldsAndNoOther() {
        VectorizedClassifier.IntIntTable t = new VectorizedClassifier.IntIntTable(1000);
        for (int k = 0; k < 1000; k++) {
            t.put(k * 48 + 5, k);
        }
        for (int k = 0; k < 1000; k++) {
            assertEquals(k, t.get(k * 48 + 5));
            assertEquals(-1, t.get(k * 48 + 6));
        }
        t.put(5, 77);
        assertEquals(77, t.get(5));
        assertEquals(-1, t.get(-5));
    }
}

package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scoring step of CoreNLP's neural dependency parser ({@link Classifier#computeScores(int[])}), computed so
 * that the JIT compiler can vectorise it, with bit-identical results.
 *
 * <p>Why: on news text the parser's scoring step is about half of all extraction time, and four fifths of that is
 * the output layer, {@code scores[i] = dot(W2[i], hidden)}: a reduction over one accumulator, which Java may not
 * reorder and so runs one multiply-add at a time. This class keeps the output matrix transposed and converted to
 * {@code double} once, and adds {@code hidden[j] * W2[.][j]} to all scores at once, column after column: an
 * element-wise loop the JIT turns into SIMD instructions. Each score still receives the same products in the same
 * order, starting from 0.0, so every score, and therefore every parse, is exactly the stock one (no fused
 * multiply-add: Java never contracts {@code a * b + c}). The lookup of precomputed hidden-layer contributions uses a
 * primitive open-addressing table instead of the stock {@code Map<Integer, Integer>}, which boxed 48 keys per
 * transition.
 *
 * <p>Why in CoreNLP's package: {@code computeScores(int[])} is package-private, so only a subclass in this package
 * can override it. The parser's private {@code classifier} field and the stock classifier's private {@code saved},
 * {@code preMap} and {@code config} are read and set by reflection once, in {@link #install}; if a CoreNLP version
 * lays them out differently, {@code install} leaves the stock classifier in place and says so. The superclass is
 * constructed with 1x1 placeholder matrices: none of its own state is used, and its constructor allocates gradient
 * histories the size of the matrices it is given.
 */
public final class VectorizedClassifier extends Classifier {
    private final int hiddenSize;
    private final int numLabels;
    private final int numTokens;
    private final float[][] w1;
    private final float[][] e;
    private final float[] b1;
    /** {@code w2t[j][i] = (double) W2[i][j]}. */
    private final double[][] w2t;
    private final double[][] saved;
    private final IntIntTable preIndex;
    /** true when the stock classifier would cache per-feature slices (numCached > 0), whose rounding differs. */
    private final boolean slices;
    private final int maxSlices;
    private final Map<Integer, double[]> sliceCache = new ConcurrentHashMap<>();

    private VectorizedClassifier(Config config, Classifier stock, double[][] saved, Map<Integer, Integer> preMap) {
        super(config, new float[1][1], new float[1][1], new float[1], new float[1][1], java.util.List.of());
        this.hiddenSize = config.hiddenSize;
        this.numTokens = Config.numTokens;
        this.w1 = stock.getW1();
        this.e = stock.getE();
        this.b1 = stock.getb1();
        float[][] w2 = stock.getW2();
        this.numLabels = w2.length;
        this.w2t = new double[hiddenSize][numLabels];
        for (int i = 0; i < numLabels; i++) {
            for (int j = 0; j < hiddenSize; j++) {
                w2t[j][i] = w2[i][j];
            }
        }
        this.saved = saved;
        this.preIndex = new IntIntTable(preMap.size());
        preMap.forEach(preIndex::put);
        this.slices = config.numCached > 0;
        this.maxSlices = Math.max(config.numCached, 1);
    }

    /**
     * Replaces the classifier of a loaded parser by a vectorised one with the same weights.
     *
     * @return null when installed, otherwise why not (the parser then keeps its stock classifier)
     */
    public static String install(DependencyParser parser) {
        try {
            Field classifierField = DependencyParser.class.getDeclaredField("classifier");
            classifierField.setAccessible(true);
            Classifier stock = (Classifier) classifierField.get(parser);
            if (stock == null || stock instanceof VectorizedClassifier) {
                return stock == null ? "the parser has no model loaded" : "already installed";
            }
            Object config = read(Classifier.class, stock, "config");
            Object saved = read(Classifier.class, stock, "saved");
            Object preMap = read(Classifier.class, stock, "preMap");
            if (!(config instanceof Config) || !(saved instanceof double[][]) || !(preMap instanceof Map)) {
                return "this CoreNLP version's classifier has another layout";
            }
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> pre = (Map<Integer, Integer>) preMap;
            classifierField.set(parser, new VectorizedClassifier((Config) config, stock, (double[][]) saved, pre));
            return null;
        } catch (ReflectiveOperationException | RuntimeException ex) {
            return "this CoreNLP version cannot take it (" + ex + ")";
        }
    }

    private static Object read(Class<?> owner, Object target, String name) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }

    @Override
    double[] computeScores(int[] feature) {
        double[] hidden = new double[hiddenSize];
        double[][] rows = new double[feature.length][];
        int pending = 0;
        int offset = 0;
        int embeddingSize = e[0].length;
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            int index = tok * numTokens + j;
            int id = preIndex.get(index);
            if (id >= 0) {
                rows[pending++] = saved[id];
            } else if (slices) {
                rows[pending++] = slice(index, tok, offset);
            } else {
                addRows(hidden, rows, pending);
                pending = 0;
                addSlice(hidden, tok, offset);
            }
            offset += embeddingSize;
        }
        addRows(hidden, rows, pending);
        for (int i = 0; i < hiddenSize; i++) {
            double h = hidden[i] + b1[i];
            hidden[i] = h * h * h;
        }
        double[] scores = new double[numLabels];
        // four columns a pass: each score still adds its products in column order, and is loaded and stored a
        // quarter as often
        int j = 0;
        for (; j + 3 < hiddenSize; j += 4) {
            double h0 = hidden[j];
            double h1 = hidden[j + 1];
            double h2 = hidden[j + 2];
            double h3 = hidden[j + 3];
            double[] c0 = w2t[j];
            double[] c1 = w2t[j + 1];
            double[] c2 = w2t[j + 2];
            double[] c3 = w2t[j + 3];
            for (int i = 0; i < numLabels; i++) {
                double s = scores[i];
                s += h0 * c0[i];
                s += h1 * c1[i];
                s += h2 * c2[i];
                s += h3 * c3[i];
                scores[i] = s;
            }
        }
        for (; j < hiddenSize; j++) {
            double h = hidden[j];
            double[] column = w2t[j];
            for (int i = 0; i < numLabels; i++) {
                scores[i] += h * column[i];
            }
        }
        return scores;
    }

    /**
     * Adds rows to the hidden layer in their order, eight rows a pass: each unit still receives the same values in
     * the same order, and is loaded and stored an eighth as often.
     */
    private void addRows(double[] hidden, double[][] rows, int n) {
        int r = 0;
        for (; r + 7 < n; r += 8) {
            double[] a = rows[r];
            double[] b = rows[r + 1];
            double[] c = rows[r + 2];
            double[] d = rows[r + 3];
            double[] f = rows[r + 4];
            double[] g = rows[r + 5];
            double[] h = rows[r + 6];
            double[] k = rows[r + 7];
            for (int i = 0; i < hiddenSize; i++) {
                double s = hidden[i];
                s += a[i];
                s += b[i];
                s += c[i];
                s += d[i];
                s += f[i];
                s += g[i];
                s += h[i];
                s += k[i];
                hidden[i] = s;
            }
        }
        for (; r < n; r++) {
            double[] a = rows[r];
            for (int i = 0; i < hiddenSize; i++) {
                hidden[i] += a[i];
            }
        }
    }

    /**
     * The hidden-layer contribution of one feature that was not precomputed, rounded to float as the stock cache
     * does, and held as double (exactly the float values) so that it adds like a precomputed row.
     */
    private double[] slice(int index, int tok, int offset) {
        double[] cached = sliceCache.get(index);
        if (cached != null) {
            return cached;
        }
        float[] emb = e[tok];
        double[] out = new double[hiddenSize];
        for (int i = 0; i < hiddenSize; i++) {
            float[] w = w1[i];
            double sum = 0;
            for (int k = 0; k < emb.length; k++) {
                sum += w[offset + k] * emb[k];
            }
            out[i] = (float) sum;
        }
        if (sliceCache.size() >= maxSlices) {
            sliceCache.clear();
        }
        sliceCache.put(index, out);
        return out;
    }

    /** The same contribution added straight into the hidden layer, as the stock classifier does without a cache. */
    private void addSlice(double[] hidden, int tok, int offset) {
        float[] emb = e[tok];
        for (int i = 0; i < hiddenSize; i++) {
            float[] w = w1[i];
            double sum = hidden[i];
            for (int k = 0; k < emb.length; k++) {
                sum += w[offset + k] * emb[k];
            }
            hidden[i] = sum;
        }
    }

    /** int to non-negative int, open addressing with linear probing; absent keys give -1. */
    static final class IntIntTable {
        private final int[] keys;
        private final int[] values;
        private final int mask;

        IntIntTable(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
            keys = new int[capacity];
            values = new int[capacity];
            java.util.Arrays.fill(values, -1);
            mask = capacity - 1;
        }

        void put(int key, int value) {
            int slot = mix(key) & mask;
            while (values[slot] >= 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
        }

        int get(int key) {
            int slot = mix(key) & mask;
            while (values[slot] >= 0) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        private static int mix(int key) {
            int h = key * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}

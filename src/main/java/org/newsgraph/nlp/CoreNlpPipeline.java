package org.newsgraph.nlp;

import com.sun.management.HotSpotDiagnosticMXBean;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.VectorizedClassifier;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one set of Stanford CoreNLP models of the JVM, loaded on first use (about 480 MB of heap; 4 to 10 s, most of it
 * decompressing models).
 *
 * <p>The pipeline {@code tokenize,ssplit,pos,lemma,ner} runs on one sentence of the {@link RuleBasedAnalyzer} at
 * a time ({@code ssplit.isOneSentence}), so CoreNLP never re-splits sentences. NER runs the single 3-class CRF
 * model (PERSON, ORGANIZATION, LOCATION) without the two further CRF models, the fine-grained, numeric and SUTime
 * stages of the default, which multiply its time and memory and give nothing the extract stage reads. Dependencies come from the same neural parser and UD model
 * the {@code depparse} annotator uses, called directly: the annotator also derives collapsed, CC-processed,
 * enhanced and enhanced++ graphs for every sentence (a fifth of the profile), and we read only the basic
 * tree. The parser scores transitions with {@link VectorizedClassifier}: the same numbers as CoreNLP's own
 * classifier, computed in a form the JIT vectorises (the parser was half of all extraction time).
 *
 * <p>The NER model's feature method ({@code NERFeatureFactory.featuresC}, over 9,000 bytes of bytecode) is larger
 * than HotSpot compiles by default ({@code -XX:+DontCompileHugeMethods}, limit 8,000 bytes), so it runs
 * interpreted for the life of the JVM: with it left so, it alone was 18% of all extraction time, and extraction is
 * 12-25% slower. The {@code ./newsgraph} launcher, the tests and the benchmark run with
 * {@code -XX:-DontCompileHugeMethods}; a JVM started without it (a Spark executor, {@code java -cp ...}) gets a
 * warning when the models load. The flag changes speed only: compiled and interpreted code compute the same.
 *
 * <p>CoreNLP logs through its Redwood logger, which hands everything to SLF4J when SLF4J is on the class path (it
 * is, with Log4j behind it): its "Adding annotator ..." and "Loading ... done" lines are INFO records of loggers
 * under {@code edu.stanford.nlp}, silenced by the Log4j configuration like any other library's. This class logs
 * one INFO line with the load time under its own name.
 *
 * <p>Both objects are safe to share between threads: {@code StanfordCoreNLP.annotate(Iterable, int)} and the
 * multi-threaded {@code depparse} annotator call them from several threads at once the same way.
 */
final class CoreNlpPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpPipeline.class);
    static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    /** Set to true to keep CoreNLP's own parser scoring, e.g. to measure the vectorised one against it. */
    static final String STOCK_PARSER_PROPERTY = "newsgraph.stockParser";

    private CoreNlpPipeline() {
    }

    /** The shared tagging pipeline; the first caller loads the models, later callers wait for that load. */
    static StanfordCoreNLP tagger() {
        return Holder.TAGGER;
    }

    /** The shared dependency parser (Universal Dependencies, basic tree). */
    static DependencyParser parser() {
        return Holder.PARSER;
    }

    /**
     * Whether this JVM compiles methods over HotSpot's size limit; empty when it cannot tell (not HotSpot, or the
     * option unknown).
     */
    static Optional<Boolean> compilesHugeMethods() {
        try {
            HotSpotDiagnosticMXBean hs = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return hs == null ? Optional.empty()
                    : Optional.of(!Boolean.parseBoolean(hs.getVMOption("DontCompileHugeMethods").getValue()));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Settings of the tagging pipeline. */
    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        // keep odd characters as tokens so every character of our tokens stays alignable, and do not warn
        p.setProperty("tokenize.options", "untokenizable=noneKeep");
        p.setProperty("ssplit.isOneSentence", "true");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    private static final class Holder {
        static final StanfordCoreNLP TAGGER;
        static final DependencyParser PARSER;

        static {
            long t0 = System.nanoTime();
            TAGGER = new StanfordCoreNLP(properties());
            PARSER = DependencyParser.loadFromModelFile(PARSER_MODEL, new Properties());
            String notVectorized = Boolean.getBoolean(STOCK_PARSER_PROPERTY)
                    ? STOCK_PARSER_PROPERTY + " is set" : VectorizedClassifier.install(PARSER);
            if (notVectorized != null) {
                LOG.warn("dependency parser keeps CoreNLP's own scoring (about 1.5x slower): {}", notVectorized);
            }
            if (!compilesHugeMethods().orElse(true)) {
                LOG.warn("this JVM leaves methods over 8,000 bytes of bytecode interpreted, CoreNLP's NER feature "
                        + "method among them: extraction runs 12-25% slower; start it with {}",
                        TextAnalyzers.COMPILE_HUGE_METHODS);
            }
            LOG.info("Stanford CoreNLP (tokenize, pos, lemma, ner, UD dependency parser) loaded in {} ms",
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }
}

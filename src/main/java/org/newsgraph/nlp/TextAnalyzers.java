package org.newsgraph.nlp;

import java.util.Locale;

/**
 * Chooses the analyzer: {@link CoreNlpAnalyzer} unless the system property {@code newsgraph.nlp} or the
 * environment variable {@code NEWSGRAPH_NLP} says {@code rules}, which gives the faster {@link RuleBasedAnalyzer}
 * (sentences and tokens only, no part of speech, NER or dependencies).
 *
 * <pre>{@code java -Dnewsgraph.nlp=rules ...}   or   {@code NEWSGRAPH_NLP=rules ./newsgraph ingest seeds ...}</pre>
 */
public final class TextAnalyzers {
    /** System property naming the analyzer. */
    public static final String PROPERTY = "newsgraph.nlp";
    /** Environment variable naming the analyzer, read when the property is not set. */
    public static final String ENV = "NEWSGRAPH_NLP";
    /** The JVM flag that lets HotSpot compile methods over 8,000 bytes of bytecode (CoreNLP's NER has one). */
    public static final String COMPILE_HUGE_METHODS = "-XX:-DontCompileHugeMethods";

    private TextAnalyzers() {
    }

    /** The version of the NLP library on the class path (CoreNLP's jar manifest), or "unknown"; loads no model. */
    public static String libraryVersion() {
        Package corenlp = edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage();
        String v = corenlp == null ? null : corenlp.getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    /**
     * How this JVM runs CoreNLP's largest method: "huge methods compiled", or "huge methods interpreted (start the
     * JVM with -XX:-DontCompileHugeMethods)", or "huge methods: unknown" on a JVM that does not say.
     */
    public static String jitNote() {
        return CoreNlpPipeline.compilesHugeMethods()
                .map(c -> c ? "huge methods compiled"
                        : "huge methods interpreted (start the JVM with " + COMPILE_HUGE_METHODS + ")")
                .orElse("huge methods: unknown");
    }

    /** The analyzer the property or environment asks for; CoreNLP when neither is set. */
    public static TextAnalyzer defaultAnalyzer() {
        return byName(configuredName());
    }

    /**
     * The analyzer with a name: "corenlp" or "rules" (case-insensitive; null or blank means "corenlp").
     *
     * @throws IllegalArgumentException for any other name
     */
    public static TextAnalyzer byName(String name) {
        String n = name == null || name.isBlank() ? "corenlp" : name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "corenlp" -> new CoreNlpAnalyzer();
            case "rules" -> new RuleBasedAnalyzer();
            default -> throw new IllegalArgumentException("analyzer '" + name + "' (from -D" + PROPERTY + " or "
                    + ENV + ") is unknown; use 'corenlp' or 'rules'");
        };
    }

    private static String configuredName() {
        String p = System.getProperty(PROPERTY);
        return p != null ? p : System.getenv(ENV);
    }
}

package org.newsgraph.nlp;

/**
 * Splits text into sentences and tokens. Implementations may use a full NLP library; nothing outside this package
 * sees that library's types.
 */
public interface TextAnalyzer {
    AnalyzedText analyze(String text);

    /**
     * This analyzer, parsing only the sentences the gate wants ({@link ParseGate}); analyzers without a parse return
     * themselves.
     */
    default TextAnalyzer parsingOnly(ParseGate gate) {
        return this;
    }
}

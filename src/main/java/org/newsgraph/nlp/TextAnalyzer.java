package org.newsgraph.nlp;

/**
 * Splits text into sentences and tokens. Implementations may use a full NLP library; nothing outside this package
 * sees that library's types.
 */
public interface TextAnalyzer {
    AnalyzedText analyze(String text);
}

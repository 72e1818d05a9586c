/**
 * Stage 2, nlp: sentences and tokens behind the {@link org.newsgraph.nlp.TextAnalyzer} interface, with part of
 * speech, lemma, NER and dependencies from Stanford CoreNLP ({@link org.newsgraph.nlp.TextAnalyzers}). The only
 * package allowed to use an NLP library; its types never leave it.
 */
package org.newsgraph.nlp;

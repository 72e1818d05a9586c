/**
 * Stage 2, nlp: sentences and tokens behind the {@link org.newsgraph.nlp.TextAnalyzer} interface. The only
 * package allowed to use an NLP library.
 */
package org.newsgraph.nlp;

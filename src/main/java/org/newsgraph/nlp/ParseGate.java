package org.newsgraph.nlp;

import java.util.List;

/**
 * Decides, from a tagged sentence, whether it gets a dependency parse: sentences it turns down keep their parts of
 * speech, lemmas and named entities, with no heads and no relations ({@link Token#deprel()} null).
 */
@FunctionalInterface
public interface ParseGate {
    /**
     * @param sentence the sentence's text
     * @param lemmas   the lemmas of its words, as the tagger gives them
     */
    boolean wanted(String sentence, List<String> lemmas);
}

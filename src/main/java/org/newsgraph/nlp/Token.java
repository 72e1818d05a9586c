package org.newsgraph.nlp;

import org.newsgraph.model.Span;

/**
 * A word or punctuation mark, with the linguistic annotation a full analyzer adds.
 *
 * <p>The {@link RuleBasedAnalyzer} fills only text, span and index; the others are then null (and {@code head} is
 * -1). The {@link CoreNlpAnalyzer} fills them all where it could align the token:
 *
 * <pre>{@code
 * Token t = sentence.tokens().get(2);      // "killed" in "Turkish soldiers were killed by Syrian shelling"
 * t.pos();                                 // "VBN"
 * t.lemma();                               // "kill"
 * sentence.children(t.index(), "nsubj:pass"); // [soldiers]
 * }</pre>
 *
 * @param text   the token as written
 * @param span   its position in the article text
 * @param index  position in its sentence, from 0
 * @param pos    Penn Treebank part-of-speech tag ("NNP", "VBD", ...), or null when not analysed
 * @param lemma  base form ("kill" for "killed"), or null when not analysed
 * @param ner    coarse named-entity tag ("PERSON", "ORGANIZATION", "LOCATION"; the 3-class model has no MISC)
 *               or "O", or null when not analysed
 * @param head   index (in the same sentence) of the token that governs this one, or -1 for the root of the
 *               sentence or when not analysed
 * @param deprel Universal Dependencies relation to the head ("nsubj", "obj", "obl", "nmod", "compound", "amod",
 *               "conj", "root", ...), or null when not analysed
 */
public record Token(String text, Span span, int index, String pos, String lemma, String ner, int head,
        String deprel) {
    /** Tag {@link #ner()} gives a token that names nothing. */
    public static final String NO_ENTITY = "O";

    public Token {
        if (head < -1) {
            throw new IllegalArgumentException("token " + index + " '" + text + "': head " + head
                    + " is below -1 (use -1 for the root or no analysis)");
        }
        if (head == index && head >= 0) {
            throw new IllegalArgumentException("token " + index + " '" + text + "' cannot govern itself");
        }
    }

    /** A token without linguistic annotation. */
    public Token(String text, Span span, int index) {
        this(text, span, index, null, null, null, -1, null);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
    }

    public int begin() {
        return span.begin();
    }

    public int end() {
        return span.end();
    }

    /** True when an analyzer gave this token a part of speech (and so lemma, NER and dependency). */
    public boolean isAnalyzed() {
        return pos != null;
    }

    /** True for the root of its sentence's dependency tree. */
    public boolean isRoot() {
        return "root".equals(deprel);
    }

    /** True when the part of speech starts with a prefix: {@code hasPos("VB")} for any verb, "NN" for nouns. */
    public boolean hasPos(String prefix) {
        return pos != null && pos.startsWith(prefix);
    }

    /** True when the relation to the head is {@code rel} or a subtype of it ("nsubj" matches "nsubj:pass"). */
    public boolean hasRelation(String rel) {
        return deprel != null && (deprel.equals(rel) || deprel.startsWith(rel + ":"));
    }

    /** True when NER tagged this token as part of a name. */
    public boolean isEntity() {
        return ner != null && !NO_ENTITY.equals(ner);
    }
}

package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Carries the annotation of another tokenizer's words over to our tokens, by character offsets.
 *
 * <p>The two tokenizations differ: Penn Treebank rules split "Trump's" into "Trump" + "'s" and may split
 * "Russian-backed" at the hyphen, while our tokenizer keeps each as one token; PTB keeps "p.m." whole where we
 * give four tokens. The rules:
 * <ul>
 *   <li>part of speech, lemma and NER come from the word that covers the first character of our token;</li>
 *   <li>when several words start inside one of our tokens, the token takes its dependency from the one among
 *       them whose head lies outside the token (for "Trump's", "Trump"; for "Russian-backed", "backed"), and the
 *       head is mapped to the token in which the head word starts;</li>
 *   <li>a token in which no word starts (the "m" of "p.m.") continues the token where its covering word starts:
 *       it gets that word's tags and the UD relation {@code goeswith} to that token;</li>
 *   <li>a token no word covers keeps no annotation.</li>
 * </ul>
 */
final class TokenAligner {
    /** UD relation for the later pieces of a word that our tokenizer split. */
    static final String GOES_WITH = "goeswith";

    private TokenAligner() {
    }

    /**
     * One word of the other tokenizer.
     *
     * @param begin  start offset in the article text
     * @param end    end offset in the article text
     * @param head   index of the governing word in the same list, or -1 for the root
     * @param deprel relation to the head ("root" for the root)
     */
    record Word(int begin, int end, String pos, String lemma, String ner, int head, String deprel) {
    }

    /** Our tokens with the words' annotation; same texts, spans and indexes. */
    static List<Token> align(List<Token> tokens, List<Word> words) {
        if (tokens.isEmpty()) {
            return tokens;
        }
        int[] owner = owners(tokens, words);
        List<Token> out = new ArrayList<>(tokens.size());
        int w = 0;
        for (Token t : tokens) {
            while (w < words.size() && words.get(w).end() <= t.begin()) {
                w++;
            }
            if (w == words.size() || words.get(w).begin() > t.begin()) {
                out.add(t);
                continue;
            }
            Word cover = words.get(w);
            int governor = governingWord(t.index(), w, owner, words);
            if (owner[w] != t.index()) {
                out.add(annotated(t, cover, owner[w], GOES_WITH));
            } else {
                Word g = words.get(governor);
                int head = g.head() < 0 || owner[g.head()] == t.index() ? -1 : owner[g.head()];
                out.add(annotated(t, cover, head, head < 0 ? "root" : g.deprel()));
            }
        }
        return out;
    }

    private static Token annotated(Token t, Word tags, int head, String deprel) {
        return new Token(t.text(), t.span(), t.index(), tags.pos(), tags.lemma(), tags.ner(), head, deprel);
    }

    /** For each word, the index of our token in which it starts, or of the nearest token before it. */
    private static int[] owners(List<Token> tokens, List<Word> words) {
        int[] owner = new int[words.size()];
        Arrays.fill(owner, -1);
        int t = 0;
        for (int w = 0; w < words.size(); w++) {
            int begin = words.get(w).begin();
            while (t + 1 < tokens.size() && tokens.get(t + 1).begin() <= begin) {
                t++;
            }
            // a word starting before our first token (cannot happen with offsets of the same text) goes to it
            owner[w] = t;
        }
        return owner;
    }

    /** Among the words starting in our token (first one: {@code first}), the one whose head is outside it. */
    private static int governingWord(int token, int first, int[] owner, List<Word> words) {
        for (int w = first; w < words.size() && owner[w] == token; w++) {
            int h = words.get(w).head();
            if (h < 0 || owner[h] != token) {
                return w;
            }
        }
        return first;
    }
}

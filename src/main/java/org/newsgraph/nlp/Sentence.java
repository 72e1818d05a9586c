package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * One sentence of an article, with helpers to walk its dependency tree and its named-entity runs.
 *
 * <p>The tree helpers read {@link Token#head()} and {@link Token#deprel()}; on a sentence from the
 * {@link RuleBasedAnalyzer} (no annotation) they find nothing. Example, for "Russia attacked Idlib":
 *
 * <pre>{@code
 * int verb = s.root();                         // 1, "attacked"
 * s.children(verb, "nsubj");                   // [Russia]
 * s.children(verb, "obj");                     // [Idlib]
 * s.head(s.tokens().get(0));                   // attacked
 * }</pre>
 *
 * @param index     position in the article, from 0
 * @param paragraph index of the paragraph it belongs to
 * @param span      where it is
 * @param tokens    its tokens, in order
 */
public record Sentence(int index, int paragraph, Span span, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Index of the first token starting at or after an offset, or tokens.size(). */
    public int tokenAt(int offset) {
        for (Token t : tokens) {
            if (t.end() > offset) {
                return t.index();
            }
        }
        return tokens.size();
    }

    /** Index of the root of the dependency tree (usually the main verb), or -1 when the sentence is not parsed. */
    public int root() {
        for (Token t : tokens) {
            if (t.isRoot()) {
                return t.index();
            }
        }
        return -1;
    }

    /** The token that governs a token, or null for the root or an unparsed sentence. */
    public Token head(Token t) {
        return t.head() < 0 ? null : tokens.get(t.head());
    }

    /** The tokens a token governs directly, in sentence order. */
    public List<Token> dependents(int tokenIndex) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.head() == tokenIndex) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The tokens a token governs through a relation, in sentence order. A relation also matches its subtypes:
     * "nsubj" finds "nsubj:pass", "obl" finds "obl:tmod"; ask for "nsubj:pass" to get only those.
     */
    public List<Token> children(int tokenIndex, String relation) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.head() == tokenIndex && t.hasRelation(relation)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The first token a token governs through a relation (subtypes included), or null. */
    public Token child(int tokenIndex, String relation) {
        List<Token> c = children(tokenIndex, relation);
        return c.isEmpty() ? null : c.get(0);
    }

    /**
     * The text span of a token and everything below it in the tree: the phrase it heads ("Syrian shelling" for
     * "shelling"). Trees from the parser are projective, so the span holds no words of other phrases.
     */
    public Span subtree(int tokenIndex) {
        int begin = tokens.get(tokenIndex).begin();
        int end = tokens.get(tokenIndex).end();
        for (Token t : tokens) {
            if (t.index() != tokenIndex && governs(tokenIndex, t.index())) {
                begin = Math.min(begin, t.begin());
                end = Math.max(end, t.end());
            }
        }
        return new Span(begin, end);
    }

    /** True when a token is an ancestor of another in the dependency tree. */
    public boolean governs(int ancestor, int tokenIndex) {
        int cur = tokens.get(tokenIndex).head();
        // a well-formed tree has no cycles; the bound keeps a malformed one from looping forever
        for (int steps = 0; cur >= 0 && steps < tokens.size(); steps++) {
            if (cur == ancestor) {
                return true;
            }
            cur = tokens.get(cur).head();
        }
        return false;
    }

    /**
     * The maximal runs of tokens sharing one NER tag other than "O": "Emmanuel Macron" as one PERSON run. Useful to
     * spot names the gazetteer does not know. Empty when the sentence has no NER annotation.
     */
    public List<NerSpan> nerSpans() {
        List<NerSpan> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!t.isEntity()) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && t.ner().equals(tokens.get(j).ner())) {
                j++;
            }
            out.add(new NerSpan(t.ner(), i, j, new Span(t.begin(), tokens.get(j - 1).end())));
            i = j;
        }
        return out;
    }
}

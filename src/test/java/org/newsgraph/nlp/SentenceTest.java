package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

/** Tree and NER helpers on a hand-annotated sentence. */
class SentenceTest {
    // Emmanuel Macron met Vladimir Putin in Moscow .
    private static final String TEXT = "Emmanuel Macron met Vladimir Putin in Moscow.";
    private static final Sentence S = new Sentence(0, 0, new Span(0, TEXT.length()), List.of(
            tok("Emmanuel", 0, 0, "NNP", "PERSON", 1, "compound"),
            tok("Macron", 9, 1, "NNP", "PERSON", 2, "nsubj"),
            tok("met", 16, 2, "VBD", "O", -1, "root"),
            tok("Vladimir", 20, 3, "NNP", "PERSON", 4, "compound"),
            tok("Putin", 29, 4, "NNP", "PERSON", 2, "obj"),
            tok("in", 35, 5, "IN", "O", 6, "case"),
            tok("Moscow", 38, 6, "NNP", "LOCATION", 2, "obl"),
            tok(".", 44, 7, ".", "O", 2, "punct")));

    @Test
    void walksTheTree() {
        assertEquals(2, S.root());
        assertEquals("met", S.head(S.tokens().get(1)).text());
        assertNull(S.head(S.tokens().get(2)));
        assertEquals(List.of("Macron", "Putin", "Moscow", "."), S.dependents(2).stream().map(Token::text).toList());
        assertEquals("Putin", S.child(2, "obj").text());
        assertNull(S.child(2, "iobj"));
        assertTrue(S.governs(2, 0));
        assertFalse(S.governs(4, 0));
        assertEquals("in Moscow", S.subtree(6).of(TEXT));
        assertEquals(TEXT, S.subtree(2).of(TEXT));
    }

    @Test
    void runsOfOneNerTagBecomeSpans() {
        List<NerSpan> runs = S.nerSpans();

        assertEquals(List.of("PERSON:Emmanuel Macron", "PERSON:Vladimir Putin", "LOCATION:Moscow"),
                runs.stream().map(r -> r.tag() + ":" + r.span().of(TEXT)).toList());
        assertEquals(3, runs.get(1).firstToken());
        assertEquals(5, runs.get(1).endToken());
    }

    @Test
    void aRuleBasedSentenceHasNoTreeAndNoRuns() {
        Sentence plain = new RuleBasedAnalyzer().analyze(TEXT).sentences().get(0);

        assertEquals(-1, plain.root());
        assertTrue(plain.nerSpans().isEmpty());
        assertTrue(plain.dependents(2).isEmpty());
        assertFalse(plain.tokens().get(0).isAnalyzed());
    }

    @Test
    void aTokenCannotGovernItself() {
        assertThrows(IllegalArgumentException.class, () -> tok("x", 0, 3, "NN", "O", 3, "dep"));
    }

    private static Token tok(String text, int begin, int index, String pos, String ner, int head, String rel) {
        return new Token(text, new Span(begin, begin + text.length()), index, pos, text.toLowerCase(), ner, head,
                rel);
    }
}

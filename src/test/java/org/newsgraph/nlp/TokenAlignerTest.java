package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.TokenAligner.Word;

/** Alignment rules on hand-made words, without CoreNLP. */
class TokenAlignerTest {
    @Test
    void oneWordPerTokenCopiesEverything() {
        String text = "Russia attacked Idlib";
        List<Token> ours = tokens(text);
        List<Word> words = List.of(new Word(0, 6, "NNP", "Russia", "LOCATION", 1, "nsubj"),
                new Word(7, 15, "VBD", "attack", "O", -1, "root"),
                new Word(16, 21, "NNP", "Idlib", "LOCATION", 1, "obj"));

        List<Token> out = TokenAligner.align(ours, words);

        assertEquals(new Token("Russia", new Span(0, 6), 0, "NNP", "Russia", "LOCATION", 1, "nsubj"), out.get(0));
        assertEquals(-1, out.get(1).head());
        assertEquals("root", out.get(1).deprel());
        assertEquals("obj", out.get(2).deprel());
    }

    @Test
    void aTokenOfSeveralWordsTakesTagsFromTheFirstAndTheDependencyOfTheOneGoverningTheRest() {
        // ours: Russian-backed | rebels ; PTB-like words: Russian | - | backed | rebels
        String text = "Russian-backed rebels";
        List<Token> ours = tokens(text);
        List<Word> words = List.of(new Word(0, 7, "JJ", "Russian", "MISC", 2, "obl:npmod"),
                new Word(7, 8, "HYPH", "-", "O", 2, "punct"),
                new Word(8, 14, "VBN", "back", "O", 3, "amod"),
                new Word(15, 21, "NNS", "rebel", "O", -1, "root"));

        List<Token> out = TokenAligner.align(ours, words);

        assertEquals(2, out.size());
        assertEquals("JJ", out.get(0).pos());
        assertEquals("MISC", out.get(0).ner());
        assertEquals(1, out.get(0).head());
        assertEquals("amod", out.get(0).deprel());
        assertEquals("root", out.get(1).deprel());
    }

    @Test
    void headsOfWordsInsideAMergedTokenPointToThatToken() {
        // ours: Turkey's | ministry ; words: Turkey | 's | ministry
        String text = "Turkey's ministry";
        List<Token> ours = tokens(text);
        List<Word> words = List.of(new Word(0, 6, "NNP", "Turkey", "LOCATION", 2, "nmod:poss"),
                new Word(6, 8, "POS", "'s", "O", 0, "case"),
                new Word(9, 17, "NN", "ministry", "O", -1, "root"));

        List<Token> out = TokenAligner.align(ours, words);

        assertEquals("NNP", out.get(0).pos());
        assertEquals(1, out.get(0).head());
        assertEquals("nmod:poss", out.get(0).deprel());
    }

    @Test
    void laterPiecesOfAWordOurTokenizerSplitGoWithTheFirstPiece() {
        // ours: at | 5 | p | . | m | . ; words: at | 5 | p.m.
        String text = "at 5 p.m.";
        List<Token> ours = tokens(text);
        assertEquals(6, ours.size(), ours.toString());
        List<Word> words = List.of(new Word(0, 2, "IN", "at", "O", 2, "case"),
                new Word(3, 4, "CD", "5", "O", 2, "nummod"),
                new Word(5, 9, "NN", "p.m.", "O", -1, "root"));

        List<Token> out = TokenAligner.align(ours, words);

        assertEquals(2, out.get(0).head(), "head 'p.m.' maps to the token where it starts");
        assertEquals("root", out.get(2).deprel());
        for (int i = 3; i < 6; i++) {
            assertEquals(2, out.get(i).head());
            assertEquals(TokenAligner.GOES_WITH, out.get(i).deprel());
            assertEquals("NN", out.get(i).pos());
        }
    }

    @Test
    void aTokenNoWordCoversStaysUnannotated() {
        String text = "Idlib ~";
        List<Token> ours = tokens(text);
        List<Word> words = List.of(new Word(0, 5, "NNP", "Idlib", "LOCATION", -1, "root"));

        List<Token> out = TokenAligner.align(ours, words);

        assertEquals("NNP", out.get(0).pos());
        assertFalse(out.get(1).isAnalyzed());
        assertNull(out.get(1).deprel());
        assertEquals(-1, out.get(1).head());
    }

    private static List<Token> tokens(String text) {
        return RuleBasedAnalyzer.tokenize(text, new Span(0, text.length()));
    }
}

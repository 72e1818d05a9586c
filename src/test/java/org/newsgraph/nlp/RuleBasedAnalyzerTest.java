package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBasedAnalyzerTest {
    private final RuleBasedAnalyzer analyzer = new RuleBasedAnalyzer();

    @Test
    void doesNotSplitAfterUsBeforeATitle() {
        String text = "The Kremlin rebuffed criticism from U.S. President Donald Trump on Monday. Peskov spoke later.";

        assertEquals(List.of("The Kremlin rebuffed criticism from U.S. President Donald Trump on Monday.",
                "Peskov spoke later."), sentences(text));
    }

    @Test
    void doesNotSplitAfterTitleAbbreviations() {
        String text = "Gen. Valery Gerasimov met Mr. Akar in Ankara. They discussed Idlib.";

        assertEquals(List.of("Gen. Valery Gerasimov met Mr. Akar in Ankara.", "They discussed Idlib."),
                sentences(text));
    }

    @Test
    void splitsAfterUsWhenTheNextWordStartsANewSentence() {
        String text = "The sanctions were imposed by the U.S. They took effect on Monday.";

        assertEquals(List.of("The sanctions were imposed by the U.S.", "They took effect on Monday."),
                sentences(text));
    }

    @Test
    void keepsUsWithTheNameItBegins() {
        String text = "Troops of the U.S. Army left Syria. The U.S. Congress objected.";

        assertEquals(List.of("Troops of the U.S. Army left Syria.", "The U.S. Congress objected."), sentences(text));
    }

    @Test
    void keepsAMultiSentenceQuotationWithItsAttribution() {
        String text = "\"I must express our profound worry about the situation in Idlib. The population in Idlib is "
                + "living under bombs. It's vital that the ceasefire is put into practice,\" Macron told Putin. "
                + "Putin did not reply.";

        assertEquals(List.of("\"I must express our profound worry about the situation in Idlib. The population in "
                        + "Idlib is living under bombs. It's vital that the ceasefire is put into practice,\" Macron "
                        + "told Putin.", "Putin did not reply."), sentences(text));
    }

    @Test
    void keepsAQuotationTogetherAfterAQuestionWithCurlyQuotes() {
        String text = "\u201cIs it over?\u201d he asked. \u201cNo, it is not. We will go on,\u201d Peskov said. "
                + "Turkey disagreed.";

        assertEquals(List.of("\u201cIs it over?\u201d he asked.",
                "\u201cNo, it is not. We will go on,\u201d Peskov said.", "Turkey disagreed."), sentences(text));
    }

    @Test
    void keepsAQuotationTogetherAfterAQuestionWithStraightQuotes() {
        String text = "\"Is it over?\" he asked. \"No, it is not. We will go on,\" Peskov said. Turkey disagreed.";

        assertEquals(List.of("\"Is it over?\" he asked.", "\"No, it is not. We will go on,\" Peskov said.",
                "Turkey disagreed."), sentences(text));
    }

    @Test
    void splitsAfterAQuotationThatEndsWithAFullStop() {
        String text = "He said: \u201cWe never said that terrorists would feel comfortable.\u201d Russia started "
                + "an aerial campaign.";

        assertEquals(List.of("He said: \u201cWe never said that terrorists would feel comfortable.\u201d",
                "Russia started an aerial campaign."), sentences(text));
    }

    @Test
    void keepsAnEllipsisInsideAQuotationInTheSentence() {
        String text = "\"We support the efforts of the Syrian army... to end these threats\" in Idlib, Putin said. "
                + "Macron listened.";

        assertEquals(2, analyzer.analyze(text).sentences().size());
    }

    @Test
    void unbalancedQuotesDoNotKeepTheParagraphInOneSentence() {
        String text = "\"We will continue the operation. Peskov said so on Monday. Turkey disagreed.";

        assertEquals(3, analyzer.analyze(text).sentences().size());
    }

    @Test
    void sentencesKnowTheirParagraph() {
        String text = "Moscow has vowed to fight. Damascus agreed.\n\nAnkara retaliated. Troops arrived.\n\nTalks failed.";

        List<Sentence> s = analyzer.analyze(text).sentences();

        assertEquals(List.of(0, 0, 1, 1, 2), s.stream().map(Sentence::paragraph).toList());
        assertEquals(List.of(0, 1, 2, 3, 4), s.stream().map(Sentence::index).toList());
    }

    @Test
    void neverJoinsSentencesAcrossParagraphs() {
        String text = "The tragedy occurred when the army was conducting an operation, and\n\nwas not notified.";

        List<Sentence> s = analyzer.analyze(text).sentences();

        assertEquals(2, s.size());
        assertEquals(List.of(0, 1), s.stream().map(Sentence::paragraph).toList());
    }

    @Test
    void sentenceSpansPointAtTheTextWithoutSurroundingSpace() {
        String text = "  Turkey lost 13 soldiers.  Russia denied it.\n\n  Erdogan called Putin.  ";

        AnalyzedText doc = analyzer.analyze(text);

        assertEquals(List.of("Turkey lost 13 soldiers.", "Russia denied it.", "Erdogan called Putin."),
                sentences(text));
        for (Sentence s : doc.sentences()) {
            assertEquals(s, doc.sentenceAt(s.span().begin()));
        }
    }

    @Test
    void tokenOffsetsPointAtTheText() {
        String text = "More than 200,000 people fled, the U.S. envoy said -- Erdogan\u2019s \u201cred line\u201d held.\n\n"
                + "Russia's well-known de-escalation plan (in Idlib) failed...";

        AnalyzedText doc = analyzer.analyze(text);

        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                assertEquals(t.text(), text.substring(t.begin(), t.end()), "token " + t.index());
                assertEquals(t, s.tokens().get(t.index()));
            }
        }
        List<String> first = doc.sentences().get(0).tokens().stream().map(Token::text).toList();
        assertEquals(List.of("More", "than", "200,000", "people", "fled", ",", "the", "U.S.", "envoy", "said", "--",
                "Erdogan\u2019s", "\u201c", "red", "line", "\u201d", "held", "."), first);
        List<String> second = doc.sentences().get(1).tokens().stream().map(Token::text).toList();
        assertEquals(List.of("Russia's", "well-known", "de-escalation", "plan", "(", "in", "Idlib", ")", "failed",
                "..."), second);
    }

    @Test
    void aSentenceLongerThanTheLimitIsCutAfterItsLastCommaInPiecesTheLaterStagesCanBear() {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            run.append("the army shelled village ").append(i).append(i % 7 == 6 ? ", " : " ");
        }
        String text = run.append("and it ended.").toString();

        AnalyzedText doc = analyzer.analyze(text);

        assertTrue(doc.sentences().size() > 1);
        int tokens = 0;
        int end = 0;
        for (Sentence s : doc.sentences()) {
            assertTrue(s.tokens().size() <= RuleBasedAnalyzer.MAX_TOKENS, () -> s.tokens().size() + " tokens");
            assertTrue(s.span().begin() >= end, "pieces do not overlap");
            end = s.span().end();
            tokens += s.tokens().size();
        }
        assertEquals(RuleBasedAnalyzer.tokenize(text, new org.newsgraph.model.Span(0, text.length())).size(), tokens,
                "no token is lost");
        for (Sentence s : doc.sentences().subList(0, doc.sentences().size() - 1)) {
            assertEquals(",", s.tokens().get(s.tokens().size() - 1).text(), "each piece ends after a comma");
        }
    }

    @Test
    void aSentenceWithoutCommasIsCutAtTheLimit() {
        String text = "word ".repeat(MAX * 2 + 10).strip() + ".";

        List<Sentence> pieces = analyzer.analyze(text).sentences();

        assertEquals(List.of(MAX, MAX, 11), pieces.stream().map(s -> s.tokens().size()).toList());
    }

    private static final int MAX = RuleBasedAnalyzer.MAX_TOKENS;

    private List<String> sentences(String text) {
        AnalyzedText doc = analyzer.analyze(text);
        return doc.sentences().stream().map(s -> doc.cover(s.span())).toList();
    }
}

package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextAnalyzersTest {
    @Test
    void namesChooseTheAnalyzer() {
        assertInstanceOf(RuleBasedAnalyzer.class, TextAnalyzers.byName("rules"));
        assertInstanceOf(RuleBasedAnalyzer.class, TextAnalyzers.byName(" RULES "));
        assertInstanceOf(CoreNlpAnalyzer.class, TextAnalyzers.byName("corenlp"));
        assertInstanceOf(CoreNlpAnalyzer.class, TextAnalyzers.byName(null));
        assertInstanceOf(CoreNlpAnalyzer.class, TextAnalyzers.byName(""));
    }

    @Test
    void anUnknownNameSaysWhatIsAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TextAnalyzers.byName("spacy"));
        assertTrue(e.getMessage().contains("'spacy'") && e.getMessage().contains("'rules'"), e.getMessage());
    }

    @Test
    void theTestsRunWithCoreNlpsLargestMethodCompiled() {
        // the surefire and failsafe argLine give -XX:-DontCompileHugeMethods, as the launcher does; without it the
        // NER feature method stays interpreted and every test that extracts runs slower
        assertEquals("huge methods compiled", TextAnalyzers.jitNote());
    }
}

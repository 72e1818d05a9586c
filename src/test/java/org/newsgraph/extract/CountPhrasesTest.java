package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.Count;

class CountPhrasesTest {
    /** The figure is the first number of the sentence; the row gives what its words make of it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Up to 35 fighters were neutralised overnight.|35|atMost|-|35|Up to 35",
        "It said more than 70 soldiers of the army died.|70|atLeast|70|-|more than 70",
        "Nearly 900,000 people have fled since winter.|900000|about|-|-|Nearly 900,000",
        "Between 30-35 troops were killed in the raid.|30|range|30|35|30-35",
        "Some 12 to 15 civilians died in the shelling.|12|about|-|-|Some 12",
        "Officials said 33 soldiers were killed.|33|exact|33|33|33",
        "A 1,200-strong unit lost 5 men.|1200|exact|1200|1200|1,200",
        "A raid killed 8 - 4 of them children.|8|exact|8|8|8",
    })
    void readsHowTheWordsBoundTheFigure(String sentence, int value, String qualifier, Integer low, Integer high,
            String words) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d[\\d,]*").matcher(sentence);
        m.find();
        Count c = CountPhrases.figure(sentence, "killed", m.start(), m.end(), value);
        assertEquals(qualifier, c.qualifier().word());
        assertEquals(low, c.low());
        assertEquals(high, c.high());
        assertEquals(words, c.text());
        assertEquals(words, sentence.substring(c.span().begin(), c.span().end()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "dozens|24|-",
        "hundreds of thousands|200000|999999",
        "several thousands|2000|-",
    })
    void aQuantityWithoutAFigureKeepsTheBoundsItsWordsImply(String words, Integer low, Integer high) {
        String text = "They said " + words + " were displaced.";
        int at = text.indexOf(words);
        Count c = CountPhrases.vague(text, "displaced", at, at + words.length());
        assertNull(c.value());
        assertEquals(Count.Qualifier.VAGUE, c.qualifier());
        assertEquals(low, c.low());
        assertEquals(high, c.high());
    }
}

package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    @Test
    void findsStraightQuoteWithItsSpans() {
        String text = "\"We consider such sorties from Idlib unacceptable,\" he said.";

        List<Quote> quotes = finder.find(text);

        assertEquals(1, quotes.size());
        Quote q = quotes.get(0);
        assertEquals("We consider such sorties from Idlib unacceptable,", q.words());
        assertEquals(q.words(), q.inner().of(text));
        assertEquals("\"We consider such sorties from Idlib unacceptable,\"", q.outer().of(text));
        assertTrue(q.isFull());
    }

    @Test
    void findsCurlyQuote() {
        String text = "Trump called for a halt on \u201cthis butchery\u201d after a Kremlin statement.";

        List<Quote> quotes = finder.find(text);

        assertEquals(List.of("this butchery"), words(quotes));
        assertEquals("\u201cthis butchery\u201d", quotes.get(0).outer().of(text));
    }

    @Test
    void findsQuoteOpenedCurlyAndClosedStraight() {
        String text = "Macron said \u201cthe population in Idlib is living under bombs.\" Putin listened.";

        assertEquals(List.of("the population in Idlib is living under bombs."), words(finder.find(text)));
    }

    @Test
    void findsQuoteOpenedStraightAndClosedCurly() {
        String text = "\"It goes without saying that bombardments from Idlib are unacceptable.\u201d";

        assertEquals(List.of("It goes without saying that bombardments from Idlib are unacceptable."),
                words(finder.find(text)));
    }

    @Test
    void findsBothHalvesOfAQuoteSplitAroundItsAttribution() {
        String text = "\"We support the efforts of the Syrian army,\" Putin said, \"and we never said that terrorists "
                + "would feel comfortable.\"";

        assertEquals(List.of("We support the efforts of the Syrian army,",
                "and we never said that terrorists would feel comfortable."), words(finder.find(text)));
    }

    @Test
    void marksQuotedFragmentsAsNotFull() {
        String text = "Macron expressed \"profound concern\", saying it was \"urgent\" that a ceasefire went into force.";

        List<Quote> quotes = finder.find(text);

        assertEquals(List.of("profound concern", "urgent"), words(quotes));
        quotes.forEach(q -> assertFalse(q.isFull(), q.words()));
    }

    @Test
    void doesNotTakeApostrophesOrSingleQuotesForQuotations() {
        String text = "It was Turkey\u2019s responsibility, Russia's envoy said, to strike 'everywhere' if needed.";

        assertEquals(List.of(), finder.find(text));
    }

    @Test
    void ignoresAnUnclosedQuote() {
        assertEquals(List.of(), finder.find("\"We will continue the operation, Peskov told reporters."));
    }

    @Test
    void anUnclosedQuoteDoesNotSwallowTheNextParagraph() {
        String text = "\"We will continue the operation, Peskov said.\n\nErdogan replied: \"Turkey will not retreat.\"";

        List<Quote> quotes = finder.find(text);

        assertEquals(List.of("Turkey will not retreat."), words(quotes));
        assertEquals(text.lastIndexOf("Turkey will"), quotes.get(0).inner().begin());
    }

    @Test
    void ignoresEmptyQuotes() {
        assertEquals(List.of(), finder.find("The so-called \"\" zone."));
    }

    private static List<String> words(List<Quote> quotes) {
        return quotes.stream().map(Quote::words).toList();
    }
}

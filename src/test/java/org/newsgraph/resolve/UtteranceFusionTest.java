package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UtteranceFusionTest {
    private static final LocalDate DAY = LocalDate.of(2019, 8, 19);

    private static StatementReport said(String id, String speaker, LocalDate day, boolean direct, String quote,
            String sentence) {
        return new StatementReport("statement/" + id, id.substring(0, id.indexOf('/')), Set.of("outlet-" + id),
                speaker, day, day, false, direct, quote, sentence, null);
    }

    @Test
    void aQuoteAndItsParaphraseByAnotherOutletAreOneUtteranceAndLinkedAsSuch() {
        StatementReport quote = said("a/1", "putin", DAY, true,
                "We never said that terrorists would feel comfortable in Idlib",
                "\"We never said that terrorists would feel comfortable in Idlib,\" the president said at the meeting.");
        StatementReport paraphrase = said("b/1", "putin", DAY, false, null,
                "The Russian leader told his host that terrorists in Idlib should never expect to feel comfortable there.");
        List<UtteranceFusion.Utterance> us = UtteranceFusion.cluster(List.of(paraphrase, quote));
        assertEquals(1, us.size());
        UtteranceFusion.Utterance u = us.get(0);
        assertEquals("statement/a/1", u.key());
        assertEquals(2, u.outlets());
        assertEquals(1, u.paraphrases().size());
        assertArrayEquals(new String[] {"statement/b/1", "statement/a/1"}, u.paraphrases().get(0),
                "the reported speech paraphrases the quote");
        assertTrue(u.links().get(0).evidence().contains("content words in common"), u.links().get(0).evidence());
    }

    @Test
    void theSameWordsByAnotherSpeakerOrOnAnotherDayOrInTheSameArticleAreNot() {
        String words = "Turkey must stop the attacks from the Idlib zone, the spokesman told reporters on Monday.";
        StatementReport a = said("a/1", "peskov", DAY, false, null, words);
        assertTrue(UtteranceFusion.compare(a, said("b/1", "peskov", DAY, false, null, words)).isPresent());
        assertFalse(UtteranceFusion.compare(a, said("b/1", "zakharova", DAY, false, null, words)).isPresent());
        assertFalse(UtteranceFusion.compare(a, said("b/1", "peskov", DAY.plusDays(3), false, null, words)).isPresent());
        assertFalse(UtteranceFusion.compare(a, said("a/2", "peskov", DAY, false, null, words)).isPresent());
        assertFalse(UtteranceFusion.compare(a, said("b/1", "peskov", DAY, false, null,
                "Moscow will keep supporting the Syrian army, the spokesman said.")).isPresent(), "other content");
        StatementReport undated = new StatementReport("statement/b/1", "b", Set.of(), "peskov", null, null, false,
                false, null, words, null);
        assertFalse(UtteranceFusion.compare(a, undated).isPresent(), "an undated report cannot be placed on a day");
    }

    @Test
    void sharedCountsWhatTwoSortedIdArraysHaveInCommon() {
        assertEquals(0, UtteranceFusion.shared(new int[] {}, new int[] {1, 2}));
        assertEquals(0, UtteranceFusion.shared(new int[] {1, 3, 5}, new int[] {2, 4, 6}));
        assertEquals(2, UtteranceFusion.shared(new int[] {1, 3, 5, 9}, new int[] {3, 4, 9}));
        assertEquals(3, UtteranceFusion.shared(new int[] {0, 7, 8}, new int[] {0, 7, 8}));
    }

    @Test
    void theEvidenceCountsTheRunsAndListsTheCommonWordsInOrder() {
        String words = "Turkey must stop the attacks from the Idlib zone, the spokesman told reporters on Monday.";
        StatementReport a = said("a/1", "peskov", DAY, false, null, words);
        // 15 words: 12 runs of four, all shared
        assertEquals("same speaker, same days, 12 runs of four words in common",
                UtteranceFusion.compare(a, said("b/1", "peskov", DAY, false, null, words)).get().evidence());
        StatementReport reworded = said("c/1", "peskov", DAY, false, null,
                "Reporters heard the spokesman say attacks from Idlib zone must stop, and Turkey too.");
        assertEquals("same speaker, same days, content words in common: attack, idlib, must, reporter, spokesman, "
                + "stop, turkey, zone",
                UtteranceFusion.compare(a, reworded).get().evidence());
    }
}

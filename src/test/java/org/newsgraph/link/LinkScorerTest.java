package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;

class LinkScorerTest {
    private final LinkScorer scorer = new LinkScorer(TypeHints.load());
    private final ActorToLink peskov = new ActorToLink("https://w3id.org/newsgraph/id/entity/peskov",
            EntityType.PERSON, "Dmitry Peskov", List.of("Peskov"));
    private final ActorToLink kremlin = new ActorToLink("https://w3id.org/newsgraph/id/entity/kremlin",
            EntityType.GOVERNMENT_BODY, "Kremlin", List.of());

    private static Candidate c(String label, String desc, String matchType, String matchText, int rank,
                               Set<String> p31) {
        return new Candidate("Q1", label, desc, matchType, matchText, List.of(), rank, p31);
    }

    @Test
    void exactNameOfAHumanInTheDomainScoresTop() {
        var s = scorer.score(peskov, c("Dmitry Peskov", "Russian diplomat", "label", "Dmitry Peskov", 0,
                Set.of("Q5")), 5);
        assertEquals(1.0, s.score(), s.basis());
        assertTrue(s.basis().contains("instance of Q5") && s.basis().contains("'Russian'"), s.basis());
    }

    @Test
    void aHumanIsNeverAGovernmentBodyNorAThingAPerson() {
        assertEquals(0.0, scorer.score(kremlin, c("Kremlin", "Russian singer", "label", "Kremlin", 0,
                Set.of("Q5")), 5).score());
        assertEquals(0.0, scorer.score(peskov, c("Dmitry Peskov", "Russian ship", "label", "Dmitry Peskov", 0,
                Set.of("Q11446")), 5).score());
    }

    @Test
    void disambiguationPagesAreRejectedByClassOrDescription() {
        assertEquals(0.0, scorer.score(kremlin, c("Kremlin", "Wikimedia disambiguation page", "label", "Kremlin", 0,
                null), 5).score());
        assertEquals(0.0, scorer.score(kremlin, c("Kremlin", "", "label", "Kremlin", 0, Set.of("Q4167410")), 5)
                .score());
    }

    @Test
    void withoutTypesTheDescriptionDecidesAndTheRankCounts() {
        var typed = scorer.score(kremlin, c("Kremlin", "Russian presidential administration", "label", "Kremlin", 0,
                null), 5);
        var untyped = scorer.score(kremlin, c("Kremlin", "Russian rock band", "label", "Kremlin", 0, null), 5);
        var later = scorer.score(kremlin, c("Kremlin", "Russian presidential administration", "label", "Kremlin", 4,
                null), 5);
        assertTrue(typed.score() > untyped.score(), typed.basis() + " / " + untyped.basis());
        assertTrue(typed.score() > later.score());
        assertTrue(untyped.score() < 0.7, untyped.basis());
    }

    @Test
    void aliasAndWordOverlapScoreBelowAnExactName() {
        var alias = scorer.score(kremlin, c("Moscow Kremlin", "fortified complex in Moscow, Russia", "alias",
                "Kremlin", 0, Set.of()), 5);
        assertTrue(alias.score() < 0.7, alias.basis());
        var overlap = scorer.score(peskov, c("Dmitry Medvedev", "Russian politician", "label", "Dmitry Medvedev", 0,
                Set.of("Q5")), 5);
        assertTrue(overlap.score() < 0.7, overlap.basis());
        var lower = scorer.score(kremlin, c("kremlin", "fortified complex in Russian cities", "label", "kremlin", 0,
                null), 5);
        assertTrue(lower.basis().contains("common noun"), lower.basis());
    }

    @Test
    void namesIgnoreCaseAccentsAndALeadingThe() {
        assertEquals("moscow times", LinkScorer.norm("The Moscow Times"));
        assertEquals("recep tayyip erdogan", LinkScorer.norm("Recep Tayyip Erdoğan"));
    }
}

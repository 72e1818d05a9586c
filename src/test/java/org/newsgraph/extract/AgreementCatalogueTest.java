package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.TimeValue;

/** The catalogue's scoring on evidence written for the test, without any text analysis. */
class AgreementCatalogueTest {
    private static final AgreementCatalogue CATALOGUE = AgreementCatalogue.load();

    private static AgreementEvidence evidence(String phrase, String window, Set<String> explicit, Set<String> sentence,
                                              List<TimeValue> times, Set<String> places, String published) {
        return new AgreementEvidence(phrase, window, Set.of("agreement"), explicit, Set.of(), sentence, times, false, places,
                Set.of(), LocalDate.parse(published));
    }

    @Test
    void subjectWordsAloneResolveNothing() {
        assertNull(CATALOGUE.resolve(evidence("a deal", "a deal on migrants and refugees crossing to the greek islands",
                Set.of(), Set.of(), List.of(), Set.of(), "2016-04-01")));
    }

    @Test
    void twoEntriesWithTheSameEvidenceResolveToNeither() {
        // Russia and Turkey, no time, no subject: every Russia-Turkey entry fits as well as the next
        assertNull(CATALOGUE.resolve(evidence("a deal", "a deal", Set.of("russia", "turkey"), Set.of("russia", "turkey"),
                List.of(), Set.of(), "2021-06-01")));
    }

    @Test
    void partiesAndATimeResolveAndTheScoreBecomesTheConfidence() {
        AgreementCatalogue.Resolution r = CATALOGUE.resolve(evidence("an agreement", "an agreement",
                Set.of("european-union", "turkey"), Set.of(), List.of(TimeValue.year(2016, "2016", null)), Set.of(),
                "2019-01-01"));
        assertEquals("eu-turkey-2016-03", r.entry().key());
        assertTrue(r.score() >= AgreementCatalogue.MIN_SCORE && r.margin() >= AgreementCatalogue.MARGIN, r.toString());
        assertEquals(Math.min(0.95, 0.35 + 0.05 * r.score() + 0.05 * Math.min(r.margin(), 3)), r.confidence(), 1e-9);
    }

    @Test
    void aPartyTheEntryLacksSpeaksAgainstIt() {
        assertNull(CATALOGUE.resolve(evidence("a deal", "a deal on migrants", Set.of("turkey", "libya"), Set.of(),
                List.of(), Set.of(), "2020-01-10")));
    }

    @Test
    void aWrongTimeOutweighsAName() {
        AgreementCatalogue.Resolution r = CATALOGUE.resolve(evidence("the Sochi memorandum", "the sochi memorandum",
                Set.of(), Set.of(), List.of(TimeValue.month(java.time.YearMonth.of(2019, 10), "October 2019", null)),
                Set.of(), "2020-01-10"));
        assertEquals("sochi-2019-10", r.entry().key());
    }

    @Test
    void timeAndPartiesOutweighSubjectWordsOfAnotherEntry() {
        // "the de-escalation zones deal which was reached between Russia and Turkey in September 2018"
        AgreementCatalogue.Resolution r = CATALOGUE.resolve(evidence("the de-escalation zones deal",
                "the de-escalation zones deal which was reached between russia and turkey in september 2018",
                Set.of("russia", "turkey"), Set.of("russia", "turkey"),
                List.of(TimeValue.month(java.time.YearMonth.of(2018, 9), "September 2018", null)), Set.of(),
                "2019-05-11"));
        assertEquals("sochi-2018", r.entry().key());
    }

    @Test
    void aNounOfOneEntryNeedsItsNameOrAllItsParties() {
        AgreementEvidence named = new AgreementEvidence("the 2016 EU-Turkey Statement", "the 2016 eu-turkey statement",
                Set.of("agreement"), Set.of("european-union", "turkey"), Set.of(), Set.of(),
                List.of(TimeValue.year(2016, "2016", null)), false, Set.of(), Set.of(), LocalDate.parse("2020-03-03"),
                "statement", "");
        assertEquals("eu-turkey-2016-03", CATALOGUE.resolve(named).entry().key());
        AgreementEvidence bare = new AgreementEvidence("a statement", "a statement on migrants", Set.of("agreement"),
                Set.of("turkey"), Set.of(), Set.of("turkey"), List.of(), false, Set.of(), Set.of(),
                LocalDate.parse("2020-03-03"), "statement", "");
        assertNull(CATALOGUE.resolve(bare));
    }

    @Test
    void theArticleTopicBreaksATieBetweenEntriesOfTheSameParties() {
        AgreementEvidence ev = new AgreementEvidence("a historic agreement", "a historic agreement with his russian"
                + " counterpart", Set.of("agreement"), Set.of("russia"), Set.of(), Set.of("russia", "turkey"), List.of(),
                false, Set.of(), Set.of(), null, null,
                "ypg fighters will withdraw 30 km from the turkish border within 150 hours; joint patrols follow.");
        assertEquals("sochi-2019-10", CATALOGUE.resolve(ev).entry().key());
        AgreementEvidence noTopic = new AgreementEvidence("a historic agreement", "a historic agreement",
                Set.of("agreement"), Set.of("russia"), Set.of(), Set.of("russia", "turkey"), List.of(), false, Set.of(),
                Set.of(), null, null, "");
        assertNull(CATALOGUE.resolve(noTopic));
    }
}

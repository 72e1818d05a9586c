package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Statement;

/** Names the gazetteer does not know still become typed nodes; words that are no names never do. */
class UnknownNamesTest {
    private static Extraction extract(String text) {
        return Texts.extract(text, LocalDate.of(2020, 1, 28));
    }

    private static Mention of(Extraction x, String anchor) {
        return x.mentions().stream().filter(m -> m.anchor().equals(anchor)).findFirst()
                .orElseThrow(() -> new AssertionError(anchor + " not among "
                        + x.mentions().stream().map(Mention::anchor).toList()));
    }

    @Test
    void aPersonNamedInFullIsFoundAgainByTheSurname() {
        Extraction x = extract("Khaled Barakat, a local council member, told reporters the town was shelled. "
                + "\"We have nowhere to go,\" Barakat said.");

        Mention full = of(x, "Khaled Barakat");
        assertEquals(EntityType.PERSON, full.entity().type());
        assertEquals(full.entity(), of(x, "Barakat").entity());
        Statement quote = x.statements().stream().filter(Statement::direct).findFirst().orElseThrow();
        assertEquals(full.entity(), quote.speaker());
    }

    @Test
    void theFirstOrLastWordOfANameTypesIt() {
        Extraction x = extract("The Ministry of Foreign Affairs of Jordan condemned the attack. Fighters of Jaish"
                + " al-Fatah and the Suqour Brigade withdrew.");

        assertEquals(EntityType.GOVERNMENT_BODY, of(x, "Ministry of Foreign Affairs").entity().type());
        assertEquals(EntityType.ARMED_GROUP, of(x, "Jaish al-Fatah").entity().type());
        assertEquals(EntityType.ARMED_GROUP, of(x, "Suqour Brigade").entity().type());
    }

    @Test
    void namedEntityTagsTypeWhatNoRuleDoes() {
        Extraction x = extract("Residents fled to Sarmada after Mahmoud Qassem, a teacher, was wounded.");

        assertEquals(EntityType.PLACE, of(x, "Sarmada").entity().type());
        assertEquals(EntityType.PERSON, of(x, "Mahmoud Qassem").entity().type());
    }

    @Test
    void headlineWordsAndPronounsAreNoNames() {
        Extraction x = extract("Meanwhile, Tensions Rise. He said They would Respond.");

        assertTrue(x.mentions().isEmpty(), x.mentions().toString());
    }

    @Test
    void aRoleTitleWithAPrepositionStillNamesTheSpeaker() {
        Extraction x = extract("US Secretary of State Mike Pompeo said on Tuesday that Washington stood by Turkey.");

        assertEquals("pompeo", x.statements().get(0).speaker().key());
        assertTrue(x.mentions().stream().noneMatch(m -> m.anchor().equals("State")), x.mentions().toString());
    }

    @Test
    void aParentheticalBetweenSubjectAndVerbIsSkipped() {
        Extraction x = extract("Mazloum Abdi, the SDF commander, told Reuters the group would study the agreement."
                + " The Syrian Democratic Forces, which are led by the YPG, said they had lost 120 fighters.");

        assertEquals(List.of("mazloum-abdi", "sdf"), x.statements().stream().map(s -> s.speaker().key()).toList());
    }

    @Test
    void capitalsInAMultiPlaceDatelineArePlacesNotStates() {
        Extraction x = extract("MOSCOW/ANKARA (Reuters) - Russian military police began patrolling the border on"
                + " Wednesday.");

        assertEquals(EntityType.PLACE, of(x, "MOSCOW").entity().type());
        assertEquals(EntityType.PLACE, of(x, "ANKARA").entity().type());
    }

    @Test
    void heIsThePersonWhoWasJustTheSubjectNotTheLastSpeaker() {
        Extraction x = extract("\"The operation goes on,\" Defence Minister Hulusi Akar said. Speaking in Istanbul on"
                + " Sunday, President Recep Tayyip Erdogan rejected international criticism. \"We will not stop,\" he said.");

        assertEquals("erdogan", x.statements().get(x.statements().size() - 1).speaker().key());
    }

    @Test
    void demonymsNameTheSidesOfAMeetingAndAnUntimedMeetingIsOfTheReportsDay() {
        Extraction x = extract("Turkish and Russian delegations met in Ankara to discuss the ceasefire.");

        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertTrue(x.meetings().get(0).participants().stream().map(e -> e.key()).toList()
                .containsAll(List.of("turkey", "russia")));
        assertEquals(LocalDate.of(2020, 1, 28), x.meetings().get(0).date().earliest());
        assertTrue(x.meetings().get(0).date().inferred());
    }
}

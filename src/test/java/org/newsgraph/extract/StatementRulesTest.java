package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Statement;

/** Speakers that are institutions, wires, pronouns and descriptions, on sentences written for the test. */
class StatementRulesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2020, 3, 10);

    private static List<Statement> statements(String text) {
        return Texts.extract(text, TUESDAY).statements();
    }

    /** The speaker keys of the statements whose evidence sentence contains some words. */
    private static List<String> speakersOf(List<Statement> found, String text, String words) {
        return found.stream().filter(s -> s.evidence().of(text).contains(words)).map(s -> s.speaker().key()).toList();
    }

    private static List<String> speakers(String text, String words) {
        return speakersOf(statements(text), text, words);
    }

    @Test
    void itRefersToTheOrganisationThatSpokeNotToTheSubjectOfWhatItReported() {
        String text = "The Turkish Defence Ministry said Syrian government forces shelled a Turkish post near Saraqeb"
                + " on Monday. It said the troops had returned fire.";

        assertEquals(List.of("turkish-defence-ministry"), speakers(text, "It said"));
    }

    @Test
    void itAddedContinuesTheMinistryNotTheGroupItReportedOn() {
        String text = "The Russian Defence Ministry said militants had attacked its base. It added that Russian air"
                + " defences downed two drones.";

        assertEquals(List.of("ru-mod"), speakers(text, "It added"));
    }

    @Test
    void theMinistryIsTheSpeakerAndNeverTheTroopsItReportsOn() {
        String text = "The Syrian Defence Ministry accused Ankara of escalating the conflict. The ministry said"
                + " Turkish troops shelled a village near Saraqeb on Sunday.";

        List<String> found = speakers(text, "The ministry said");
        assertEquals(List.of("syrian-defence-ministry"), found);
        assertTrue(!found.contains("tr-army"), found.toString());
    }

    @Test
    void quotedAsSayingByAnOutletKeepsTheSubjectAsSpeakerAndTheOutletAsCarrier() {
        String text = "Hulusi Akar visited the border on Friday. Akar was quoted as saying by the Anadolu news agency"
                + " that the operation would go on.";

        Statement s = statements(text).stream().filter(x -> x.cue() != null && x.cue().contains("quoted"))
                .findFirst().orElseThrow(() -> new AssertionError("no statement for 'quoted as saying'"));
        assertEquals("akar", s.speaker().key());
        assertNotNull(s.reportedBy());
        assertEquals("anadolu", s.reportedBy().key());
    }

    @Test
    void theMonitorRefersBackToTheObservatory() {
        String text = "The Syrian Observatory for Human Rights counted 14 dead in the strikes. The monitor said most"
                + " of them were civilians.";

        assertEquals(List.of("sohr"), speakers(text, "The monitor said"));
    }

    @Test
    void theObservatoryRefersBackToItsShortName() {
        String text = "The Syrian Observatory reported clashes in the south of the province. The observatory said the"
                + " fighting had displaced hundreds of families.";

        assertEquals(List.of("sohr"), speakers(text, "The observatory said"));
    }

    @Test
    void aMonitorAfterAnotherOrganisationIsStillTheRightsMonitor() {
        String text = "The Syrian Observatory for Human Rights counted the dead. The United Nations called for calm."
                + " Government forces took the town of Kafranbel on Tuesday, a war monitor said.";

        assertEquals(List.of("sohr"), speakers(text, "a war monitor said"));
    }

    @Test
    void accordingToTheWarMonitorCreditsTheObservatory() {
        String text = "The Syrian Observatory for Human Rights has tracked the fighting since December. At least nine"
                + " fighters were killed near Kafr Nabl on Sunday, according to the war monitor.";

        Statement s = statements(text).stream().filter(x -> "according to".equals(x.cue())).findFirst()
                .orElseThrow(() -> new AssertionError("no 'according to' statement"));
        assertEquals("sohr", s.speaker().key());
    }

    @Test
    void officialsWhoToldAWireSpeakForTheirStateAndTheWireIsTheAddressee() {
        String text = "Two Turkish officials told AFP that the convoy had crossed into Idlib overnight.";

        Statement s = statements(text).get(0);
        assertEquals("turkey", s.speaker().key());
        assertEquals("afp", s.addressee().key());
    }

    @Test
    void aWireThatWasToldIsNeverTheSpeaker() {
        String text = "\"We will not leave,\" a local commander told AFP. Officials told Reuters the talks had stalled.";

        assertTrue(statements(text).stream().noneMatch(s -> s.speaker().type() == EntityType.MEDIA_OUTLET),
                statements(text).toString());
    }

    @Test
    void anAnonymousOfficialSpeaksForTheStateTheDemonymNames() {
        String text = "A Turkish official, who spoke on condition of anonymity, said the convoy was carrying"
                + " ammunition.";

        assertEquals(List.of("turkey"), speakers(text, "official"));
    }

    @Test
    void aMilitarySourceSpeaksForTheArmedForces() {
        String text = "A Syrian military source said the army had repelled an attack near Saraqeb.";

        assertEquals(List.of("syrian-army"), speakers(text, "military source"));
    }

    @Test
    void theStatementSpeaksForWhoeverIssuedIt() {
        String text = "The Turkish Foreign Ministry issued a statement on Tuesday condemning the strikes. The statement"
                + " said the attack violated the ceasefire.";

        assertEquals(List.of("turkish-foreign-ministry"), speakers(text, "The statement said"));
    }

    @Test
    void theSpokesmanIsThePersonGivenThatRoleNotTheLastPersonNamed() {
        String text = "Dmitry Peskov, the Kremlin spokesman, spoke after Turkish President Recep Tayyip Erdogan"
                + " threatened a new offensive. The spokesman said Moscow wanted calm.";

        assertEquals(List.of("peskov"), speakers(text, "The spokesman said"));
    }

    @Test
    void aMinistryNamedByItsCapitalIsThatStatesMinistry() {
        String text = "Syrian jets struck a Turkish convoy near Maarat al-Numan on Monday, killing three civilians,"
                + " the defence ministry in Ankara said.";

        assertEquals(List.of("turkish-defence-ministry"), speakers(text, "defence ministry"));
    }

    @Test
    void aNamedSpeakerWhoToldAWireKeepsTheWireAsAddressee() {
        String text = "Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, told AFP that 20 people"
                + " died.";

        Statement s = statements(text).get(0);
        assertEquals("rami-abdel-rahman", s.speaker().key());
        assertEquals("afp", s.addressee().key());
    }

    @Test
    void aSurnameThatIsAMonthStillNamesItsSpeaker() {
        String text = "Theresa May said Britain would back the ceasefire.";

        Statement s = statements(text).get(0);
        assertEquals(EntityType.PERSON, s.speaker().type());
        assertEquals("Theresa May", s.speaker().label());
        assertEquals(TUESDAY, s.date().earliest(), "the name is no date: the article date dates the report");
    }

    @Test
    void aMonthAtTheStartOfASentenceIsNoName() {
        Extraction x = Texts.extract("May 5 was the deadliest day of the month, the observatory said.", TUESDAY);

        assertTrue(x.mentions().stream().noneMatch(m -> m.anchor().startsWith("May")), x.mentions().toString());
    }
}

package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Statement;

/**
 * What real pages showed about statements, on sentences written for the test: terms in quote marks, described
 * speakers that go on with the previous one, documents and their issuers, pronouns past names in reported content,
 * and cues said in other words. Each rule has a case where it applies and one where it must not.
 */
class StatementRealPhenomenaTest {
    private static final LocalDate TUESDAY = LocalDate.of(2020, 3, 10);

    private static List<Statement> statements(String text) {
        return Texts.extract(text, TUESDAY).statements();
    }

    /** The speaker keys of the statements whose evidence sentence contains some words. */
    private static List<String> speakers(String text, String words) {
        return statements(text).stream().filter(s -> s.evidence().of(text).contains(words))
                .map(s -> s.speaker().key()).toList();
    }

    // --- terms in quote marks ---------------------------------------------------------------------------------

    @Test
    void aQuotedTermWithNoReportingVerbIsNoStatement() {
        String text = "Turkey launched its so-called \"Peace Spring\" operation in October. Ankara wants a \"safe zone\""
                + " along the border.";

        assertEquals(List.of(), statements(text));
    }

    @Test
    void aQuotedWordAfterAReportingVerbIsStillTheSpeakers() {
        String text = "Recep Tayyip Erdogan said the deployment of Syrian troops would be \"positive\".";

        assertEquals(List.of("erdogan"), speakers(text, "would be"));
    }

    // --- pronouns past names in reported content ---------------------------------------------------------------

    @Test
    void heIsTheSpeakerNotThePersonNamedInHisReportedWords() {
        String text = "Kyriakos Mitsotakis spoke in Berlin on Monday. Mitsotakis suggested that Erdogan should"
                + " reconsider the deal. \"We are ready to talk,\" he said.";

        assertEquals(List.of("kyriakos-mitsotakis"), speakers(text, "ready to talk"));
    }

    @Test
    void heIsThePersonWhoBecameTheSubjectOfTheNextSentence() {
        String text = "Sergei Lavrov spoke to reporters in Moscow. Recep Tayyip Erdogan rejected the criticism."
                + " \"We will not stop,\" he said.";

        assertEquals(List.of("erdogan"), speakers(text, "not stop"));
    }

    @Test
    void itDoesNotTakeUpAPluralWording() {
        String text = "Turkey said its artillery hit regime positions. Turkish forces shelled the airport, which"
                + " killed what it said were dozens of soldiers.";

        List<String> found = speakers(text, "what it said");
        assertTrue(!found.contains("tr-army"), found.toString());
    }

    // --- described speakers --------------------------------------------------------------------------------------

    @Test
    void theSourceGoesOnWithTheSpeakerTheSourceWasFirst() {
        String text = "An official source at the Foreign and Expatriates Ministry told SANA on Tuesday that the"
                + " Turkish army keeps shelling villages. The source added that Damascus rejects any Turkish presence.";

        assertEquals(List.of("syrian-foreign-ministry"), speakers(text, "The source added"));
    }

    @Test
    void anIndefiniteSourceIsSomeoneNew() {
        String text = "An official source at the Foreign and Expatriates Ministry told SANA on Tuesday that the"
                + " Turkish army keeps shelling villages. A source said the talks had failed.";

        assertEquals(List.of(), speakers(text, "A source said"));
    }

    @Test
    void theLawmakerIsTheMemberOfParliamentWhoJustSpoke() {
        String text = "Syrian lawmaker Khaled Abboud told Sputnik the army would press on towards Idlib."
                + " The lawmaker stressed that the town would be freed.";

        List<String> first = speakers(text, "told Sputnik");
        assertEquals(1, first.size(), first.toString());
        assertEquals(first, speakers(text, "The lawmaker stressed"));
    }

    @Test
    void theLawmakerIsNotAMinisterWhoSpokeBefore() {
        String text = "The Turkish Defence Ministry said two soldiers were wounded. The lawmaker stressed that the"
                + " town would be freed.";

        assertEquals(List.of(), speakers(text, "The lawmaker stressed"));
    }

    @Test
    void theReporterSpeaksForTheOutletNamedBefore() {
        String text = "SANA said army units repelled an attack near Tal Tamr. The reporter said three shells fell on"
                + " a village near the town.";

        assertEquals(List.of("sana"), speakers(text, "The reporter said"));
    }

    @Test
    void theNewspaperWithANameTheArticleDoesNotKnowIsNotTheLastOutlet() {
        String text = "TASS reported heavy fighting near Saraqeb. The army retook the town, the Al-Qalam newspaper"
                + " reported on Monday.";

        List<String> found = speakers(text, "Al-Qalam newspaper");
        assertTrue(!found.contains("tass"), found.toString());
    }

    @Test
    void accordingToThePaperIsTheNewspaperNamedBefore() {
        String text = "The Syrian army entered Saraqeb, the Al-Watan newspaper reported. According to the paper, the"
                + " rest of the town was taken on Sunday.";

        List<String> found = speakers(text, "According to the paper");
        assertTrue(!found.contains("syrian-army"), found.toString());
    }

    // --- documents and their issuers ---------------------------------------------------------------------------

    @Test
    void aStatementReleasedByAMinistryIsTheMinistrys() {
        String text = "\"Military police continue to patrol the line of contact near Manbij,\" a statement released by"
                + " the Russian Defence Ministry read.";

        assertEquals(List.of("ru-mod"), speakers(text, "statement released"));
    }

    @Test
    void aGovernmentStatementNamedByItsDemonymIsThatStates() {
        String text = "Turkey opened its border last week. A Greek government statement said hundreds of people threw"
                + " tear gas at the fence overnight.";

        assertEquals(List.of("greece"), speakers(text, "Greek government statement"));
    }

    @Test
    void aStatementProvidedByTheMinistryAfterAccordingToIsTheMinistrys() {
        String text = "The Turkish Defence Ministry said five soldiers were killed near Saraqeb. Turkish forces hit back"
                + " at once, according to a statement provided by the ministry.";

        assertEquals(List.of("turkish-defence-ministry"), speakers(text, "according to a statement"));
    }

    @Test
    void aDescribedSubjectNamedInAppositionIsThatName() {
        String text = "The UN's humanitarian coordination office, OCHA, said on Sunday that 100,000 people had fled.";

        List<String> found = speakers(text, "OCHA");
        assertEquals(1, found.size(), found.toString());
        assertTrue(!found.get(0).equals("un"), found.toString());
    }

    // --- cues said in other words ------------------------------------------------------------------------------

    @Test
    void calledOnMakesAStatementWithTheAddressee() {
        String text = "Kyriakos Mitsotakis called on Turkey on Monday to take back the migrants at the border.";

        Statement s = statements(text).get(0);
        assertEquals("kyriakos-mitsotakis", s.speaker().key());
        assertEquals("turkey", s.addressee().key());
    }

    @Test
    void calledOnInsideAnotherSpeakersWordsIsTheirs() {
        String text = "The Syrian Foreign Ministry said that Syria calls on the world to stop the aggression.";

        assertEquals(List.of("syrian-foreign-ministry"), speakers(text, "calls on"));
    }

    @Test
    void twoSpeakersSplicedWithACommaAreTwoStatements() {
        String text = "OCHA said 150,000 people had fled, the Syrian Observatory for Human Rights said 200 had died.";

        List<String> found = speakers(text, "had fled");
        assertEquals(2, found.size(), found.toString());
    }

    @Test
    void beganBySayingIsSpeech() {
        String text = "Recep Tayyip Erdogan began his remarks by saying that Turkey would keep working with Moscow.";

        assertEquals(List.of("erdogan"), speakers(text, "began his remarks"));
    }

    @Test
    void respondedByShootingIsNoSpeech() {
        String text = "Syrian jets struck a Turkish post. Turkey responded by shooting down two Syrian warplanes.";

        assertEquals(List.of(), speakers(text, "responded by"));
    }

    @Test
    void respondedWithWeaponsIsNoSpeech() {
        String text = "Militants attacked an army post. The army units responded with heavy weapons and killed several.";

        assertEquals(List.of(), speakers(text, "responded with"));
    }

    @Test
    void hailedIsAStatement() {
        String text = "Vladimir Putin hailed the memorandum as a turning point after the talks in Sochi.";

        assertEquals(List.of("putin"), speakers(text, "hailed"));
    }

    // --- dates -----------------------------------------------------------------------------------------------

    @Test
    void aDayInTheSettingOfTheSayingDatesIt() {
        String text = "During an interview on Monday, Recep Tayyip Erdogan said that Ankara wants to resettle refugees.";

        Statement s = statements(text).get(0);
        assertEquals(LocalDate.of(2020, 3, 9), s.date().earliest());
    }

    @Test
    void aDayOfThePostposedContentDoesNotDateTheSaying() {
        String text = "Drones struck Saraqeb on Sunday, killing nine people, the Syrian Observatory for Human Rights said.";

        Statement s = statements(text).get(0);
        assertTrue(s.date() == null || !s.date().earliest().equals(LocalDate.of(2020, 3, 8)), s.date().toString());
    }
}

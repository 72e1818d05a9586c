package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Incident;
import org.newsgraph.model.IncidentType;

/** Incident rules on sentences written for the test, not taken from the seeds. */
class IncidentRulesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2020, 3, 10);

    private static List<Incident> incidents(String text) {
        return Texts.extract(text, TUESDAY).incidents();
    }

    @Test
    void anEventSomeoneIsCriticizedForIsTheTopicNotAReport() {
        assertEquals(List.of(), incidents("Erdogan on Tuesday condemned Russia for shelling Afrin."));
    }

    @Test
    void anEvaluatedEventIsNotReportedAsAnIncident() {
        assertEquals(List.of(), incidents("Lavrov told reporters on Monday that Turkey's offensive in the"
                + " north was unacceptable."));
    }

    @Test
    void controlOfAnAggregateIsNoChangeOfControl() {
        List<Incident> found = incidents("The army has regained control of most of the province since 2018.");

        assertTrue(found.stream().noneMatch(i -> i.type() == IncidentType.TERRITORIAL_CONTROL), found.toString());
    }

    @Test
    void aConcreteCaptureIsAChangeOfControl() {
        List<Incident> found = incidents("Syrian government forces captured Saraqeb on Saturday.");

        assertEquals(1, found.size(), found.toString());
        assertEquals(IncidentType.TERRITORIAL_CONTROL, found.get(0).type());
        assertEquals(LocalDate.of(2020, 3, 7), found.get(0).date().earliest());
    }

    @Test
    void aRelativeClauseGivesTheConsequenceThatIsReported() {
        List<Incident> found = incidents("Turkish forces pressed on with an offensive near Afrin on Sunday that has"
                + " displaced thousands of civilians.");

        assertEquals(1, found.size(), found.toString());
        assertEquals(IncidentType.DISPLACEMENT, found.get(0).type());
        assertEquals("turkey", found.get(0).perpetrators().get(0).key().replace("tr-army", "turkey"));
    }

    @Test
    void theAnnouncedStartOfAnEventIsDatedByTheAnnouncement() {
        List<Incident> found = incidents("On March 2, the Turkish army announced the start of an offensive against"
                + " the YPG in Afrin.");

        assertTrue(found.stream().anyMatch(i -> i.date() != null
                && i.date().earliest().equals(LocalDate.of(2020, 3, 2))), found.toString());
    }

    @Test
    void twoMentionsOfOneDatedEventBecomeOneIncident() {
        List<Incident> found = incidents("Government troops advanced in their latest offensive, launched earlier"
                + " this month. On March 2, the Syrian army declared the start of an offensive in Idlib.");

        assertEquals(1, found.stream().filter(i -> i.type() == IncidentType.OFFENSIVE).count(), found.toString());
    }

    @Test
    void theParseNamesTheAgentPastARelativeClause() {
        List<Incident> found = incidents("The Syrian army, which Russia backs with air power, attacked positions held by"
                + " the Turkish-backed Syrian National Army on Sunday.");

        Incident attack = found.stream().filter(i -> i.type() == IncidentType.ATTACK).findFirst().orElseThrow();
        assertEquals(List.of("syrian-army"), attack.perpetrators().stream().map(e -> e.key()).toList());
    }

    @Test
    void aPassiveVerbGivesTargetAndAgent() {
        List<Incident> found = incidents("Three Russian soldiers were killed by HTS fighters near Aleppo on Friday.");

        Incident attack = found.get(0);
        assertEquals(List.of("ru-army"), attack.targets().stream().map(e -> e.key()).toList());
        assertEquals(List.of("hts"), attack.perpetrators().stream().map(e -> e.key()).toList());
        assertEquals(Integer.valueOf(3), attack.killed());
    }

    @Test
    void theSubjectOfAnActiveVerbOfSufferingIsTheTarget() {
        List<Incident> found = incidents("A convoy of Turkish troops came under fire near Taftanaz on Thursday.");

        assertEquals(List.of("tr-army"), found.get(0).targets().stream().map(e -> e.key()).toList());
        assertEquals(List.of(), found.get(0).perpetrators());
    }

    @Test
    void aTimeInsideTheReportedClauseDatesTheEventNotTheSaying() {
        var x = Texts.extract("The White Helmets said Russian warplanes had bombed a market in Maarat al-Numan on"
                + " Sunday, killing eight civilians.", TUESDAY);

        Incident bombing = x.incidents().get(0);
        assertEquals(LocalDate.of(2020, 3, 8), bombing.date().earliest());
        assertEquals(Integer.valueOf(8), bombing.killed());
        assertTrue(x.statements().get(0).date() == null || x.statements().get(0).date().inferred(),
                "the saying has no time of its own: " + x.statements().get(0).date());
    }

    @Test
    void theOwnerOfTheStrikeThatKilledIsThePerpetrator() {
        List<Incident> found = incidents("Thirty-four Turkish soldiers were killed in a Syrian regime air strike in"
                + " Idlib on February 27.");

        Incident attack = found.get(0);
        assertEquals(Integer.valueOf(34), attack.killed(), "a number in words");
        assertEquals(List.of("tr-army"), attack.targets().stream().map(e -> e.key()).toList());
        assertTrue(attack.perpetrators().stream().anyMatch(e -> e.key().equals("syria") || e.key().equals("syrian-army")),
                attack.perpetrators().toString());
        assertEquals(LocalDate.of(2020, 2, 27), attack.date().earliest());
    }

    @Test
    void respondingByLaunchingAnOperationIsAnOffensiveNotAStatement() {
        var x = Texts.extract("Ankara responded by launching Operation Spring Shield on Sunday.", TUESDAY);

        assertEquals(List.of(), x.statements());
        assertEquals(IncidentType.OFFENSIVE, x.incidents().get(0).type());
        assertEquals("turkey", x.incidents().get(0).perpetrators().get(0).key());
    }

    @Test
    void anAttributedEventKeepsItsTimeAndTwoTellingsMergeAtTheNarrowerPlace() {
        List<Incident> found = incidents("Five Turkish troops were killed in Idlib this week. On Monday, Syrian"
                + " government shelling killed five Turkish soldiers in Taftanaz, according to Turkey's defence ministry.");

        assertEquals(1, found.size(), found.toString());
        assertEquals(LocalDate.of(2020, 3, 9), found.get(0).date().earliest());
        assertEquals("taftanaz", found.get(0).location().key());
        assertEquals("turkish-defence-ministry", found.get(0).reportedBy().key());
    }

    @Test
    void displacementSinceADayRunsUntilTheReport() {
        Incident flight = incidents("The United Nations says nearly 700,000 people have been displaced in northwest"
                + " Syria since December 1.").get(0);

        assertEquals(IncidentType.DISPLACEMENT, flight.type());
        assertEquals(Integer.valueOf(700000), flight.displaced());
        assertEquals(List.of(), flight.targets(), "the reporting UN suffered nothing");
        assertEquals(LocalDate.of(2019, 12, 1), flight.date().earliest());
        assertEquals(TUESDAY, flight.date().latest());
    }
}

package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventFusionTest {
    private static final LocalDate FEB27 = LocalDate.of(2020, 2, 27);
    private static final double[] IDLIB = {36.63, 35.93};
    private static final double[] BALYUN = {36.55, 35.70};
    private static final double[] ALEPPO = {37.16, 36.20};

    private static IncidentReport report(String id, String outlet, LocalDate from, LocalDate to, boolean inferred,
            String place, double[] point, Set<String> perps, Set<String> targets, Integer killed, String sentence) {
        return new IncidentReport("incident/" + id, id.substring(0, id.indexOf('/')), outlet,
                outlet == null ? Set.of() : Set.of(outlet), "Attack", from, to, inferred, place,
                place == null ? Set.of() : Set.of(place), point, perps, targets, killed, null, null, sentence, null,
                java.util.Map.of("tr-army", Set.of("turkey")));
    }

    private static IncidentReport strike(String id, String outlet, Integer killed, String sentence) {
        return report(id, outlet, FEB27, FEB27, false, "idlib", IDLIB, Set.of("syria"), Set.of("tr-army"), killed,
                sentence);
    }

    @Test
    void reportsOfOneStrikeByThreeOutletsAreOneEventWithBothTollsSideBySide() {
        List<FusedEvent> events = EventFusion.cluster(List.of(
                strike("a/1", "reuters", 33, "An air strike killed 33 soldiers in Idlib on Thursday, officials said."),
                strike("b/1", "tass", 34, "Thirty-four servicemen died under Syrian fire on February 27."),
                strike("c/1", "anadolu", null, "Turkish troops came under attack in Idlib.")));
        assertEquals(1, events.size());
        FusedEvent e = events.get(0);
        assertEquals("incident/a/1", e.key(), "named after its smallest report");
        assertEquals(3, e.outlets());
        assertEquals(3, e.independent());
        assertEquals(List.of(33, 34), e.figures().stream().map(FusedEvent.Figure::value).sorted().toList());
        assertTrue(e.disputed(), "33 against 34");
        assertEquals(FEB27, e.earliest());
        assertEquals(2, e.links().size(), "three reports all linked to each other are held by a tree of two links");
    }

    @Test
    void aWireStoryRunByTwoOutletsCountsOnceAsASource() {
        String wire = "ANKARA - An air strike killed 33 Turkish soldiers in Idlib on Thursday, Turkish officials said.";
        IncidentReport a = report("a/1", "reuters", FEB27, FEB27, false, "idlib", IDLIB, Set.of("syria"),
                Set.of("tr-army"), 33, wire);
        IncidentReport b = new IncidentReport("incident/b/1", "b", "daily-sabah", Set.of("daily-sabah", "reuters"),
                "Attack", FEB27, FEB27, false, "idlib", Set.of("idlib"), IDLIB, Set.of("syria"), Set.of("tr-army"), 33,
                null, null, wire, null, null);
        IncidentReport c = strike("c/1", "tass", 34, "Thirty-four servicemen died under Syrian fire on February 27.");
        FusedEvent e = EventFusion.cluster(List.of(a, b, c)).get(0);
        assertEquals(3, e.outlets());
        assertEquals(2, e.independent(), "Reuters' copy in Daily Sabah is Reuters again");
        IncidentReport copied = report("d/1", "hurriyet", FEB27, FEB27, false, "idlib", IDLIB, Set.of("syria"),
                Set.of("tr-army"), 33, wire);
        assertEquals(2, EventFusion.cluster(List.of(a, copied, c)).get(0).independent(),
                "the same sentence without credit is republished text");
    }

    @Test
    void aVillageAndItsProvinceNearbyMayBeOnePlaceButNotAFarCity() {
        IncidentReport village = report("a/1", "reuters", FEB27, FEB27, false, "balyun", BALYUN, Set.of(),
                Set.of("tr-army"), null, "Soldiers came under fire near Balyun.");
        IncidentReport province = strike("b/1", "tass", 34, "Thirty-four servicemen died under Syrian fire.");
        IncidentReport city = report("c/1", "sana", FEB27, FEB27, false, "aleppo", ALEPPO, Set.of(), Set.of("tr-army"),
                null, "Shelling near Aleppo.");
        assertTrue(EventFusion.compare(village, province).isPresent(), "26 km apart");
        assertTrue(EventFusion.compare(village, province).get().evidence().contains("km apart"));
        assertFalse(EventFusion.compare(city, province).isPresent(), "90 km apart");
    }

    @Test
    void contradictionsKeepReportsApart() {
        IncidentReport a = strike("a/1", "reuters", 33, "x");
        assertFalse(EventFusion.compare(a, strike("a/2", "reuters", 33, "y")).isPresent(), "one article's two reports");
        assertFalse(EventFusion.compare(a, report("b/1", "tass", FEB27.plusDays(2), FEB27.plusDays(2), false, "idlib",
                IDLIB, Set.of("syria"), Set.of("tr-army"), 33, "z")).isPresent(), "two days apart");
        assertTrue(EventFusion.compare(a, report("b/1", "tass", FEB27.plusDays(1), FEB27.plusDays(1), true, "idlib",
                IDLIB, Set.of("syria"), Set.of("tr-army"), 33, "z")).isPresent(), "an inferred date may be a day off");
        assertFalse(EventFusion.compare(a, report("b/1", "tass", FEB27, FEB27, false, "idlib", IDLIB,
                Set.of("hts"), Set.of("tr-army"), 33, "z")).isPresent(), "another perpetrator");
        assertFalse(EventFusion.compare(a, report("b/1", "tass", FEB27.minusDays(26), FEB27, false, "idlib", IDLIB,
                Set.of("syria"), Set.of("tr-army"), 33, "z")).isPresent(), "a month is too vague to fuse");
        assertFalse(EventFusion.compare(a, strike("b/1", "tass", 5, "z")).isPresent(), "33 and 5 killed are two events");
        assertFalse(EventFusion.compare(report("a/1", "x", FEB27, FEB27, false, null, null, Set.of(), Set.of(), null,
                "p"), report("b/1", "y", FEB27, FEB27, false, null, null, Set.of(), Set.of(), null, "q")).isPresent(),
                "type and day alone are not enough");
    }

    @Test
    void anArmyAndTheStateItServesAreOneSideNotTwoPerpetrators() {
        IncidentReport state = report("a/1", "x", FEB27, FEB27, false, "idlib", IDLIB, Set.of("turkey"), Set.of(),
                null, "Turkey launched the operation.");
        IncidentReport army = report("b/1", "y", FEB27, FEB27, false, "idlib", IDLIB, Set.of("tr-army"), Set.of(),
                null, "The Turkish army began the operation.");
        assertTrue(EventFusion.compare(state, army).isPresent(), "tr-army belongs to turkey");
        assertTrue(EventFusion.compare(state, army).get().evidence().contains("perpetrators on one side"));
        assertFalse(EventFusion.compare(state, report("c/1", "z", FEB27, FEB27, false, "idlib", IDLIB,
                Set.of("syrian-army"), Set.of(), null, "x")).isPresent(), "another side");
    }

    @Test
    void theEventsDoNotDependOnTheOrderOfTheReports() {
        List<IncidentReport> reports = new ArrayList<>(List.of(
                strike("a/1", "reuters", 33, "one"), strike("b/1", "tass", 34, "two"),
                report("c/1", "x", FEB27, FEB27, false, "balyun", BALYUN, Set.of(), Set.of("tr-army"), null, "three"),
                report("d/1", "y", FEB27.plusDays(3), FEB27.plusDays(3), false, "aleppo", ALEPPO, Set.of("tr-army"),
                        Set.of("syrian-army"), 19, "four"),
                report("e/1", "z", FEB27.plusDays(3), FEB27.plusDays(3), false, "aleppo", ALEPPO, Set.of("tr-army"),
                        Set.of(), 21, "five")));
        List<FusedEvent> first = EventFusion.cluster(reports);
        assertEquals(2, first.size());
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(reports, random);
            List<FusedEvent> again = EventFusion.cluster(reports);
            assertEquals(first.stream().map(FusedEvent::key).toList(), again.stream().map(FusedEvent::key).toList());
            for (int k = 0; k < first.size(); k++) {
                assertEquals(first.get(k).links(), again.get(k).links());
                assertEquals(first.get(k).figures(), again.get(k).figures());
            }
        }
    }
}

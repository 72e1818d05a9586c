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
    private static final java.util.Map<String, String> KINDS = java.util.Map.of("idlib", "governorate", "balyun",
            "village", "aleppo", "city");

    private static IncidentReport report(String id, String outlet, LocalDate from, LocalDate to, boolean inferred,
            String place, double[] point, Set<String> perps, Set<String> targets, Integer killed, String sentence) {
        return new IncidentReport("incident/" + id, id.substring(0, id.indexOf('/')), outlet,
                outlet == null ? Set.of() : Set.of(outlet), "Attack", from, to,
                inferred ? IncidentReport.Dating.INFERRED : IncidentReport.Dating.READ, where(place, point), perps,
                targets, killed, null, null, null, null, sentence, null, java.util.Map.of("tr-army", Set.of("turkey")));
    }

    private static Where where(String place, double[] point) {
        // Aleppo city lies in Aleppo governorate; the gazetteer relates Balyun to nothing
        Set<String> areas = place == null ? Set.of() : switch (place) {
            case "idlib" -> Set.of("idlib");
            case "aleppo" -> Set.of("aleppo-governorate");
            default -> Set.of();
        };
        return place == null ? null : new Where(place, Set.of(place), point, KINDS.get(place), areas);
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
                "Attack", FEB27, FEB27, IncidentReport.Dating.READ, where("idlib", IDLIB), Set.of("syria"),
                Set.of("tr-army"), 33, null, null, null, null, wire, null, null);
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
        assertTrue(EventFusion.compare(village, province).isPresent(), "26 km from the province's centre");
        assertTrue(EventFusion.compare(village, province).get().evidence().contains("lies within"),
                "within the province's reach, though the gazetteer does not say so");
        assertEquals("places in different governorates", EventFusion.decide(city, province).reason(),
                "Aleppo city is 60 km from Idlib province's centre, but in another province");
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
    private static IncidentReport offensive(String id, LocalDate from, LocalDate to, IncidentReport.Dating dating,
            Where where, Set<String> perps, Integer displaced, String operation, String type) {
        return new IncidentReport("incident/" + id, id.substring(0, id.indexOf('/')), null, Set.of(), type, from, to,
                dating, where, perps, Set.of(), null, displaced, null, operation, null, id, null, null);
    }

    private static final LocalDate OCT9 = LocalDate.of(2019, 10, 9);
    private static final Where NORTH = new Where("northern-syria", Set.of("northern-syria", "syria"),
            new double[] {38.0, 36.4}, "region");
    private static final Where NORTHEAST = new Where("northeast-syria", Set.of("northeast-syria", "syria"),
            new double[] {40.0, 36.6}, "region");

    @Test
    void launchesOfOneNamedOperationAreOneEventThoughTheyPlaceItInOverlappingRegions() {
        IncidentReport a = offensive("a/1", OCT9, OCT9, IncidentReport.Dating.READ, NORTHEAST, Set.of(), null,
                "Operation Peace Spring", "Offensive");
        IncidentReport b = offensive("b/1", OCT9, OCT9, IncidentReport.Dating.READ, NORTH, Set.of("turkey"), null,
                "Operation Peace Spring", "Offensive");
        assertTrue(EventFusion.decide(a, b).link().orElseThrow().evidence().contains("both name Operation Peace Spring"));
        IncidentReport other = offensive("c/1", OCT9, OCT9, IncidentReport.Dating.READ, NORTH, Set.of("turkey"), null,
                "Operation Olive Branch", "Offensive");
        assertTrue(EventFusion.decide(b, other).reason().startsWith("different operations"));
        IncidentReport unnamed = offensive("d/1", OCT9, OCT9, IncidentReport.Dating.READ, NORTH, Set.of(), null, null,
                "Offensive");
        assertFalse(EventFusion.compare(a, unnamed).isPresent(), "type, day and two wide regions are not enough");
    }

    @Test
    void anUndatedReportTakesItsArticlesDaysAndNeedsMoreEvidence() {
        Where town = new Where("khan-shaykhun", Set.of("khan-shaykhun", "idlib"), new double[] {36.65, 35.44}, "town");
        LocalDate aug21 = LocalDate.of(2019, 8, 21);
        IncidentReport read = offensive("a/1", aug21, aug21, IncidentReport.Dating.READ, town, Set.of("syrian-army"),
                null, null, "TerritorialControl");
        LocalDate[] cycle = IncidentReport.newsCycle(aug21.plusDays(1));
        IncidentReport undated = offensive("b/1", cycle[0], cycle[1], IncidentReport.Dating.ARTICLE, town,
                Set.of("syrian-army"), null, null, "TerritorialControl");
        EventFusion.Decision d = EventFusion.decide(read, undated);
        assertTrue(d.link().orElseThrow().evidence().contains("undated report"), d.toString());
        FusedEvent e = EventFusion.cluster(List.of(read, undated)).get(0);
        assertEquals(aug21, e.earliest(), "the event's date is the one read, not the undated report's guess");
        assertEquals(aug21, e.latest());
        Where province = new Where("idlib", Set.of("idlib"), new double[] {36.67, 35.83}, "governorate");
        IncidentReport wide = offensive("c/1", cycle[0], cycle[1], IncidentReport.Dating.ARTICLE, province, Set.of(),
                null, null, "TerritorialControl");
        assertFalse(EventFusion.compare(read, wide).isPresent(), "an undated report placed in a province alone");
        LocalDate[] later = IncidentReport.newsCycle(aug21.plusDays(5));
        assertFalse(EventFusion.compare(read, offensive("e/1", later[0], later[1], IncidentReport.Dating.ARTICLE,
                town, Set.of("syrian-army"), null, null, "TerritorialControl")).isPresent(),
                "an article five days later tells of something else");
    }

    @Test
    void campaignsOfOneStartAndCloseFiguresAreOneEventButNotAMonthOfAttacks() {
        Where province = new Where("idlib", Set.of("idlib"), new double[] {36.67, 35.83}, "governorate");
        LocalDate dec1 = LocalDate.of(2019, 12, 1);
        IncidentReport a = offensive("a/1", dec1, LocalDate.of(2020, 2, 28), IncidentReport.Dating.READ, province,
                Set.of(), 1_000_000, null, "Displacement");
        IncidentReport b = offensive("b/1", dec1, LocalDate.of(2020, 3, 2), IncidentReport.Dating.READ, province,
                Set.of(), 950_000, null, "Displacement");
        assertTrue(a.campaign());
        assertEquals(Set.of(java.time.YearMonth.of(2019, 12)), a.months(), "found by the month it started");
        assertTrue(EventFusion.compare(a, b).isPresent(), EventFusion.decide(a, b).reason());
        IncidentReport since = offensive("c/1", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 2),
                IncidentReport.Dating.READ, province, Set.of(), 950_000, null, "Displacement");
        assertTrue(EventFusion.decide(a, since).reason().startsWith("campaigns of different starts"));
        IncidentReport small = offensive("d/1", dec1, LocalDate.of(2020, 3, 2), IncidentReport.Dating.READ, province,
                Set.of(), 80_000, null, "Displacement");
        assertFalse(EventFusion.compare(a, small).isPresent(), "a million and 80,000 are two counts");
        IncidentReport month = report("e/1", "x", LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29), false, "idlib",
                IDLIB, Set.of("syria"), Set.of("tr-army"), 54, "54 soldiers were killed in February alone.");
        assertFalse(month.campaign(), "a month's attacks are no campaign");
        assertTrue(month.months().isEmpty());
    }
    @Test
    void twoReportsOneArticleToldApartStayInTwoEventsOfOneGroup() {
        Where town = new Where("khan-shaykhun", Set.of("khan-shaykhun", "idlib"), new double[] {36.65, 35.44}, "town");
        LocalDate aug21 = LocalDate.of(2019, 8, 21);
        // article a tells of hills taken, then of the town taken; article b of the town taken, on the day
        IncidentReport hills = offensive("a/1", aug21.minusDays(1), aug21, IncidentReport.Dating.READ, town,
                Set.of("syrian-army"), null, null, "TerritorialControl");
        IncidentReport taken = offensive("a/2", aug21, aug21, IncidentReport.Dating.READ, town, Set.of("syrian-army"),
                null, null, "TerritorialControl");
        IncidentReport other = offensive("b/1", aug21, aug21, IncidentReport.Dating.READ, town, Set.of("syrian-army"),
                null, null, "TerritorialControl");
        List<FusedEvent> events = EventFusion.cluster(List.of(hills, taken, other));
        assertEquals(2, events.size(), "a/1 and a/2 were told apart by their article: never one event");
        assertEquals(List.of("incident/a/1", "incident/a/1"), events.stream().map(FusedEvent::group).toList(),
                "one group");
        FusedEvent pair = events.stream().filter(e -> e.reports().size() == 2).findFirst().orElseThrow();
        assertEquals(List.of("incident/a/2", "incident/b/1"), pair.reports().stream().map(IncidentReport::id).toList(),
                "the same day read in both is the stronger link");
    }

    @Test
    void theSameSidesInOneProvinceInOneWeekAreNotYetOneEvent() {
        Where province = new Where("idlib", Set.of("idlib"), new double[] {36.67, 35.83}, "governorate", Set.of("idlib"));
        LocalDate feb28 = LocalDate.of(2020, 2, 28);
        IncidentReport friday = new IncidentReport("incident/a/1", "a", null, Set.of(), "Attack", feb28, feb28,
                IncidentReport.Dating.READ, province, Set.of("turkey"), Set.of("syria"), null, null, null, null, null, "x",
                null, null);
        LocalDate[] cycle = IncidentReport.newsCycle(feb28.plusDays(2));
        IncidentReport undated = new IncidentReport("incident/b/1", "b", null, Set.of(), "Attack", cycle[0], cycle[1],
                IncidentReport.Dating.ARTICLE, province, Set.of("turkey"), Set.of("syria"), null, null, null, null, null, "y",
                null, null);
        assertTrue(EventFusion.decide(friday, undated).reason().startsWith("nothing particular shared"));
    }
    @Test
    void aQuantityWithoutAFigureStandsBesideTheNumbersItAllows() {
        org.newsgraph.model.Count dozens = new org.newsgraph.model.Count("killed", null, 24, null,
                org.newsgraph.model.Count.Qualifier.VAGUE, "dozens", null);
        IncidentReport vague = new IncidentReport("incident/c/1", "c", "sana", Set.of("sana"), "Attack", FEB27, FEB27,
                IncidentReport.Dating.READ, where("idlib", IDLIB), Set.of("syria"), Set.of("tr-army"), null, null,
                dozens, null, null, "Dozens of soldiers were killed on Thursday.", null,
                java.util.Map.of("tr-army", Set.of("turkey")));
        FusedEvent e = EventFusion.cluster(List.of(strike("a/1", "reuters", 33, "x"), vague)).get(0);
        assertEquals(2, e.reports().size());
        assertEquals(2, e.figures().size(), "the number and the words side by side");
        FusedEvent.Figure words = e.figures().stream().filter(f -> f.value() == null).findFirst().orElseThrow();
        assertEquals("dozens", words.count().text());
        assertFalse(e.disputed(), "33 is dozens");
        assertTrue(EventFusion.decide(strike("b/1", "tass", 5, "y"), vague).reason().startsWith("a count outside"),
                "five dead are not dozens");
    }
    @Test
    void theKeysReachADayEitherSideSoThatAnInferredDateFindsItsCandidatesAcrossTheTurnOfAMonth() {
        LocalDate jan31 = LocalDate.of(2020, 1, 31);
        IncidentReport read = report("a/1", "x", jan31, jan31, false, "idlib", IDLIB, Set.of("syria"),
                Set.of("tr-army"), 7, "x");
        IncidentReport dayOff = report("b/1", "y", jan31.plusDays(1), jan31.plusDays(1), true, "idlib", IDLIB,
                Set.of("syria"), Set.of("tr-army"), 7, "y");
        assertTrue(EventFusion.compare(read, dayOff).isPresent(), "a day of slack for the inferred date");
        assertFalse(java.util.Collections.disjoint(read.months(), dayOff.months()), "a key in common");
        assertEquals(Set.of("peskov 2020-01", "peskov 2020-02"), StatementReport.keys("peskov", jan31, jan31));
        assertEquals(Set.of(), StatementReport.keys("peskov", jan31, jan31.plusDays(20)), "too vague to fuse");
    }
}

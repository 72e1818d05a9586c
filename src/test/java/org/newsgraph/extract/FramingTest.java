package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Mention;

/** How outlets frame armed groups, on sentences written for the test. */
class FramingTest {
    private static List<Mention> mentions(String text) {
        return Texts.extract(text, LocalDate.of(2020, 3, 10)).mentions();
    }

    private static Mention of(List<Mention> ms, String anchor) {
        return ms.stream().filter(m -> m.anchor().equals(anchor)).findFirst()
                .orElseThrow(() -> new AssertionError(anchor + " not among " + ms.stream().map(Mention::anchor).toList()));
    }

    @Test
    void aFramingNounAfterANamedGroupFramesIt() {
        Mention hts = of(mentions("Government troops shelled positions held by HTS terrorists near Saraqeb."), "HTS");

        assertEquals("terrorists", hts.framing());
    }

    @Test
    void aFramingWordBeforeOrInAnAppositionFramesTheGroup() {
        List<Mention> ms = mentions("The army fought the terrorist group Hayat Tahrir al-Sham. The Syrian National Army,"
                + " a Turkish-backed rebel coalition, advanced on Saraqeb.");

        assertEquals("terrorists", of(ms, "Hayat Tahrir al-Sham").framing());
        assertEquals("rebels", of(ms, "Syrian National Army").framing());
    }

    @Test
    void unnamedGroupsAreOneNodeFramedByTheirNoun() {
        List<Mention> ms = mentions("Foreign-backed terrorists attacked Aleppo. Rebels said they had repelled the"
                + " assault, and militant groups fired rockets at Hama.");

        Mention a = of(ms, "Foreign-backed terrorists");
        Mention b = of(ms, "Rebels");
        Mention c = of(ms, "militant groups");
        assertEquals("armed-groups-unnamed", a.entity().key());
        assertEquals(a.entity(), b.entity());
        assertEquals(a.entity(), c.entity());
        assertEquals(List.of("terrorists", "rebels", "militants"), List.of(a.framing(), b.framing(), c.framing()));
    }

    @Test
    void wordsInsideAQuoteAreTheSpeakersNotTheOutlets() {
        List<Mention> ms = mentions("\"We will crush the terrorists,\" Assad said.");

        assertTrue(ms.stream().noneMatch(m -> m.entity().key().equals("armed-groups-unnamed")), ms.toString());
    }

    @Test
    void placesAndStatesAreNeverFramed() {
        List<Mention> ms = mentions("Idlib terrorists and anti-Damascus militants were blamed.");

        assertNull(of(ms, "Idlib").framing());
        assertTrue(ms.stream().filter(m -> m.framing() != null)
                .allMatch(m -> m.entity().type() == org.newsgraph.model.EntityType.ARMED_GROUP), ms.toString());
    }
}

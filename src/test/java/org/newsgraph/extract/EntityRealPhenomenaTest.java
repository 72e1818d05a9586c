package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;

/**
 * How real reporting names actors and places: transliterations and curly apostrophes, emotive labels for states,
 * lists of villages, hyphenated compounds, datelines, outlets named by a media noun, misspelt first names, and month
 * names that are also surnames. The sentences are written for the test.
 */
class EntityRealPhenomenaTest {
    private static Extraction extract(String text) {
        return Texts.extract(text, LocalDate.of(2020, 2, 12));
    }

    private static Mention of(Extraction x, String anchor) {
        return x.mentions().stream().filter(m -> m.anchor().equals(anchor)).findFirst()
                .orElseThrow(() -> new AssertionError(anchor + " not among "
                        + x.mentions().stream().map(Mention::anchor).toList()));
    }

    @Test
    void transliterationsAndCurlyApostrophesNameTheSamePlace() {
        Extraction x = extract("Government forces pushed from Ma’aret al-Nu’man towards Saraqab, while shells fell"
                + " on Tel Tamer and Al-Qamishly.");

        assertEquals("maarat-al-numan", of(x, "Ma’aret al-Nu’man").entity().key());
        assertEquals("saraqib", of(x, "Saraqab").entity().key());
        assertEquals("tal-tamr", of(x, "Tel Tamer").entity().key());
        assertEquals("qamishli", of(x, "Al-Qamishly").entity().key());
    }

    @Test
    void aDemonymBeforeAStateNounIsTheStateFramedByTheNoun() {
        Extraction x = extract("The Turkish regime keeps sending reinforcements, the ministry said. The Greek side"
                + " closed the crossing.");

        Mention regime = of(x, "Turkish regime");
        assertEquals("turkey", regime.entity().key());
        assertEquals("regime", regime.framing());
        Mention side = of(x, "Greek side");
        assertEquals("greece", side.entity().key());
        assertEquals(null, side.framing());
    }

    @Test
    void theOccupationArmyIsTheArmyAndTheOccupationTheState() {
        Extraction x = extract("The Turkish occupation army and its mercenaries shelled two villages near Ain Issa."
                + " Local sources said the Turkish occupation is trying to cut the road.");

        assertEquals("tr-army", of(x, "Turkish occupation army").entity().key());
        assertEquals(EntityType.ARMED_GROUP, of(x, "mercenaries").entity().type());
        assertEquals("mercenaries", of(x, "mercenaries").framing());
        Mention occupation = of(x, "Turkish occupation");
        assertEquals("turkey", occupation.entity().key());
        assertEquals("occupation", occupation.framing());
    }

    @Test
    void theGeneralCommandIsTheSyrianArmy() {
        Extraction x = extract("The General Command of the Army and Armed Forces announced that units had entered"
                + " the town.");

        assertEquals("syrian-army", of(x, "General Command of the Army and Armed Forces").entity().key());
    }

    @Test
    void everyNameInAListOfVillagesIsAPlace() {
        Extraction x = extract("Army units shelled the villages of Kafr Haya, Tell Dibs, Mashmashan and al-Qunaytirah"
                + " in the Ghab plain. The monitor said regime forces now hold 5 areas, they are: Hwaish, al-Ruwayda and"
                + " Tal Sukkar.");

        for (String village : new String[] {"Kafr Haya", "Tell Dibs", "Mashmashan", "al-Qunaytirah", "Hwaish",
                "al-Ruwayda", "Tal Sukkar"}) {
            assertEquals(EntityType.PLACE, of(x, village).entity().type(), village);
        }
    }

    @Test
    void aSettlementNounAfterANameMakesItAPlace() {
        Extraction x = extract("Helicopters dropped barrel bombs on al-Hbeit town overnight.");

        assertEquals(EntityType.PLACE, of(x, "al-Hbeit").entity().type());
    }

    @Test
    void aNameBeforeAHyphenatedParticipleIsStillMentioned() {
        Extraction x = extract("The army said it repelled an attack by al-Qaida-linked fighters near Kafr Nabudah.");

        assertEquals("al-qaeda", of(x, "al-Qaida").entity().key());
    }

    @Test
    void aCapitalInADatelineOrAfterTheWordCapitalIsTheCity() {
        Extraction x = extract("Beirut:\n\nThe Kurdish-led administration said talks with officials in the Turkish"
                + " capital Ankara had failed.");

        assertEquals(EntityType.PLACE, of(x, "Beirut").entity().type());
        assertEquals("ankara-city", of(x, "Ankara").entity().key());
    }

    @Test
    void aMediaNounMakesANameAnOutlet() {
        Extraction x = extract("The army has retaken the town, the Al-Qalam newspaper reported, citing a source.");

        assertEquals(EntityType.MEDIA_OUTLET, of(x, "Al-Qalam").entity().type());
    }

    @Test
    void aMisspeltFirstNameBeforeAKnownFullNameIsThatPerson() {
        Extraction x = extract("President Recip Tayyip Erdogan told reporters that Ankara would not step back.");

        assertEquals("erdogan", of(x, "Recip Tayyip Erdogan").entity().key());
    }

    @Test
    void aMonthAfterATimeWordIsNoSurname() {
        Extraction x = extract("Theresa May said Britain would back the ceasefire. In May, the offensive resumed and"
                + " by late May the town had fallen. May told parliament she was worried.");

        assertEquals(2, x.mentions().stream().filter(m -> m.anchor().contains("May")).count(), x.mentions().toString());
        assertTrue(x.mentions().stream().filter(m -> m.anchor().equals("May"))
                .allMatch(m -> m.entity().label().equals("Theresa May")));
    }
}

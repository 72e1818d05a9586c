package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.AgreementMention;

/**
 * Press wordings of the catalogued agreements, one positive and one negative case per catalogue entry and per row of
 * {@code lexicon/agreement-nouns.tsv}, on sentences written for the test. "-" means no catalogue entry.
 */
class AgreementWordingTest {
    private static List<AgreementMention> mentions(String text, String published) {
        return Texts.extract(text, LocalDate.parse(published)).agreements();
    }

    private static List<String> catalogued(String text, String published) {
        return mentions(text, published).stream().filter(m -> m.agreement().catalogued())
                .map(m -> m.agreement().key()).toList();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        // sochi-2018
        "Ankara says the Russians have ignored the demilitarized zone deal around Idlib for months.|2019-06-01|sochi-2018",
        "Turkish officials said the Sochi accord still requires the removal of heavy weapons from Idlib.|2019-12-02|sochi-2018",
        "Moscow accused Ankara of breaking the 2018 deal on the Idlib region.|2020-02-14|sochi-2018",
        // sochi-2019-10
        "Kurdish units had to leave the strip under the Sochi deal, which gave them 150 hours.|2019-10-25|sochi-2019-10",
        "Patrols resumed under the Russian-Turkish arrangement that pushed YPG units away from the border.|2019-11-05|sochi-2019-10",
        // us-turkey-2019-10
        "Kurdish fighters began leaving the border towns under the US-brokered pause.|2019-10-20|us-turkey-2019-10",
        "Ankara accused the Kurds of breaking the U.S.-brokered cease-fire within hours.|2019-10-19|us-turkey-2019-10",
        "Washington and Ankara agreed to a five-day ceasefire so that YPG units could pull out.|2019-10-18|us-turkey-2019-10",
        // idlib-ceasefire-2019-08
        "Rebel groups accused government forces of breaking the Idlib ceasefire on several fronts.|2019-09-05|idlib-ceasefire-2019-08",
        // moscow-2020-03
        "Rebel groups accused government forces of breaking the Idlib ceasefire on several fronts.|2020-03-20|moscow-2020-03",
        "Shelling resumed south of the highway despite the ceasefire deal reached in Moscow.|2020-03-16|moscow-2020-03",
        "Both armies pulled back from the M4 highway under the March 5 agreement.|2020-04-02|moscow-2020-03",
        "Turkish officers said the Moscow protocol allows joint patrols on the M4.|2020-03-25|moscow-2020-03",
        "The additional protocol sets up a security corridor along the highway.|2020-03-09|moscow-2020-03",
        "A truce brokered by Moscow and Ankara has held for a week in the northwest.|2020-03-13|moscow-2020-03",
        // astana-2017-05
        "Residents hoped the de-escalation accord would end the bombing of their town.|2017-08-10|astana-2017-05",
        "Iran welcomed the Astana agreement and said the guarantors would meet again.|2017-06-01|astana-2017-05",
        // ceasefire-2016-12
        "Rebel groups say government forces have violated the nationwide ceasefire several times.|2017-01-10|ceasefire-2016-12",
        // adana-1998
        "Erdogan cited the Adana agreement to justify pursuing PKK militants across the frontier.|2019-01-28|adana-1998",
        "Turkey invoked the 1998 Adana treaty to justify its incursion.|2019-10-10|adana-1998",
        "Ankara says a 1998 agreement with Syria lets its troops chase PKK fighters.|2019-01-30|adana-1998",
        // sdf-damascus-2019-10
        "Syrian troops entered Kobani under the deal with the Kurds.|2019-10-20|sdf-damascus-2019-10",
        "The SDF reached a deal with Damascus, brokered by Russia, to let government troops deploy on the border.|2019-10-16|sdf-damascus-2019-10",
        "Damascus struck a deal with Kurdish forces to send troops to Manbij.|2019-10-15|sdf-damascus-2019-10",
        // eu-turkey-2016-03
        "Athens wants the EU-Turkey deal on refugees enforced before the summer.|2018-04-11|eu-turkey-2016-03",
        "Ankara threatened to walk away from its migration pact with the European Union.|2019-09-06|eu-turkey-2016-03",
        // memorandum of understanding, memorandum, buffer-zone agreement
        "Russia and Turkey signed a memorandum of understanding on Idlib in Sochi in September 2018.|2018-10-01|sochi-2018",
        "Analysts say the Russian-Turkish memorandum on the Idlib buffer zone is fragile.|2019-03-01|sochi-2018",
        "Jihadist factions rejected the buffer-zone agreement from the start.|2019-01-15|sochi-2018",
        // a time in a relative clause telling the conclusion outweighs subject words of another entry
        "Rebel towns in southern Idlib lie inside the de-escalation zones deal which was reached between Moscow and Ankara in September 2018.|2019-06-02|sochi-2018",
        // told with the verb, no agreement noun
        "Putin and Erdogan said on Monday they had agreed to set up a demilitarised zone around Idlib.|2018-09-18|sochi-2018",
        "Russia and Turkey agreed to create a buffer zone in Idlib province, the Kremlin said.|2018-09-20|sochi-2018",
        // plural and entry nouns
        "Damascus said the Turkish build-up breached the Sochi understandings on Idlib.|2020-02-12|sochi-2018",
        "Athens accused Ankara of tearing up the 2016 EU-Turkey Statement on migrants.|2020-03-03|eu-turkey-2016-03",
        // aleppo-evacuation-2016
        "The evacuation deal was brokered by Russia and Turkey after weeks of siege.|2016-12-20|aleppo-evacuation-2016",
        "Buses left the last rebel districts under the Aleppo evacuation agreement.|2016-12-22|aleppo-evacuation-2016",
        // a wording with one named party and the subject words of the entry
        "Erdogan hailed a historic agreement with his Russian counterpart that pushes YPG fighters 30 km from the border.|2019-10-23|sochi-2019-10",
    })
    void aPressWordingResolvesToItsCatalogueEntry(String text, String published, String key) {
        List<AgreementMention> found = mentions(text, published);
        assertEquals(List.of(key), found.stream().map(m -> m.agreement().key()).toList(), text);
        assertTrue(found.get(0).confidence() >= 0.55 && found.get(0).confidence() <= 0.95, "confidence "
                + found.get(0).confidence());
    }

    @ParameterizedTest(name = "{0} is not {2}")
    @CsvSource(delimiter = '|', value = {
        // a catalogue entry that must not be chosen
        "Kurdish units had to leave the strip under the Sochi deal, which gave them 150 hours.|2019-10-25|sochi-2018",
        "Turkish officials said the Sochi accord still requires the removal of heavy weapons from Idlib.|2019-12-02|sochi-2019-10",
        "Washington and Moscow brokered a nationwide truce in February 2016.|2016-03-01|us-turkey-2019-10",
        "Ankara says a 1998 agreement with Syria lets its troops chase PKK fighters.|2019-01-30|sochi-2018",
        "Israel and Syria agreed a five-day ceasefire in 1974.|2019-10-18|us-turkey-2019-10",
        "Washington and Moscow brokered a nationwide truce in February 2016.|2016-03-01|ceasefire-2016-12",
        "Rebel groups accused government forces of breaking the Idlib ceasefire on several fronts.|2020-03-20|idlib-ceasefire-2019-08",
        "Erdogan met Putin in Moscow in 2019 and the two signed a trade agreement.|2019-04-09|moscow-2020-03",
        "Kazakhstan and Russia signed a customs agreement in Astana last week.|2018-06-20|astana-2017-05",
        "Officials travelled to Adana to sign a water-sharing deal with Iraq in 2009.|2009-05-05|adana-1998",
        "The Kurdish-led administration rejected the Sochi memorandum on the border strip.|2019-11-01|sdf-damascus-2019-10",
        "The SDF said a deal on prisoners with the Iraqi government was close.|2019-11-12|sdf-damascus-2019-10",
        "Italy struck a deal on migrants arriving from Libya.|2017-07-03|eu-turkey-2016-03",
        "Rome hopes a deal on migrants arriving from Libya will cut crossings.|2016-04-20|eu-turkey-2016-03",
        "Israel and Syria signed a buffer-zone agreement in 1974.|2019-01-15|sochi-2018",
        "The evacuation deal for Douma was brokered by Russia.|2018-04-10|aleppo-evacuation-2016",
        "Rebel towns in southern Idlib lie inside the de-escalation zones deal which was reached between Moscow and Ankara in September 2018.|2019-06-02|astana-2017-05",
    })
    void aWordingOfAnotherAgreementDoesNotResolveToAnEntry(String text, String published, String key) {
        List<String> found = catalogued(text, published);
        assertFalse(found.contains(key), text + ": " + found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // no agreement of the catalogue, and no new node either
        "Russia and Turkey signed a gas deal worth billions last year.|2019-05-01",
        "Officials want a memorandum of understanding on Idlib.|2019-05-01",
        "The ministry sent a memorandum to parliament on Tuesday.|2019-05-01",
        "Moscow and Ankara are close to a trade agreement.|2019-05-01",
        "The two parties are still in accord about taxes.|2019-05-01",
        "Greece and France discussed a defence pact.|2019-05-01",
        "Historians still argue about the Lausanne treaty.|2019-05-01",
        "Hospitals follow a protocol for handling waste.|2019-05-01",
        "The United Nations called for a ceasefire in Idlib.|2019-05-01",
        "Aid workers asked for a cease-fire in the south to reach the wounded.|2019-05-01",
        "Fans of the two clubs agreed a truce before the derby.|2019-05-01",
        "Guests complained about the seating arrangement.|2019-05-01",
        "There was a pause in the shelling around noon.|2019-05-01",
        "Officials said a deal could still be reached.|2019-05-01",
        "Turkey and Russia held peace talks on Syria last year.|2019-05-01",
        "Earlier ceasefire agreements for the province all collapsed within months.|2020-03-07",
        // the verb without what was agreed, or agreed only as a possibility, or with nothing particular agreed
        "Russia and Turkey agreed to keep talking.|2019-05-01",
        "Officials said they had agreed to continue talks.|2019-05-01",
        "Diplomats said Russia and Turkey could agree to extend the buffer zone in Idlib.|2019-10-01",
        "The UN urged the two sides to agree on a ceasefire.|2019-05-01",
        "Turkey agreed to withdraw from the buffer zone in Idlib.|2019-10-01",
        // a noun naming one entry only, without its name or parties
        "The army said in a statement that it had repelled an attack.|2020-03-03",
        "Turkey and the EU issued a joint statement on Tuesday.|2020-03-03",
        // plurals and hypothetical agreements
        "Several ceasefire deals for Aleppo collapsed in 2016.|2017-01-05",
        "The prime minister asked for an agreement to relocate migrant children to Europe.|2020-03-03",
        "Moscow proposed a truce in Idlib on Tuesday.|2019-05-01",
        "No deal was reached in Sochi.|2019-05-01",
    })
    void aGenericWordingIsNoAgreement(String text, String published) {
        assertEquals(List.of(), mentions(text, published).stream().map(m -> m.agreement().key()).toList(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // an agreement that exists, whatever the sentence says may happen to it
        "Turkey threatened to quit the EU-Turkey deal on migrants.|2019-09-06|eu-turkey-2016-03",
        "Residents feared the Sochi memorandum would not hold.|2018-10-01|sochi-2018",
        "Syria said the rebels rejected the Aleppo evacuation deal.|2016-12-15|aleppo-evacuation-2016",
    })
    void anExistingAgreementIsMentionedWhateverItsFuture(String text, String published, String key) {
        assertEquals(List.of(key), catalogued(text, published), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "After Washington and Moscow struck separate deals with Ankara, the Kurdish fighters withdrew.|2019-11-20",
        "The offensive stopped when the US and Russia reached separate agreements with Turkey on the YPG withdrawal.|2019-11-20",
    })
    void separateDealsAreOneAgreementPerParty(String text, String published) {
        assertEquals(Set.of("us-turkey-2019-10", "sochi-2019-10"), Set.copyOf(catalogued(text, published)), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Israel and Syria signed a buffer-zone agreement in 1974.|2019-01-15",
        "Washington and Moscow brokered a nationwide truce in February 2016.|2016-03-01",
    })
    void anAgreementBetweenNamedStatesOutsideTheCatalogueIsANewNode(String text, String published) {
        List<AgreementMention> found = mentions(text, published);
        assertEquals(1, found.size(), text + ": " + found);
        assertFalse(found.get(0).agreement().catalogued(), found.toString());
        assertTrue(found.get(0).agreement().parties().size() >= 2, found.toString());
    }
}

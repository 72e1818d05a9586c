package org.newsgraph.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.EntityType;

class OutletTableTest {
    private final OutletTable table = new OutletTable(Gazetteer.load());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://www.reuters.com/article/us-syria-idUSKBN1                 | reuters
            https://english.aawsat.com/home/article/2150000/talks              | asharq-al-awsat
            https://www.newarab.com/news/talks-in-sochi                        | the-new-arab
            https://npasyria.com/en/12345/                                     | north-press
            https://abcnews.go.com/International/wireStory/talks-1             | abc-news
            """)
    void urlDomainNamesTheOutlet(String url, String key) {
        assertEquals(key, table.forUrl(url).key());
    }

    @Test
    void nameInAnotherCaseStillNamesTheOutlet() {
        assertEquals("reuters", table.forName("REUTERS").key());
        assertEquals("anadolu", table.forName("ANADOLU").key());
        assertEquals("urdupoint", table.forName("UrduPoint News").key());
        assertNull(table.forName("Press"));
    }

    @Test
    void monitorThatPublishesItsOwnReportsCountsAsOutlet() {
        // the gazetteer types the monitor as an organisation; outlets.tsv lists its site
        assertEquals("sohr", table.forName("The Syrian Observatory For Human Rights").key());
        assertEquals("sohr", table.forUrl("https://www.syriahr.com/en/12345/").key());
        // an organisation the table does not list stays no outlet
        assertNull(table.forName("United Nations"));
    }

    @Test
    void longNameIsFoundInAHeaderLineInAnyCase() {
        assertEquals("kurdistan-24", table.namedIn("2020/03/04 | 10:15 - Source: kurdistan 24").key());
        assertNull(table.namedIn("the national guard said"));
    }

    @Test
    void linkCutShortStillNamesTheOutletByTheStartOfItsHost() {
        assertEquals("al-jazeera", table.forTruncatedHost("https://www.aljazee").key());
        assertEquals("urdupoint", table.forTruncatedHost("www.urdupoi").key());
        // too short to tell, or fitting no outlet
        assertNull(table.forTruncatedHost("www.al"));
        assertNull(table.forTruncatedHost("www.example-news"));
    }

    @Test
    void unknownDomainNamesNoOutlet() {
        assertNull(table.forUrl("https://example.org/2020/03/04/talks"));
        assertNull(table.forUrl("not a url"));
    }

    @Test
    void outletsTheGazetteerLacksAreFoundByNameWithOrWithoutThe() {
        assertEquals("the-new-arab", table.forName("The New Arab").key());
        assertEquals("the-new-arab", table.forName("New Arab").key());
        assertEquals("the-independent", table.forName("The Independent").key());
        assertEquals(EntityType.MEDIA_OUTLET, table.forName("Asharq Al-Awsat").type());
        assertNull(table.forName("Independent Commission"));
        assertNull(table.forName("Russia"));
    }

    @Test
    void namedInPrefersTheLongestName() {
        assertEquals("daily-sabah", table.namedIn("© 2020 Daily Sabah. All rights reserved").key());
        assertEquals("sabah", table.namedIn("Copyright © Sabah 2020").key());
        assertNull(table.namedIn("Copyright © 2020 Example Media Group"));
    }

    @Test
    void everyOutletKeyResolvesAndNoneHasAnUncheckedQid() {
        for (var e : table.added()) {
            assertEquals(e, table.byKey(e.key()).orElseThrow());
            assertNull(e.wikidata(), e.key() + " has a QID that shared/spec/wikidata-qids.tsv does not list");
        }
        assertTrue(table.added().size() >= 50);
        assertEquals("reuters", table.byKey("reuters").orElseThrow().key());
    }

    @Test
    void gazetteerNameStaysTheGazetteers() {
        List<Tsv.Row> rows = List.of(row(1, "example.org", "example-news", "Example News", "Reuters"));

        OutletTable t = new OutletTable(Gazetteer.load(), rows);

        assertEquals("reuters", t.forName("Reuters").key());
        assertEquals("example-news", t.forName("Example News").key());
        assertEquals("example-news", t.forUrl("https://news.example.org/a").key());
    }

    @Test
    void newOutletWithoutALabelNamesTheRowAndTheFix() {
        List<Tsv.Row> rows = List.of(row(12, "example.org", "example-news", "", ""));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OutletTable(Gazetteer.load(), rows));

        assertTrue(e.getMessage().startsWith("outlets.tsv:12: outlet 'example-news' is not in the gazetteer and has "
                + "no label"), e.getMessage());
    }

    private static Tsv.Row row(int line, String domain, String outlet, String label, String aliases) {
        return new Tsv.Row("outlets.tsv", line, Map.of("domain", domain, "outlet", outlet, "label", label,
                "aliases", aliases, "wikidata", ""));
    }
}

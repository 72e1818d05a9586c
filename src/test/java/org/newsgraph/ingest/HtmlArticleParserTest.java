package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.config.OutletTable;
import org.newsgraph.model.Article;

class HtmlArticleParserTest {
    private static final Path HTML = Path.of("src/test/resources/fixtures/html");
    private final HtmlArticleParser parser = new HtmlArticleParser(new OutletTable(Gazetteer.load()));

    @Test
    void keepsOnlyTheBodyParagraphsOfANewsPage() throws IOException {
        Article a = parse("news-page.html");

        assertEquals(String.join("\n\n",
                "ANKARA, February 14 -- Turkey sent hundreds of soldiers and dozens of armoured vehicles into Syria's "
                        + "Idlib province on Friday, days after a Syrian army artillery attack killed five Turkish "
                        + "soldiers at an observation post near Saraqib.",
                "Turkish President Recep Tayyip Erdogan said on Wednesday that Ankara would strike Syrian government "
                        + "forces \"everywhere\" if its soldiers were harmed again, and gave Damascus until the end of "
                        + "February to pull back.",
                "The Kremlin said Russia and Turkey remained committed to the Sochi agreement, under which a "
                        + "demilitarised zone was created in Idlib in September 2018.",
                "More than 700,000 people have been displaced by the fighting since December, according to the "
                        + "United Nations."), a.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cookies", "Middle East", "Syria's War", "By Staff Reporter", "Turkish military vehicles",
            "Anas Alkharboutli", "Read more", "Related stories", "Kremlin calls for end", "Share this story",
            "All rights reserved", "Privacy policy", "dataLayer", "trackPageView", "14 Feb 2020"})
    void dropsPageChrome(String chrome) throws IOException {
        String text = parse("news-page.html").text();

        assertFalse(text.contains(chrome), () -> "'" + chrome + "' survived in: " + text);
    }

    @Test
    void readsOpenGraphAndArticleMetadata() throws IOException {
        Article a = parse("news-page.html");

        assertEquals("Turkey sends more troops to Idlib after deadly convoy attack", a.title());
        assertEquals(LocalDate.of(2020, 2, 14), a.published());
        assertEquals("https://www.aljazeera.com/news/2020/2/14/turkey-sends-more-troops-to-idlib-after-deadly-convoy-"
                + "attack", a.sourceUrl());
        assertEquals("al-jazeera", a.publisherKey());
        assertEquals(List.of(), a.sourceKeys());
        assertEquals("ANKARA", a.datelinePlace());
    }

    @Test
    void readsJsonLdNewsArticleWhenThereAreNoOpenGraphTags() throws IOException {
        Article a = parse("jsonld-only.html");

        assertEquals("Peskov says attacks from Idlib are \"unacceptable\"", a.title());
        assertEquals(LocalDate.of(2019, 6, 3), a.published());
        assertEquals("tass", a.publisherKey());
        assertNull(a.sourceUrl());
    }

    @Test
    void takesTheArticleBodyElementAndDropsTags() throws IOException {
        Article a = parse("jsonld-only.html");

        assertEquals("MOSCOW, June 3. Kremlin spokesman Dmitry Peskov said on Monday that strikes by militants from "
                + "Idlib were unacceptable.\n\nHe said Turkey bore responsibility for preventing such attacks under "
                + "the Sochi agreement.", a.text());
    }

    @Test
    void pageWithoutBodyTextGivesNoArticle() throws IOException {
        assertNull(parse("no-body.html"));
    }

    @Test
    void readsParagraphsSeparatedByLineBreaks() throws IOException {
        Article a = parse("br-paragraphs.html");

        assertNotNull(a);
        assertEquals(3, a.text().split("\n\n").length);
        assertEquals("radio-habana-cuba", a.publisherKey());
    }

    @Test
    void keepsABodyContainerWhoseClassMentionsSharing() throws IOException {
        Article a = parse("share-class-body.html");

        assertNotNull(a);
        assertEquals("Turkish Foreign Minister Mevlut Cavusoglu said on Wednesday that Russia must restrain Syrian "
                + "government forces in Idlib.\n\nHe said Ankara and Moscow remained committed to the Sochi "
                + "agreement.", a.text());
    }

    @Test
    void readsOutletDateAndCreditsFromAPageWithoutArticleMetadata() {
        String page = "<html><head><title>Talks in Ankara</title>"
                + "<link rel=\"canonical\" href=\"https://example.org/world/2020/03/04/talks\"></head><body>"
                + "<div class=\"menu\">Home World Middle East Opinion Video</div>"
                + "<main><p>Beirut (Reuters) - Turkey and Russia held talks on Idlib, officials said.</p>"
                + "<p>Photo: Jane Roe / Getty Images</p><p>Share this article</p>"
                + "<p>A photo released by the ministry showed the delegations.</p>"
                + "<p>The talks will resume next week. \u2014 AFP</p><p>Officials said the second round would</p></main>"
                + "<footer><p>Copyright \u00a9 2020 Asharq Al-Awsat. All rights reserved.</p></footer></body></html>";

        Article a = parser.parse("x", "x.html", page, "0".repeat(64), null);

        assertEquals(LocalDate.of(2020, 3, 4), a.published());
        assertEquals("asharq-al-awsat", a.publisherKey());
        assertEquals(java.util.Set.of("reuters", "afp"), java.util.Set.copyOf(a.sourceKeys()));
        assertEquals(String.join("\n\n", "Beirut (Reuters) - Turkey and Russia held talks on Idlib, officials said.",
                "A photo released by the ministry showed the delegations.", "The talks will resume next week."), a.text());
    }

    private Article parse(String file) throws IOException {
        String raw = Files.readString(HTML.resolve(file));
        return parser.parse(file.replace(".html", ""), file, raw, "0".repeat(64), null);
    }
}

package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.config.OutletTable;
import org.newsgraph.config.Tsv;

class BoilerplateTest {
    private final Boilerplate junk = Boilerplate.load();
    private final OutletTable outlets = new OutletTable(Gazetteer.load());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Photo: Jane Roe / Getty Images", "Image: Syrian Ministry of Defence handout",
            "Turkish soldiers near Saraqib. (AP Photo/Jane Roe)", "REUTERS/Jane Roe", "File photo",
            "Smoke rises over the town. (REUTERS/John Doe)", "Jane Roe / AFP via Getty Images",
            "By Jane Roe and John Doe", "By Jane Roe, John Doe and Richard Roe", "Video report by John Doe",
            "Jane Roe is a freelance journalist based in Beirut.", "About the author",
            "Share this article", "Share", "Follow us on Twitter", "Subscribe to our newsletter",
            "Sign up for our daily briefing", "Read more: Turkey sends more troops", "Related: Talks in Sochi",
            "Also read: Ankara and Moscow agree", "Advertisement", "Click here to watch the video", "Tags: Syria, Idlib",
            "Home World Middle East Opinion Video", "Home | World | Middle East | Syria",
            "News Politics Business Sport Culture Podcasts",
            "This website uses cookies to improve your experience.",
            "We use cookies to give you the best experience. By continuing you accept our cookie policy.",
            "Accept all cookies", "Privacy policy", "Editing by John Doe", "Copy link", "12 comments"})
    void dropsPageJunk(String line) {
        assertTrue(junk.isJunk(line), line);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"A photo released by the ministry showed the damaged observation post.",
            "The photographer said the image was taken on 3 March 2020 near Saraqib.",
            "By Tuesday, Turkish troops had reached the outskirts of Saraqib.",
            "Turkey will share intelligence with Russia, the minister said.",
            "Syrian forces shared the video of the strike on social media.",
            "Residents said they were told to follow the army's orders.",
            "The ministry reported 33 soldiers killed.",
            "Kremlin to Turkey: Help Stop Attacks on Syrian and Russian Forces in Idlib",
            "Turkey Sends More Troops to Idlib After Deadly Attack",
            "Related talks in Sochi ended on Tuesday without an agreement, officials said, adding that a new round of "
                    + "negotiations would follow. Officials from both sides later played down the differences."})
    void keepsBodySentencesThatMerelyMentionJunkWords(String line) {
        assertFalse(junk.isJunk(line), line);
        assertNull(junk.creditLine(line, outlets), line);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"News ID: 40312", "Message end/", "* Comment:", "your comment", "Read: 1,204",
            "Tags: Idlib \u060c Saraqib", "More about: Turkey Syria", "Analysis: What next for Idlib?",
            "Video PlayerClose", "Share this articleComments", "Copy/paste the article video embed link below:",
            "0100200707500000000000000111", "(@janeroe_news)", "Jane Roe (@janeroe) 12 minutes ago",
            "J.R.Haddad / Jane Roe", "Text and photo editing by John D.",
            "\u56fd\u4ea7\u65e0\u7801\u5728\u7ebf\u89c2\u770b\u514d\u8d39 37pao"})
    void dropsWidgetsAndCreditsOfCopiedPages(String line) {
        assertTrue(junk.isJunk(line), line);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Troops moved towards the border (north/east) on Monday, officials said.",
            "The army's reply came hours later, the ministry said.",
            "Turkish forces have more troops in Idlib than in any other province."})
    void keepsSentencesThatLookLikeCredits(String line) {
        assertFalse(junk.isJunk(line), line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Troops gather near Kastanies [Jane Roe/Reuters]       | Troops gather near Kastanies
            Migrants wait at Pazarkule. (John Doe/Anadolu Agency)  | Migrants wait at Pazarkule.
            Smoke rises over Saraqib. (AFP Photo)                  | Smoke rises over Saraqib.
            Soldiers on patrol near Tal Abyad. (File)              | Soldiers on patrol near Tal Abyad.
            Troops moved north (towards Manbij) on Monday.         | Troops moved north (towards Manbij) on Monday.
            """)
    void photoCreditLeavesTheCaption(String line, String caption) {
        assertEquals(caption, junk.cutPhotoCredits(line));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Check Also", "Other news", "TOP STORIES", "Editor\u2019s Choice", "You might also like",
            "1. Home", "Related stories:"})
    void recognisesHeadingsOverTeaserBlocks(String line) {
        assertTrue(junk.isBlockHead(line), line);
    }

    @Test
    void storyPhraseNamesTheOutletItWasWrittenFor() {
        assertEquals("daily-sabah", junk.mentionedOutlet("An official told Daily Sabah late on Monday.", outlets).key());
        assertEquals("sana", junk.mentionedOutlet("Later, SANA\u2019s reporter said the talks ended.", outlets).key());
        assertEquals("hawar", junk.mentionedOutlet("ANHA correspondents in the area said so.", outlets).key());
        // a quoted outlet that is no outlet, or no phrase at all
        assertNull(junk.mentionedOutlet("A resident told The Associated Gardeners Club.", outlets));
        assertNull(junk.mentionedOutlet("The agency SANA said troops moved north.", outlets));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            — AFP                                       | afp
            - Reuters                                   | reuters
            Reuters contributed to this report.         | reuters
            The Associated Press contributed to this report | associated-press
            (Xinhua)                                    | xinhua
            /TASS/                                      | tass
            Anadolu Agency reported.                    | anadolu
            Jane Roe, Reuters                           | reuters
            Courtesy of Xinhua                          | xinhua
            """)
    void wireCreditLineNamesItsOutlet(String line, String outlet) {
        assertEquals(outlet, junk.creditLine(line, outlets).key());
    }

    @Test
    void creditLineWithAnUnknownNameIsNoCredit() {
        assertEquals("reuters", junk.creditLine("Jane Roe | Reuters", outlets).key());
        assertNull(junk.creditLine("— John Doe", outlets));
        assertNull(junk.creditLine("(Damascus)", outlets));
        assertNull(junk.creditLine("The ministry reported.", outlets));
    }

    @Test
    void trailingWireCreditIsCutAndCredited() {
        ParsedParts parts = new ParsedParts();

        assertEquals("The talks ended, the ministry said.",
                junk.cutCreditTail("The talks ended, the ministry said. — AFP", parts, outlets, true));
        assertEquals("He said so.", junk.cutCreditTail("He said so. (Reuters)", parts, outlets, true));
        assertEquals("Talks were held (in Sochi).", junk.cutCreditTail("Talks were held (in Sochi).", parts, outlets, true));
        assertEquals("He met Putin. — Erdogan", junk.cutCreditTail("He met Putin. — Erdogan", parts, outlets, true));
        assertEquals(List.of("afp", "reuters"), List.copyOf(parts.creditedOutlets));
    }

    @Test
    void cutOffLastParagraphKeepsItsCompleteSentences() {
        List<String> ps = new ArrayList<>(List.of("Turkey sent troops.", "The talks ended. Officials said the army"));
        Boilerplate.dropTrailingFragment(ps);
        assertEquals(List.of("Turkey sent troops.", "The talks ended."), ps);

        ps = new ArrayList<>(List.of("Turkey sent troops.", "Officials said the army would..."));
        Boilerplate.dropTrailingFragment(ps);
        assertEquals(List.of("Turkey sent troops."), ps);

        ps = new ArrayList<>(List.of("Turkey sent troops.", "\"We will respond,\" he said."));
        Boilerplate.dropTrailingFragment(ps);
        assertEquals(List.of("Turkey sent troops.", "\"We will respond,\" he said."), ps);

        ps = new ArrayList<>(List.of("Officials said the army"));
        Boilerplate.dropTrailingFragment(ps);
        assertEquals(List.of("Officials said the army"), ps);
    }

    @Test
    void markdownLineOfLinksIsNavigation() {
        assertTrue(Boilerplate.isLinkList("[Home](/) | [World](/world) | [Middle East](/me) | [Syria](/syria)"));
        assertFalse(Boilerplate.isLinkList("Ankara [retaliated](#), firing on [known](#) Syrian Army [positions](#)."));
    }

    @Test
    void badPatternInTheDataFileNamesTheRowAndTheFix() {
        Tsv.Row row = new Tsv.Row("boilerplate.tsv", 7, Map.of("kind", "junk", "pattern", "^(photo"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Boilerplate(List.of(row)));

        assertTrue(e.getMessage().startsWith("boilerplate.tsv:7: bad pattern '^(photo'"), e.getMessage());
    }
}

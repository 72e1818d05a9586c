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

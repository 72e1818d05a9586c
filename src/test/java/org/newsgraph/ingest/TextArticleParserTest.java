package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.config.OutletTable;
import org.newsgraph.model.Article;

class TextArticleParserTest {
    private static final String S000 = "000_badb6536dc7ab645.txt";
    private static final String S001 = "001_f22061eb0096845d.txt";
    private static final String S002 = "002_6a3b87e544eb1277.txt";
    private static final String S003 = "003_f3cbd4cda5a5ffaf.txt";
    private static final String S004 = "004_289c97c6adab94b1.txt";

    private final TextArticleParser parser = new TextArticleParser(new OutletTable(Gazetteer.load()));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            000_badb6536dc7ab645.txt | Russia will support Syria's fight against terrorism in Idlib despite Trump's calls to stop it \u2013 Kremlin
            001_f22061eb0096845d.txt | Kremlin to Turkey: Help Stop Attacks on Syrian and Russian Forces in Idlib
            002_6a3b87e544eb1277.txt | Kremlin Rebuffs Trump on Syria, Says Military Action in Idlib Is Justified
            004_289c97c6adab94b1.txt | Russian president supports Syrian army attacks on terrorists in Idlib
            """)
    void readsTheTitle(String seed, String title) throws IOException {
        assertEquals(title, seed(seed).title());
    }

    @Test
    void doesNotTakeTheFirstBodyParagraphForATitle() throws IOException {
        assertNull(seed(S003).title());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            000_badb6536dc7ab645.txt | 2020-02-17
            001_f22061eb0096845d.txt | 2020-02-11
            002_6a3b87e544eb1277.txt | 2019-06-03
            003_f3cbd4cda5a5ffaf.txt | none
            004_289c97c6adab94b1.txt | none
            """)
    void readsTheDateLineButNeverGuessesAYear(String seed, LocalDate date) throws IOException {
        assertEquals(date, seed(seed).published());
    }

    @Test
    void teaserDomainNamesThePublisher() throws IOException {
        Article a = seed(S000);

        assertEquals("rt", a.publisherKey());
        assertEquals(List.of(), a.sourceKeys());
    }

    @Test
    void urlDomainNamesThePublisherAndBylineTheSource() throws IOException {
        for (String s : List.of(S001, S002)) {
            Article a = seed(s);
            assertEquals("moscow-times", a.publisherKey(), s);
            assertEquals(List.of("reuters"), a.sourceKeys(), s);
        }
    }

    @Test
    void footerAndUrlNameThePublisherOfSeed004() throws IOException {
        Article a = seed(S004);

        assertEquals("radio-habana-cuba", a.publisherKey());
        assertEquals("Paris", a.datelinePlace());
    }

    @Test
    void datelineOutletIsThePublisherAndSourceLineIsCredited() throws IOException {
        Article a = seed(S003);

        assertEquals("yjc", a.publisherKey());
        assertEquals(List.of("press-tv"), a.sourceKeys());
    }

    @Test
    void datelinePlaceIsReadAndLeftInTheText() throws IOException {
        Article a = seed(S003);

        assertEquals("TEHRAN", a.datelinePlace());
        assertTrue(a.text().startsWith("TEHRAN, Young Journalists Club (YJC) - Trump on Sunday"));
    }

    @Test
    void repairsTheUrlBrokenBySpace() throws IOException {
        assertEquals("https://www.themoscowtimes.com/2020/02/11/kremlin-to-turkey-help-stop-attacks-on-syrian-and-"
                + "russian-forces-in-idlib-a69238", seed(S001).sourceUrl());
    }

    @Test
    void readsAnAutolinkUrl() throws IOException {
        assertEquals("https://www.themoscowtimes.com/2019/06/03/kremlin-rebuffs-trump-on-syria-says-military-action-"
                + "in-idlib-is-justified-a65855", seed(S002).sourceUrl());
        assertNull(seed(S000).sourceUrl());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            000_badb6536dc7ab645.txt | Also on rt.com
            000_badb6536dc7ab645.txt | Syrian army takes control over all villages
            000_badb6536dc7ab645.txt | (#)
            000_badb6536dc7ab645.txt | *
            000_badb6536dc7ab645.txt | 17/02/2020
            001_f22061eb0096845d.txt | Anas Alkharboutli
            001_f22061eb0096845d.txt | By Reuters
            001_f22061eb0096845d.txt | Related article
            001_f22061eb0096845d.txt | Restrain Syrian Forces
            001_f22061eb0096845d.txt | Original url
            001_f22061eb0096845d.txt | themoscowtimes.com
            002_6a3b87e544eb1277.txt | Anas Alkharboutli
            002_6a3b87e544eb1277.txt | Related article
            002_6a3b87e544eb1277.txt | It's Turkey's Duty
            002_6a3b87e544eb1277.txt | Original url
            002_6a3b87e544eb1277.txt | June 03, 2019
            003_f3cbd4cda5a5ffaf.txt | Source: Press TV
            004_289c97c6adab94b1.txt | Radio Habana Cuba
            004_289c97c6adab94b1.txt | radiohc.cu
            004_289c97c6adab94b1.txt | ---
            """)
    void keepsBoilerplateOutOfTheText(String seed, String boilerplate) throws IOException {
        String text = seed(seed).text();

        assertFalse(text.contains(boilerplate), () -> "'" + boilerplate + "' in " + seed);
    }

    @Test
    void joinsAParagraphBrokenMidSentence() throws IOException {
        String text = seed(S000).text();

        assertTrue(text.contains("conducting an operation against terrorists in the area, and was not notified of "
                + "the convoy's movements, according to the Russian Defense Ministry."), text);
    }

    @Test
    void keepsMarkdownLinkTextAndQuotesWithoutMarkup() throws IOException {
        String text = seed(S000).text();

        assertTrue(text.contains("Ankara retaliated, firing on known Syrian Army positions"));
        assertTrue(text.contains("will \"support the Syrian Arab Republic armed forces in their fight against "
                + "terrorism,\" Kremlin spokesperson Dmitry Peskov said"));
    }

    @Test
    void paragraphsAreSeparatedByOneBlankLine() throws IOException {
        for (String s : List.of(S000, S001, S002, S003, S004)) {
            String text = seed(s).text();
            assertEquals(text.strip(), text, s);
            assertFalse(text.contains("\n\n\n"), s);
            for (String p : text.split("\n\n")) {
                assertEquals(p.strip(), p, s);
                assertFalse(p.contains("\n"), () -> s + " paragraph with a line break: " + p);
            }
        }
        assertEquals(12, seed(S003).text().split("\n\n").length);
    }

    @Test
    void joinBrokenParagraphsLeavesFinishedSentencesAlone() {
        assertEquals(List.of("Turkey retaliated.", "iPhone footage showed the strike."),
                TextArticleParser.joinBrokenParagraphs(List.of("Turkey retaliated.", "iPhone footage showed the strike.")));
        assertEquals(List.of("The army attacked, and was not notified."),
                TextArticleParser.joinBrokenParagraphs(List.of("The army attacked, and", "was not notified.")));
    }

    @Test
    void sourceLineCreditsItsOutlet() {
        Article a = parser.parse("x", "x.txt", "Talks in Ankara\n\nTurkey and Russia held talks in Ankara.\n\n"
                + "Source: Reuters\n", "0".repeat(64));

        assertEquals("reuters", a.publisherKey());
        assertEquals("Turkey and Russia held talks in Ankara.", a.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            weekday date under the standfirst | "Talks in Ankara\n\nTurkey and Russia hold talks on the Idlib crisis\n\nTuesday 03/03/2020\n\nTurkey and Russia held talks." | 2020-03-03
            bulleted posted stamp             | "Talks in Ankara\n\n- Posted on March 4, 2020 at 9:15 am\n\nTurkey and Russia held talks." | 2020-03-04
            stamp beats header date line      | "Talks in Ankara\n\n5 March 2020\n\nPublished: 4 March 2020\n\nTurkey and Russia held talks." | 2020-03-04
            updated only when nothing else    | "Talks in Ankara\n\nUpdated: 06-03-2020 10:12 IST\n\nTurkey and Russia held talks." | 2020-03-06
            header beats updated              | "Talks in Ankara\n\nUpdated: 06-03-2020 10:12 IST\n\nTurkey and Russia held talks.\n\nMarch 4, 2020" | 2020-03-04
            url beats first-token date        | "2020-03-01 Talks in Ankara\n\nTurkey and Russia held talks.\n\nOriginal url: https://example.org/2020/03/04/talks" | 2020-03-04
            first-token date                  | "2019-10-22 Russia and Turkey held talks in Sochi." | 2019-10-22
            stored copy date line             | " date 2020-02-21 Russia and Turkey held talks in Sochi." | 2020-02-21
            url date                          | "Talks in Ankara\n\nTurkey and Russia held talks.\n\nhttps://example.org/news/20200304/talks.html" | 2020-03-04
            ambiguous date and the url        | "Talks in Ankara\n\n03/04/2020\n\nTurkey and Russia held talks.\n\nOriginal url: https://example.org/2020/03/04/talks" | 2020-03-04
            ambiguous date alone is d/m       | "Talks in Ankara\n\n03/04/2020\n\nTurkey and Russia held talks." | 2020-04-03
            """)
    void readsThePublicationDateByPrecedence(String what, String page, LocalDate date) {
        Article a = parser.parse("x", "x.txt", page.replace("\\n", "\n"), "0".repeat(64));

        assertEquals(date, a.published(), what);
        assertFalse(a.text().matches("(?s).*(2020|2019|Posted|Updated|Tuesday).*"), a.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            month-only stored date      | " date 2020-02 Russia and Turkey held talks in Sochi."
            impossible date line        | "Talks in Ankara\n\n31/02/2020\n\nTurkey and Russia held talks."
            impossible url date         | "Talks in Ankara\n\nTurkey and Russia held talks.\n\nhttps://example.org/2020/02/31/talks"
            """)
    void givesNoDateRatherThanAWrongOne(String what, String page) {
        assertNull(parser.parse("x", "x.txt", page.replace("\\n", "\n"), "0".repeat(64)).published(), what);
    }

    @Test
    void bodySentenceWithADateStaysInTheText() {
        Article a = parser.parse("x", "x.txt", "Talks in Ankara\n\nMarch 4, 2020\n\nTurkey and Russia held talks.\n\n"
                + "Updated figures from the ministry showed the convoy was hit on 3 March 2020.\n\n"
                + "The photo published on 2 March 2020 showed the post.\n", "0".repeat(64));

        assertEquals(LocalDate.of(2020, 3, 4), a.published());
        assertTrue(a.text().contains("Updated figures from the ministry showed the convoy was hit on 3 March 2020."));
        assertTrue(a.text().contains("The photo published on 2 March 2020 showed the post."));
    }

    @Test
    void keepsCaptionsBylinesWidgetsAndNavigationOutOfACopiedPage() {
        String page = String.join("\n\n", "Home World Middle East Opinion Video", "This website uses cookies to improve "
                + "your experience.", "# Turkey and Russia agree on Idlib patrols", "By Jane Roe and John Doe",
                "Tuesday 03/03/2020", "Share this article", "Photo: Jane Roe / Getty Images",
                "ANKARA (Reuters) - Turkey and Russia agreed on joint patrols, officials said.", "Advertisement",
                "A photo released by the ministry showed the first patrol on the highway.", "Read more:",
                "- Talks in Sochi end without a deal", "- Ankara sends more troops",
                "The patrols will start on Sunday. — AFP", "Follow us on Twitter", "Jane Roe is a correspondent "
                + "based in Ankara.", "Subscribe to our newsletter", "Officials said the second round of talks would");
        Article a = parser.parse("x", "x.md", page, "0".repeat(64));

        assertEquals("Turkey and Russia agree on Idlib patrols", a.title());
        assertEquals(LocalDate.of(2020, 3, 3), a.published());
        assertEquals(String.join("\n\n", "ANKARA (Reuters) - Turkey and Russia agreed on joint patrols, officials said.",
                "A photo released by the ministry showed the first patrol on the highway.",
                "The patrols will start on Sunday."), a.text());
        assertEquals("reuters", a.publisherKey());
        assertEquals(List.of("afp"), a.sourceKeys());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            site name at the bottom      | "Talks in Ankara\n\nTurkey and Russia held talks.\n\nAsharq Al-Awsat"                    | asharq-al-awsat |
            copyright footer             | "Talks in Ankara\n\nTurkey and Russia held talks.\n\nCopyright \u00a9 2020 Daily Sabah. All rights reserved." | daily-sabah |
            bare copyright sign          | "Talks in Ankara\n\nTurkey and Russia held talks.\n\n\u00a9 The New Arab"             | the-new-arab |
            mixed-case dateline credit   | "Talks in Ankara\n\nBeirut (Reuters) - Turkey and Russia held talks."                   | reuters |
            dateline credit with a dash  | "Talks in Ankara\n\nAnkara (Anadolu Agency) \u2014 Turkey and Russia held talks."       | anadolu |
            reported credit line         | "Talks in Ankara\n\nTurkey and Russia held talks.\n\nXinhua reported."                 | xinhua |
            wire credit line             | "Talks in Ankara\n\nTurkey and Russia held talks.\n\n\u2014 AFP"                       | afp |
            url domain of a new outlet   | "Talks in Ankara\n\nTurkey and Russia held talks.\n\nhttps://www.arabnews.com/node/1" | arab-news |
            republished wire             | "Talks in Ankara\n\nTurkey and Russia held talks.\n\nReuters contributed to this report.\n\nOriginal url: https://www.aawsat.com/english/1" | asharq-al-awsat | reuters
            dateline wire on a new site  | "Talks in Ankara\n\nBEIRUT (AP) \u2014 Turkey and Russia held talks.\n\nhttps://www.newarab.com/news/1" | the-new-arab | associated-press
            """)
    void readsTheOutletFromThePage(String what, String page, String publisher, String source) {
        Article a = parser.parse("x", "x.txt", page.replace("\\n", "\n"), "0".repeat(64));

        assertEquals(publisher, a.publisherKey(), what);
        assertEquals(source == null ? List.of() : List.of(source), a.sourceKeys(), what);
        assertTrue(a.text().endsWith("Turkey and Russia held talks."), a.text());
    }

    @Test
    void mixedCasePlaceBeforeBracketsIsADatelineOnlyWithAnOutletCredit() {
        Article a = parser.parse("x", "x.txt", "Talks in Ankara\n\nPresident Erdogan (left) - met Putin in Sochi.\n",
                "0".repeat(64));

        assertNull(a.datelinePlace());
        assertNull(a.publisherKey());
    }

    @Test
    void bodySentenceNamingAnOutletCreditsNothing() {
        Article a = parser.parse("x", "x.txt", "Talks in Ankara\n\nThe state news agency SANA reported that troops "
                + "entered the town.\n\nReuters could not verify the report.\n", "0".repeat(64));

        assertNull(a.publisherKey());
        assertEquals(List.of(), a.sourceKeys());
        assertEquals(2, a.text().split("\n\n").length);
    }

    @Test
    void publishStampWinsOverAnEarlierUpdatedLine() {
        Article a = parse("Updated in: 2 October 2021 - 11:05", "News ID: 40312", "Publish Date: 12March 2020 - 09:40",
                "Turkish troops reinforce posts near Saraqib",
                "Turkish troops reinforced their posts near Saraqib on Thursday, a monitor said.");

        assertEquals(LocalDate.of(2020, 3, 12), a.published());
        assertEquals("Turkish troops reinforce posts near Saraqib", a.title());
        assertFalse(a.text().contains("News ID"), a.text());
    }

    @Test
    void sectionLabelOrCalendarLineAroundTheHeadlineIsNoHeadline() {
        Article a = parse(" date 2020-03-12 WORLD", "Tishri, 4, 5780",
                "Russian police begin patrols in Kobani", "By REUTERS",
                "Russian military police began patrols in Kobani on Thursday, the defence ministry said.");

        assertEquals("Russian police begin patrols in Kobani", a.title());
        assertEquals("reuters", a.publisherKey());
        assertTrue(a.text().startsWith("Russian military police began"), a.text());
    }

    @Test
    void headlineGluedToTheFirstParagraphIsSplitOff() {
        Article a = parse("TEHRAN (defapress) \u2013 Government forces closed a pocket north of Hama, a report said.",
                "Army Closes Pocket North of Hama: ReportGovernment troops took three hills and a stretch of the "
                        + "highway on Friday, state television said.");

        assertEquals("Army Closes Pocket North of Hama: Report", a.title());
        assertEquals("defapress", a.publisherKey());
        assertTrue(a.text().contains("\n\nGovernment troops took three hills"), a.text());
    }

    @Test
    void breadcrumbAboveTheHeadlineIsNoText() {
        Article a = parse("1. Home", "2. Middle East and North Africa", "Families flee shelling in Ras al-Ain",
                "Thousands of families fled Ras al-Ain on Friday, aid workers said.");

        assertEquals("Families flee shelling in Ras al-Ain", a.title());
        assertEquals("Thousands of families fled Ras al-Ain on Friday, aid workers said.", a.text());
    }

    @Test
    void repeatedHeadlineAndRestatedStandfirstAreKeptOnce() {
        Article a = parse("This Article is From Mar 12, 2020", "Kurdish Council Agrees Deal With Damascus",
                "State media said troops were moving north to face the Turkish offensive.",
                "Kurdish Council Agrees Deal With Damascus", "Beirut:",
                "The Kurdish-led council announced a deal with Damascus on Sunday.",
                "Earlier state media said troops were moving north to face the Turkish offensive, without details.");

        assertEquals(LocalDate.of(2020, 3, 12), a.published());
        assertEquals(String.join("\n\n", "Beirut:", "The Kurdish-led council announced a deal with Damascus on Sunday.",
                "Earlier state media said troops were moving north to face the Turkish offensive, without details."),
                a.text());
    }

    @Test
    void teasersWidgetsAndSpamLeaveTheStory() {
        Article a = parse("Ankara sends convoy to Idlib",
                "Turkey sent a convoy of armoured vehicles into Idlib on Monday, the ministry said.",
                "A Russian delegation arrived in Ankara for talks on Saturday.",
                "J.R.Haddad / Jane Roe", "Check Also", "Minister meets envoy in Damascus",
                "Damascus, SANA \u2013 The foreign minister received the envoy and said \u2026",
                "Tags: Idlib, Turkey", "your comment", "* Comment:", "0100200707500000000000000111",
                "\u56fd\u4ea7\u65e0\u7801\u5728\u7ebf\u89c2\u770b | \u514d\u8d39\u5728\u7ebf\u89c2\u770b\u89c6\u9891",
                "Chocolate Bars", "The largest website of chocolate bars");

        assertEquals(String.join("\n\n",
                "Turkey sent a convoy of armoured vehicles into Idlib on Monday, the ministry said.",
                "A Russian delegation arrived in Ankara for talks on Saturday."), a.text());
    }

    @Test
    void dateBrokenOverTwoParagraphsIsJoined() {
        Article a = parse("Camp fills up near Hasakah", "Families wait at a camp outside Hasakah, Syria, Nov.", "3, 2019.",
                "Some 3,000 people reached the camp this week, aid workers said.");

        assertTrue(a.text().startsWith("Families wait at a camp outside Hasakah, Syria, Nov. 3, 2019."), a.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "none", textBlock = """
            compound dateline credit      | "Talks in Ankara\n\nANKARA (UrduPoint News / Sputnik - 3rd March, 2020) Turkey and Russia held talks." | urdupoint | sputnik  | 2020-03-03
            joined agencies in a dateline | "Talks in Ankara\n\nANKARA, Mar 3 (NNN-ANADOLU) \u2013 Turkey and Russia held talks." | nnn | anadolu | none
            outlet opening the story      | "Talks in Ankara\n\nAlwaght- Turkey and Russia held talks." | alwaght | none | none
            dateline under a caption      | "Talks in Ankara\n\nDelegates meet in Ankara, March 3, 2020.\n\nERBIL (Kurdistan 24) \u2013 Turkey and Russia held talks." | kurdistan-24 | none | none
            source in a header line       | "Talks in Ankara\n\n2020/03/03 | 14:40 - Source: kurdistan 24\n\nTurkey and Russia held talks." | kurdistan-24 | none | 2020-03-03
            byline with a wire            | "Talks in Ankara\n\nBy Jane Roe with AFP\n\nTurkey and Russia held talks." | afp | none | none
            credit joined to the sentence | "Talks in Ankara\n\nTurkey and Russia held talks.\n\nThey will meet again in May.\u2013 NNN-ANADOLU" | nnn | anadolu | none
            link cut short by the page    | "Talks in Ankara\n\nTurkey and Russia held talks.\n\nhttps://www.aljazee \u2026 2003031200.html" | al-jazeera | none | none
            monitor's site-name line      | "The Syrian Observatory For Human Rights\n\n40 hours of shelling on the Idlib countryside\n\nTurkey and Russia held talks." | sohr | none | none
            official told the outlet      | "Talks in Ankara\n\nTurkey and Russia held talks, an official told Daily Sabah on Tuesday." | daily-sabah | none | none
            the outlet's correspondent    | "Talks in Ankara\n\nTurkey and Russia held talks, ANHA correspondents said." | hawar | none | none
            dateline beats told-X         | "Talks in Ankara\n\nBeirut (Reuters) - Turkey and Russia held talks, an official told Daily Sabah." | reuters | none | none
            caption credit is no source   | "Talks in Ankara\n\nDelegates meet in Ankara on March 3, 2020. (AFP)\n\nTurkey and Russia held talks." | none | none | none
            """)
    void namesTheOutletFromWhatThePageSays(String what, String page, String publisher, String source, LocalDate date) {
        Article a = parser.parse("x", "x.txt", page.replace("\\n", "\n"), "0".repeat(64));

        assertEquals(publisher, a.publisherKey(), what);
        assertEquals(source == null ? List.of() : List.of(source), a.sourceKeys(), what);
        if (date != null) {
            assertEquals(date, a.published(), what);
        }
    }

    private Article parse(String... lines) {
        return parser.parse("x", "x.txt", String.join("\n\n", lines) + "\n", "0".repeat(64));
    }

    private Article seed(String file) throws IOException {
        String raw = Files.readString(Path.of("seeds", file));
        return parser.parse(file.replace(".txt", ""), file, raw, "0".repeat(64));
    }
}

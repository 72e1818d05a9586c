package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.config.Gazetteer;

/**
 * Inputs that used to stop a batch, hang it or be refused although readable (issue 9, ingest items 1 and 3): each
 * is read as one file and gives an article or one error naming the reason, quickly and without taking the JVM down.
 */
class HostileInputTest {
    private static final String STORY = "Turkish troops entered Idlib on Monday, the ministry said.\n";
    private final ArticleReader reader = new ArticleReader(Gazetteer.load());

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aFifoIsRefusedInsteadOfBlockingForever() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo is not available");

        ReadResult r = reader.read(fifo);

        assertNull(r.article());
        assertTrue(r.error().startsWith("not a regular file"), r.error());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aLinkToAnEndlessDeviceIsRefusedInsteadOfFillingTheHeap() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path link = Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero"));

        ReadResult r = reader.read(link);

        assertTrue(r.error().startsWith("not a regular file"), r.error());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void standardInputHasTheSameSizeCapAsFiles() {
        // 21 MiB of text that never ends in a sentence: read up to the cap, then refused
        InputStream endless = new InputStream() {
            private long left = 21L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }
        };

        ReadResult r = reader.read(endless, "txt");

        assertEquals("-", r.source());
        assertTrue(r.error().startsWith("standard input is larger than 20 MiB"), r.error());
    }

    @Test
    void utf16AndUtf32WithAByteOrderMarkAreRead() throws IOException {
        for (String cs : new String[] {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"}) {
            byte[] bom = bom(cs);
            byte[] body = STORY.getBytes(Charset.forName(cs));
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            Path f = Files.write(dir.resolve(cs + ".txt"), all);

            ReadResult r = reader.read(f);

            assertTrue(r.ok(), () -> cs + ": " + r.error());
            assertTrue(r.article().text().startsWith("Turkish troops entered Idlib"), cs);
            assertNull(r.warning(), cs);
        }
    }

    @Test
    void aPageDeclaringWindows1252IsReadInIt() throws IOException {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>Erdo\u011fan</title></head><body><article><p>\u201cWe will not step back,\u201d "
                + "the minister said in Ankara on Monday, adding that Turkish troops would stay.</p></article>"
                + "</body></html>";
        Path f = Files.write(dir.resolve("cp1252.html"), page.replace("\u011f", "g")
                .getBytes(Charset.forName("windows-1252")));

        ReadResult r = reader.read(f);

        assertTrue(r.ok(), r::error);
        assertTrue(r.article().text().contains("\u201cWe will not step back,\u201d"), r.article().text());
        assertNull(r.warning());
    }

    @Test
    void latin1TextIsReadAsWindows1252WithAWarningNamingTheByte() throws IOException {
        Path f = Files.write(dir.resolve("latin1.txt"),
                "Erdo\u00f0an met Putin in Moscow on March 5, 2020.\n".getBytes(StandardCharsets.ISO_8859_1));

        ReadResult r = reader.read(f);

        assertTrue(r.ok(), r::error);
        assertTrue(r.article().text().startsWith("Erdo\u00f0an met Putin"), r.article().text());
        assertEquals("not valid UTF-8 text (byte 0xF0 at byte offset 4); read as windows-1252", r.warning());
    }

    @Test
    void bytesNoEncodingFitsAreRefusedWithTheirOffset() throws IOException {
        // 0xF0 starts a broken UTF-8 sequence; 0x81 has no character in windows-1252
        byte[] bytes = "Turkey \u00f0 \u0081 Idlib.".getBytes(StandardCharsets.ISO_8859_1);
        Path f = Files.write(dir.resolve("garbled.txt"), bytes);

        ReadResult r = reader.read(f);

        assertNull(r.article());
        assertTrue(r.error().contains("not valid UTF-8 text (byte 0xF0 at byte offset 7)"), r.error());
        assertTrue(r.error().contains("nor windows-1252 (not valid windows-1252 text (byte 0x81 at byte offset 9))"),
                r.error());
    }

    @Test
    void textOfUnicodeSpacesOnlyIsNoArticle() throws IOException {
        Path f = Files.writeString(dir.resolve("spaces.txt"), "\u00a0\u2007\u202f\u200b\u3000\n\u00a0");

        ReadResult r = reader.read(f);

        assertNull(r.article());
        assertTrue(r.error().contains("has no text"), r.error());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aHugeJsonLdHeadlineIsReadOrRefusedButNeverOverflowsTheStack() throws IOException {
        String headline = "Turkey ".repeat(3000);
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\""
                + headline + "\",\"datePublished\":\"2020-03-05\"}</script></head><body><article><p>" + STORY
                + "</p></article></body></html>";
        Path f = Files.writeString(dir.resolve("long-headline.html"), page);

        ReadResult r = reader.read(f);

        assertTrue(r.ok() || r.error().endsWith("skipped"), () -> String.valueOf(r.error()));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void deeplyNestedMarkupIsReadDownToItsStory() throws IOException {
        // 50,000 nested <div>s (20,000 took 30 s when every element asked for its ancestors); a hang guard only
        String page = "<html><body>" + "<div class=\"wrap\">".repeat(50_000) + "<p>" + STORY + "</p>"
                + "</div>".repeat(50_000) + "</body></html>";
        Path f = Files.writeString(dir.resolve("nested.html"), page);

        ReadResult r = reader.read(f);

        assertTrue(r.ok(), r::error);
        assertEquals(STORY.strip(), r.article().text().strip());
    }

    @Test
    void anImpossiblePageDateIsIgnoredAndReportedNeverMovedToTheEndOfTheMonth() throws IOException {
        Path f = Files.writeString(dir.resolve("feb31.txt"), "Troops enter Idlib\n\n31/02/2020\n\n" + STORY);

        ReadResult r = reader.read(f);

        assertTrue(r.ok(), r::error);
        assertNull(r.article().published(), "no date, rather than 2020-02-29");
        assertEquals("ignored a date that is no calendar date: 31/02/2020", r.warning());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aRunOfThousandsOfCombiningMarksIsCutToThirtyAndSaidSo() throws IOException {
        // 60,000 marks on one letter took hours: every word-boundary test scanned back over the whole run
        Path f = Files.writeString(dir.resolve("zalgo.txt"), "Z" + "\u0301\u0302\u0303".repeat(20_000)
                + " said so.\n\n" + STORY);

        ReadResult r = reader.read(f);

        assertTrue(r.ok(), r::error);
        assertTrue(r.article().text().contains("Z" + "\u0301\u0302\u0303".repeat(10) + " said so."),
                r.article().text().substring(0, 80));
        assertEquals("dropped 59970 combining marks beyond 30 in a row", r.warning());
        assertTrue(r.article().text().contains(STORY.strip()));
    }

    private static byte[] bom(String cs) {
        return switch (cs) {
            case "UTF-16BE" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
            case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            case "UTF-32BE" -> new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF};
            default -> new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0};
        };
    }
}

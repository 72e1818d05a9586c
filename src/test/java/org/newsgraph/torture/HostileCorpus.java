package org.newsgraph.torture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A batch of hostile inputs mixed with good articles, generated at test time (no third-party files): every file
 * with what the ingest must say of it. Texts are our own words.
 *
 * <p>Families: broken bytes (binary, random, truncated and overlong UTF-8, lone surrogates), encodings (byte order
 * marks, declared charsets, Latin-1 without a declaration), special files (FIFO, links to devices, dangling and
 * looping links, folders named like files, foreign formats), pathological markup (deep nesting, huge flat lists,
 * one enormous line, unclosed tags, script-only pages), pathological text (one 30,000-word sentence, a 200,000
 * character token, control and bidi characters, Unicode spaces only), impossible values (February 31st, a death
 * toll of 1.5e309), injection attempts (script, SPARQL, Turtle), awkward names (spaces, a leading dash, Unicode, 200
 * characters) and id collisions.
 */
final class HostileCorpus {
    /** What the ingest must do with a file. */
    enum Outcome {
        /** Reported as failed, with a reason containing the message. */
        FAILS,
        /** Stored as an article (warnings allowed). */
        INGESTS,
        /** Stored, with a warning containing the message. */
        WARNS,
        /** Not an article file: passed over without a word (a folder named like a file). */
        NOTHING
    }

    /**
     * @param file    the path, relative to the corpus folder
     * @param outcome what must happen
     * @param message what the failure or warning must say (empty for INGESTS and NOTHING)
     */
    record Case(String file, Outcome outcome, String message) {
    }

    private static final String[] PLACES = {"Idlib", "Afrin", "Manbij", "Tal Abyad", "Ras al-Ain", "Kobani",
            "Jarabulus", "Saraqib", "Maarat al-Numan", "Tel Rifaat", "Qamishli", "Hasakah"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private final Path root;
    private final List<Case> cases = new ArrayList<>();
    private final Random random = new Random(20261203L);

    private HostileCorpus(Path root) {
        this.root = root;
    }

    /** Writes the corpus into an empty folder; returns every file with its expected outcome. */
    static List<Case> write(Path root, boolean withSpecialFiles) throws IOException {
        HostileCorpus c = new HostileCorpus(root);
        c.good();
        c.bytes();
        c.encodings();
        if (withSpecialFiles) {
            c.specialFiles();
        }
        c.markup();
        c.text();
        c.values();
        c.injections();
        c.names();
        return List.copyOf(c.cases);
    }

    /** A short article in our own words, about one place on one date. */
    static String story(int i) {
        String place = PLACES[i % PLACES.length];
        int day = 1 + (i * 7) % 27;
        String month = MONTHS[(i * 5) % 12];
        int year = 2018 + i % 3;
        return "Troops move near " + place + "\n\n" + month + " " + day + ", " + year + "\n\n"
                + place.toUpperCase() + " - Turkish forces shelled positions near " + place + " on " + month + " "
                + day + ", " + year + ", killing " + (3 + i % 9) + " fighters, the Syrian Observatory for Human "
                + "Rights said.\n\n\"We will answer every attack on our soldiers,\" Turkish Defence Minister Hulusi "
                + "Akar told reporters in Ankara.\n\nRussia's foreign ministry said it was following the situation "
                + "closely.\n";
    }

    private void good() throws IOException {
        for (int i = 0; i < 12; i++) {
            text("good/story-" + i + ".txt", story(i), Outcome.INGESTS, "");
        }
        html("good/page.html", "<html><head><title>Talks on " + PLACES[1] + "</title></head><body><article><h1>"
                + "Talks on Afrin</h1>" + paragraphs(story(1)) + "</article></body></html>", Outcome.INGESTS, "");
        text("good/notes.md", "# Shelling near Saraqib\n\n" + story(7), Outcome.INGESTS, "");
    }

    private void bytes() throws IOException {
        raw("bytes/empty.txt", new byte[0], Outcome.FAILS, "file is empty");
        for (int offset : new int[] {0, 1, 100, 4000}) {
            byte[] b = (story(2) + story(3)).getBytes(StandardCharsets.UTF_8);
            b[Math.min(offset, b.length - 1)] = 0;
            raw("bytes/nul-at-" + offset + ".txt", b, Outcome.FAILS, "binary content (NUL byte at offset");
        }
        for (int i = 0; i < 8; i++) {
            byte[] b = new byte[500 + random.nextInt(5000)];
            random.nextBytes(b);
            b[random.nextInt(64)] = 0;
            raw("bytes/random-" + i + ".txt", b, Outcome.FAILS, "binary content");
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        raw("bytes/image-named-text.txt", png, Outcome.FAILS, "binary content");
        raw("bytes/gzip-named-text.txt", gzip(story(4)), Outcome.FAILS, "");
        raw("bytes/gzip-named-page.html", gzip("<html><body><p>" + story(4) + "</p></body></html>"),
                Outcome.FAILS, "");
        // broken UTF-8 that is not windows-1252 either (0x81 is unassigned there)
        raw("bytes/truncated-utf8.txt", concat(utf8("Erdo"), new byte[] {(byte) 0xC4}, utf8(" met"),
                new byte[] {(byte) 0x81}), Outcome.FAILS, "not valid UTF-8 text");
        raw("bytes/overlong-utf8.txt", concat(utf8(story(5)), new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0x81}),
                Outcome.FAILS, "not valid UTF-8 text");
        raw("bytes/lone-surrogate.txt", concat(utf8(story(5)), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80,
                (byte) 0x8D}), Outcome.FAILS, "not valid UTF-8 text");
        raw("bytes/five-byte-sequence.txt", concat(utf8(story(5)), new byte[] {(byte) 0xF8, (byte) 0x88,
                (byte) 0x80, (byte) 0x80, (byte) 0x8F}), Outcome.FAILS, "not valid UTF-8 text");
        raw("bytes/bom-only.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Outcome.FAILS, "no text");
        raw("bytes/latin1-story.txt", story(6).replace("Akar", "Akar\u00e9").getBytes(StandardCharsets.ISO_8859_1),
                Outcome.WARNS, "read as windows-1252");
        byte[] big = new byte[21 << 20];
        java.util.Arrays.fill(big, (byte) 'a');
        raw("bytes/over-the-size-cap.txt", big, Outcome.FAILS, "larger than");
    }

    private void encodings() throws IOException {
        String s = story(8);
        raw("enc/utf16le-bom.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, s.getBytes(StandardCharsets.UTF_16LE)),
                Outcome.INGESTS, "");
        raw("enc/utf16be-bom.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, s.getBytes(StandardCharsets.UTF_16BE)),
                Outcome.INGESTS, "");
        raw("enc/utf32le-bom.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
                s.getBytes(Charset.forName("UTF-32LE"))), Outcome.INGESTS, "");
        raw("enc/utf32be-bom.txt", concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
                s.getBytes(Charset.forName("UTF-32BE"))), Outcome.INGESTS, "");
        raw("enc/utf8-bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(s)),
                Outcome.INGESTS, "");
        raw("enc/utf16-without-bom.txt", s.getBytes(StandardCharsets.UTF_16LE), Outcome.FAILS, "binary content");
        for (String cs : List.of("windows-1252", "ISO-8859-1", "iso-8859-9")) {
            String page = "<html><head><meta charset=\"" + cs + "\"><title>Akar\u00e9 speaks</title></head><body>"
                    + "<article>" + paragraphs(s.replace("Akar", "Akar\u00e9")) + "</article></body></html>";
            raw("enc/declared-" + cs.toLowerCase() + ".html", page.getBytes(Charset.forName(cs)), Outcome.INGESTS, "");
        }
        String bogus = "<html><head><meta charset=\"no-such-charset\"></head><body><article>" + paragraphs(s)
                + "</article></body></html>";
        raw("enc/declared-unknown-charset.html", utf8(bogus), Outcome.INGESTS, "");
    }

    private void specialFiles() throws IOException {
        Path dir = Files.createDirectories(root.resolve("special"));
        try {
            new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        cases.add(new Case("special/pipe.txt", Outcome.FAILS, "not a regular file"));
        Files.createSymbolicLink(dir.resolve("endless.txt"), Path.of("/dev/zero"));
        cases.add(new Case("special/endless.txt", Outcome.FAILS, "not a regular file"));
        Files.createSymbolicLink(dir.resolve("random-device.html"), Path.of("/dev/urandom"));
        cases.add(new Case("special/random-device.html", Outcome.FAILS, "not a regular file"));
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("no-such-target.txt"));
        cases.add(new Case("special/dangling.txt", Outcome.FAILS, ""));
        Files.createSymbolicLink(dir.resolve("loop-a.txt"), dir.resolve("loop-b.txt"));
        Files.createSymbolicLink(dir.resolve("loop-b.txt"), dir.resolve("loop-a.txt"));
        cases.add(new Case("special/loop-a.txt", Outcome.FAILS, ""));
        cases.add(new Case("special/loop-b.txt", Outcome.FAILS, ""));
        Files.createDirectories(dir.resolve("folder-named.txt"));
        cases.add(new Case("special/folder-named.txt", Outcome.NOTHING, ""));
        raw("special/report.pdf", utf8("%PDF-1.4\n" + story(9)), Outcome.FAILS, "unknown file type '.pdf'");
        raw("special/report.docx", new byte[] {'P', 'K', 3, 4, 0, 0}, Outcome.FAILS, "unknown file type '.docx'");
        raw("special/photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, Outcome.FAILS,
                "unknown file type '.jpg'");
    }

    private void markup() throws IOException {
        String p = "<p>" + story(10).replace("\n\n", "</p><p>") + "</p>";
        html("markup/nested-100k-divs.html", "<html><body>" + "<div>".repeat(100_000) + p + "</div>".repeat(100_000)
                + "</body></html>", Outcome.INGESTS, "");
        html("markup/unclosed-50k-divs.html", "<html><body>" + "<div><span>".repeat(50_000) + p, Outcome.INGESTS, "");
        html("markup/20k-paragraphs.html", "<html><body><div>" + p + ("<p>Residents waited near " + PLACES[3]
                + ".</p>").repeat(20_000) + "</div></body></html>", Outcome.INGESTS, "");
        html("markup/100k-line-breaks.html", "<html><body>" + p + "<br>".repeat(100_000) + "</body></html>",
                Outcome.INGESTS, "");
        html("markup/one-250kb-line.html", "<html><body><p>" + "Convoys passed Idlib. ".repeat(11_500)
                + "</p></body></html>", Outcome.INGESTS, "");
        html("markup/script-only.html", "<html><head><script>document.write('hello')</script></head><body>"
                + "<script>var a = 1;</script></body></html>", Outcome.FAILS, "no article text");
        html("markup/style-only.html", "<html><head><style>p{color:red}</style></head><body></body></html>",
                Outcome.FAILS, "no article text");
        html("markup/comments-only.html", "<html><body><!-- " + story(1) + " --></body></html>", Outcome.FAILS,
                "no article text");
        html("markup/navigation-only.html", "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a>"
                + "</nav><footer>Copyright</footer></body></html>", Outcome.FAILS, "no article text");
        // everything after <plaintext> is one raw text node, as in a browser; no paragraph of it is a story
        html("markup/plaintext-tag.html", "<html><body><plaintext>" + story(11), Outcome.FAILS, "no article text");
        html("markup/cdata-and-entities.html", "<html><body><article><p>Ankara &amp; Moscow &#x26; &#0; &#xD800; "
                + "&nosuchentity; talks.</p>" + p + "</article></body></html>", Outcome.INGESTS, "");
        html("markup/xml-entity-bomb.html", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<html><body><p>&lol3;</p>" + p + "</body></html>", Outcome.INGESTS, "");
        html("markup/huge-json-ld-headline.html", "<html><head><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"" + "Turkey ".repeat(5000) + "\",\"datePublished\":"
                + "\"2020-03-05\"}</script></head><body><article>" + p + "</article></body></html>",
                Outcome.INGESTS, "");
        html("markup/broken-json-ld.html", "<html><head><script type=\"application/ld+json\">{\"@type\": "
                + "\"NewsArticle\", \"headline\": \"Un</script></head><body><article>" + p + "</article></body></html>",
                Outcome.INGESTS, "");
        html("markup/deep-json-ld.html", "<html><head><script type=\"application/ld+json\">" + "[".repeat(50_000)
                + "]".repeat(50_000) + "</script></head><body><article>" + p + "</article></body></html>",
                Outcome.INGESTS, "");
        html("markup/json-ld-impossible-date.html", "<html><head><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-02-31T10:00:00Z\"}</script></head><body>"
                + "<article>" + p + "</article></body></html>", Outcome.INGESTS, "");
        html("markup/meta-refresh-and-base.html", "<html><head><meta http-equiv=\"refresh\" content=\"0;url="
                + "http://127.0.0.1:9/\"><base href=\"javascript:alert(1)\"><link rel=\"canonical\" "
                + "href=\"javascript:alert(1)\"></head><body><article>" + p + "</article></body></html>",
                Outcome.INGESTS, "");
        html("markup/iframes-and-objects.html", "<html><body><iframe src=\"http://127.0.0.1:9/\"></iframe>"
                + "<object data=\"x.swf\"></object><article>" + p + "</article></body></html>", Outcome.INGESTS, "");
    }

    private void text() throws IOException {
        text("text/whitespace-only.txt", " \t\n\r\n   \n", Outcome.FAILS, "no text");
        text("text/unicode-spaces-only.txt", "\u00a0\u2003\u2009\u3000\n\u202f\u205f", Outcome.FAILS, "no text");
        text("text/punctuation-only.txt", "... --- !!! ??? ;;; ::: ,,,\n", Outcome.INGESTS, "");
        text("text/one-30k-word-sentence.txt", "Troops advanced " + "and the convoy moved on ".repeat(6_000)
                + "near Idlib.\n", Outcome.INGESTS, "");
        text("text/one-200k-char-token.txt", "Shelling near " + "x".repeat(200_000) + " was reported.\n\n"
                + story(0), Outcome.INGESTS, "");
        text("text/control-characters.txt", story(1).replace(" ", " \u0001\u0007\u001b[31m"), Outcome.INGESTS, "");
        text("text/bidi-overrides.txt", story(2).replace("Akar", "\u202eRAKA\u202c"), Outcome.INGESTS, "");
        text("text/zero-width.txt", story(3).replace("e", "e\u200b\u200d\ufeff"), Outcome.INGESTS, "");
        text("text/combining-marks.txt", "Z" + "\u0301\u0302\u0303".repeat(20_000) + " said.\n\n" + story(4),
                Outcome.INGESTS, "");
        text("text/emoji-only.txt", "\ud83d\udca5\ud83d\udd25\ud83e\udd14 ".repeat(500), Outcome.INGESTS, "");
        text("text/right-to-left.txt", "\u0642\u0627\u0644 \u0627\u0644\u0645\u062a\u062d\u062f\u062b. "
                .repeat(300) + "\n\n" + story(5), Outcome.INGESTS, "");
        text("text/ten-thousand-quotes.txt", "\"".repeat(10_001) + "\n\n" + story(6), Outcome.INGESTS, "");
        text("text/unbalanced-quotes.txt", story(7).replace("\" Turkish", " Turkish"), Outcome.INGESTS, "");
        text("text/ten-thousand-short-lines.txt", "Idlib.\n".repeat(10_000), Outcome.INGESTS, "");
        text("text/crlf-and-cr.txt", story(8).replace("\n", "\r\n") + story(9).replace("\n", "\r"), Outcome.INGESTS,
                "");
        text("text/nul-escaped-as-text.txt", story(10).replace("Akar", "Akar\\u0000"), Outcome.INGESTS, "");
        text("text/markup-in-a-txt.txt", "<html><body><script>alert(1)</script><p>" + story(11) + "</p>",
                Outcome.INGESTS, "");
    }

    private void values() throws IOException {
        text("values/february-31st.txt", "Troops enter Idlib\n\n31/02/2020\n\n" + story(0).substring(story(0)
                .indexOf("IDLIB")), Outcome.WARNS, "no calendar date: 31/02/2020");
        text("values/huge-exponent-toll.txt", "Shelling in Idlib\n\nMarch 5, 2020\n\nShelling killed 1.5e309 people "
                + "in Idlib on Thursday, the monitor said.\n", Outcome.INGESTS, "");
        text("values/twenty-digit-toll.txt", "Shelling in Idlib\n\nMarch 5, 2020\n\nShelling killed "
                + "99999999999999999999 people in Idlib on Thursday, the monitor said.\n", Outcome.INGESTS, "");
        text("values/negative-toll.txt", "Shelling in Idlib\n\nMarch 5, 2020\n\nShelling killed -12 people in Idlib "
                + "on Thursday, the monitor said.\n", Outcome.INGESTS, "");
        text("values/year-99999.txt", "Talks in Sochi\n\nMarch 5, 99999\n\n" + story(1), Outcome.INGESTS, "");
        text("values/year-zero.txt", "Talks in Sochi\n\n0/0/0000\n\n" + story(2), Outcome.INGESTS, "");
        text("values/thirteenth-month.txt", "Talks in Sochi\n\n2019-13-45\n\n" + story(3), Outcome.INGESTS, "");
        text("values/far-relative-dates.txt", "Talks in Sochi\n\nMarch 5, 2020\n\n" + "Ten thousand years ago "
                + "yesterday's yesterday, Erdogan said on Monday that talks would resume in 9999999 days.\n",
                Outcome.INGESTS, "");
        text("values/many-numbers.txt", "Toll in Idlib\n\nMarch 5, 2020\n\n" + "Shelling killed 3 and wounded 4, "
                .repeat(2000) + "the monitor said.\n", Outcome.INGESTS, "");
    }

    private void injections() throws IOException {
        html("inject/script-in-title.html", "<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt;"
                + "<img src=x onerror=alert(2)></title><meta property=\"og:site_name\" content=\"<svg onload=alert(3)>\">"
                + "</head><body><article>" + paragraphs(story(4)) + "</article></body></html>", Outcome.INGESTS, "");
        text("inject/sparql-in-text.txt", "\" } ; DROP ALL ; INSERT DATA { <a> <b> \"c\" } #\n\n" + story(5),
                Outcome.INGESTS, "");
        text("inject/turtle-in-text.txt", "@prefix x: <http://x/> . x:a x:b \"\"\"c\"\"\" .\n<> <> <> .\n\n" + story(6),
                Outcome.INGESTS, "");
        text("inject/quote-with-iri-chars.txt", story(7).replace("our soldiers", "our <soldiers> {and} \\ \"them\""),
                Outcome.INGESTS, "");
        text("inject/log-forging.txt", story(8).replace("Ankara.", "Ankara.\n12:00:00 ERROR Server :: forged line"),
                Outcome.INGESTS, "");
        html("inject/javascript-urls.html", "<html><head><meta property=\"og:url\" content=\"javascript:alert(1)\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"url\":\"javascript:alert(1)\","
                + "\"publisher\":{\"name\":\"<b>Bold</b> News\"}}</script></head><body><article>" + paragraphs(story(9))
                + "</article></body></html>", Outcome.INGESTS, "");
    }

    private void names() throws IOException {
        text("names/with spaces and (brackets).txt", story(0), Outcome.INGESTS, "");
        text("names/-leading-dash.txt", story(1), Outcome.INGESTS, "");
        text("names/\u0130dlib-\u00fcnicode-\u062d\u0644\u0628.txt", story(2), Outcome.INGESTS, "");
        text("names/" + "n".repeat(200) + ".txt", story(3), Outcome.INGESTS, "");
        text("names/UPPER.TXT", story(4), Outcome.INGESTS, "");
        text("names/no-extension", story(5), Outcome.FAILS, "no file extension");
        // id collisions: the first of each pair (in path order) takes the id, the second is refused
        text("names/collide/a b.txt", story(6), Outcome.INGESTS, "");
        text("names/collide/a-b.txt", story(7), Outcome.FAILS, "its article id 'a-b' is already taken");
        text("names/collide/x.md", story(8), Outcome.INGESTS, "");
        text("names/collide/x.txt", story(9), Outcome.FAILS, "its article id 'x' is already taken");
        text("names/collide/one/dup.txt", story(10), Outcome.INGESTS, "");
        text("names/collide/two/dup.txt", story(11), Outcome.FAILS, "its article id 'dup' is already taken");
    }

    // -- writing

    private void text(String name, String content, Outcome outcome, String message) throws IOException {
        raw(name, utf8(content), outcome, message);
    }

    private void html(String name, String content, Outcome outcome, String message) throws IOException {
        raw(name, utf8(content), outcome, message);
    }

    private void raw(String name, byte[] content, Outcome outcome, String message) throws IOException {
        Path f = root.resolve(name);
        Files.createDirectories(f.getParent());
        Files.write(f, content);
        cases.add(new Case(name, outcome, message));
    }

    private static String paragraphs(String text) {
        return "<p>" + text.strip().replace("\n\n", "</p><p>") + "</p>";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(utf8(s));
        }
        return out.toByteArray();
    }
}

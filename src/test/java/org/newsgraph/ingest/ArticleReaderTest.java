package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.model.Article;
import org.newsgraph.rdf.Ids;

class ArticleReaderTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private final ArticleReader reader = new ArticleReader(Gazetteer.load());

    @Test
    void readsTheFiveSeedsWithIdsFromTheirFileNames() throws IOException {
        List<Path> seeds = reader.expand(List.of(Path.of("seeds")));

        assertEquals(List.of("000_badb6536dc7ab645.txt", "001_f22061eb0096845d.txt", "002_6a3b87e544eb1277.txt",
                "003_f3cbd4cda5a5ffaf.txt", "004_289c97c6adab94b1.txt"),
                seeds.stream().map(p -> p.getFileName().toString()).toList());
        for (Path p : seeds) {
            ReadResult r = reader.read(p);
            assertTrue(r.ok(), () -> p + ": " + r.error());
            Article a = r.article();
            assertEquals(p.getFileName().toString().replace(".txt", ""), a.id());
            assertEquals(p.getFileName().toString(), a.sourceFile());
            assertEquals(sha256(Files.readAllBytes(p)), a.contentHash());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            bad/empty.txt            | file is empty
            bad/binary.txt           | binary content (NUL byte at offset 12,
            bad/article.rtf          | unknown file type '.rtf'
            bad/only-boilerplate.txt | has no text
            html/no-body.html        | no article text after removing page boilerplate
            """)
    void badInputFailsWithAReasonNamingTheProblem(String file, String reason) {
        Path p = FIXTURES.resolve(file);

        ReadResult r = reader.read(p);

        assertNull(r.article());
        assertEquals(p.toString(), r.source());
        assertTrue(r.error().contains(reason), () -> "reason was: " + r.error());
        assertTrue(r.error().endsWith("skipped"), () -> "reason was: " + r.error());
    }

    @Test
    void missingFileFailsWithoutThrowing() {
        ReadResult r = reader.read(Path.of("seeds/no-such-article.txt"));

        assertNull(r.article());
        assertEquals("no such file; skipped", r.error());
    }

    @Test
    void folderExpandsToEveryFileSortedAndWithoutHiddenFiles() throws IOException {
        Path dir = FIXTURES.resolve("dir");

        List<Path> files = reader.expand(List.of(dir));

        // the .pdf and .docx are kept so that reading them reports them instead of dropping them in silence
        assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("b.html"), dir.resolve("c.pdf"),
                dir.resolve("notes.docx"), dir.resolve("sub/d.md"), dir.resolve("sub/e.HTM")), files);
    }

    @Test
    void fileNamedExplicitlyIsKeptEvenWithAnUnknownExtension() throws IOException {
        Path rtf = FIXTURES.resolve("bad/article.rtf");

        assertEquals(List.of(rtf), reader.expand(List.of(rtf)));
    }

    @Test
    void everyArticleFileOfAFolderGivesAnArticleAndEveryOtherFileAReason() throws IOException {
        for (Path p : reader.expand(List.of(FIXTURES.resolve("dir")))) {
            ReadResult r = reader.read(p);
            if (ArticleReader.EXTENSIONS.contains(ArticleReader.extension(p.getFileName().toString()))) {
                assertTrue(r.ok(), () -> p + ": " + r.error());
            } else {
                assertTrue(r.error().startsWith("unknown file type"), () -> p + ": " + r.error());
            }
        }
    }

    @Test
    void standardInputGuessesHtmlAndGetsAnIdFromItsHash() {
        String page = "<!DOCTYPE html><html><body><article><p>Turkey sent troops to Idlib.</p></article></body></html>";

        ReadResult r = reader.read(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), null);

        assertTrue(r.ok(), r::error);
        assertEquals("Turkey sent troops to Idlib.", r.article().text());
        assertTrue(r.article().id().matches("stdin-[0-9a-f]{16}"), r.article().id());
    }

    /** "entities.txt" would write its article into the entities graph, and replacing it would empty that graph. */
    @ParameterizedTest
    @CsvSource({"entities.txt, entities-article", "proposed-links.md, proposed-links-article",
            "awaiting fusion.md, awaiting-fusion-article", "entities2.txt, entities2"})
    void aFileNamedAfterOneOfTheStoresOwnGraphsGetsAnotherId(String file, String id) {
        byte[] body = "A headline\n\nThe Kremlin said so.\n".getBytes(StandardCharsets.UTF_8);

        ReadResult r = reader.parse(file, file, file.substring(file.lastIndexOf('.') + 1), body);

        assertTrue(r.ok(), r::error);
        assertEquals(id, r.article().id());
        for (String graph : List.of(Ids.ENTITIES_GRAPH, Ids.PROPOSED_LINKS_GRAPH, Ids.AWAITING_FUSION_GRAPH)) {
            assertNotEquals(graph, Ids.graph(r.article().id()));
            assertTrue(Article.RESERVED_IDS.contains(graph.substring(graph.lastIndexOf('/') + 1)),
                    graph + " is a reserved id");
        }
    }

    @Test
    void byteOrderMarkIsNotPartOfTheTitle() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Kremlin Rebuffs Trump on Syria\n\nJune 03, 2019\n\nThe Kremlin said so.\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);

        Article a = reader.parse("x.txt", "x.txt", "txt", all).article();

        assertEquals("Kremlin Rebuffs Trump on Syria", a.title());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}

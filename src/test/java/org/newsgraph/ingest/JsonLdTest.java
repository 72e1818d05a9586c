package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.config.OutletTable;
import org.newsgraph.model.Article;

class JsonLdTest {
    private final HtmlArticleParser parser = new HtmlArticleParser(new OutletTable(Gazetteer.load()));

    @Test
    void readsTheArticleNodeInsideAGraph() {
        JsonLd.Info i = JsonLd.read(List.of("""
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Example Site","url":"https://example.org/"},
                  {"@type":["ReportageNewsArticle"],"headline":"Convoy hit near Saraqib",
                   "datePublished":"2020-02-03T10:00:00Z",
                   "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],
                   "publisher":{"@type":"Organization","name":"Reuters"},
                   "mainEntityOfPage":{"@id":"https://example.org/world/2020/02/03/convoy"}}]}"""));

        assertEquals(new JsonLd.Info("Convoy hit near Saraqib", "2020-02-03T10:00:00Z", "Reuters",
                List.of("Jane Roe", "John Doe"), "https://example.org/world/2020/02/03/convoy"), i);
    }

    @Test
    void readsATopLevelArrayAndSkipsNodesThatAreNoArticle() {
        JsonLd.Info i = JsonLd.read(List.of("""
                [{"@type":"BreadcrumbList","itemListElement":[]},
                 {"@type":"Article","headline":"Talks in Sochi","author":"Jane Roe","publisher":"TASS",
                  "url":"https://example.org/a/1"}]"""));

        assertEquals(new JsonLd.Info("Talks in Sochi", null, "TASS", List.of("Jane Roe"), "https://example.org/a/1"), i);
    }

    @Test
    void malformedBlockIsIgnoredAndTheNextOneRead() {
        JsonLd.Info i = JsonLd.read(List.of("{\"@type\":\"NewsArticle\",\"headline\":\"Cut off", "{,}",
                "{\"@type\":\"NewsArticle\",\"headline\":\"Talks in Sochi\",}",
                "{\"@type\":\"NewsArticle\",\"headline\":\"Talks in Ankara\"}"));

        assertEquals("Talks in Ankara", i.headline());
    }

    @Test
    void deeplyNestedBlockIsRefusedWithoutOverflowingTheStack() {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);

        assertNull(JsonLd.parse(deep));
        assertNull(JsonLd.read(List.of(deep)));
    }

    @Test
    void hugeHeadlineIsParsedQuicklyAndNotTakenForATitle() {
        String headline = "Idlib ".repeat(400) + "\\\"quoted\\\" " + "x".repeat(2_000);
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\""
                + headline + "\",\"datePublished\":\"2020-03-04\"}</script></head><body><h1>Talks in Ankara</h1>"
                + "<article><p>Turkey and Russia held talks.</p></article></body></html>";

        Article a = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> parser.parse("x", "x.html", page, "0".repeat(64), null));

        assertEquals("Talks in Ankara", a.title());
        assertEquals(LocalDate.of(2020, 3, 4), a.published());
    }

    @Test
    void authorsFromJsonLdNeverReachTheBody() {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Talks in Ankara\",\"author\":{\"name\":\"Jane Roe\"},"
                + "\"publisher\":{\"name\":\"Anadolu Agency\"},\"url\":\"https://example.org/2020/03/04/talks\"}"
                + "</script></head><body><article><p>Jane Roe</p><p>By Jane Roe</p>"
                + "<p>Turkey and Russia held talks.</p></article></body></html>";

        Article a = parser.parse("x", "x.html", page, "0".repeat(64), null);

        assertEquals("Turkey and Russia held talks.", a.text());
        assertEquals("anadolu", a.publisherKey());
        assertEquals(LocalDate.of(2020, 3, 4), a.published());
        assertEquals("https://example.org/2020/03/04/talks", a.sourceUrl());
    }
}

package org.newsgraph.ingest;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.newsgraph.config.OutletTable;
import org.newsgraph.model.Article;

/**
 * Reads an HTML page: only the article body (navigation, cookie banners, footers, related-story asides, scripts,
 * figure captions and photo credits removed), with metadata from {@code <title>}, Open Graph and
 * {@code article:published_time} meta tags, and a JSON-LD {@code NewsArticle} when present.
 */
final class HtmlArticleParser {
    private static final String CHROME = "script, style, noscript, template, iframe, svg, nav, header, footer, aside, "
            + "form, button, figure, figcaption, picture, video, audio, [role=navigation], [role=banner], "
            + "[role=contentinfo], [aria-hidden=true], [hidden]";
    private static final Pattern BOILERPLATE_CLASS = Pattern.compile(
            "(?i)cookie|consent|gdpr|related|recommend|share|social|newsletter|subscribe|advert|promo|sidebar|"
                    + "breadcrumb|comment|caption|credit|byline|tags|teaser|read-more|more-stories|popular|banner|modal");
    private static final Pattern JSON_STRING = Pattern.compile("\"%s\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final OutletTable outlets;
    private final TextArticleParser text;

    HtmlArticleParser(OutletTable outlets) {
        this.outlets = outlets;
        this.text = new TextArticleParser(outlets);
    }

    Article parse(String id, String fileName, String raw, String hash, String baseUri) {
        Document doc = Jsoup.parse(raw, baseUri == null ? "" : baseUri);
        ParsedParts parts = new ParsedParts();
        readMetadata(doc, parts);
        doc.select(CHROME).remove();
        for (Element e : doc.body().select("[class], [id]")) {
            if (e.parent() != null && BOILERPLATE_CLASS.matcher(e.className() + " " + e.id()).find()
                    && !e.is("article, main, body")) {
                e.remove();
            }
        }
        Element container = bodyContainer(doc);
        if (container != null) {
            for (Element block : container.select("p, h2, h3, h4, li, blockquote")) {
                if (block.parents().stream().anyMatch(p -> p.is("blockquote, li") && container.equals(p) == false
                        && block != p && p.is("p, h2, h3, h4, li, blockquote"))) {
                    continue;
                }
                String t = block.text().strip();
                if (!t.isEmpty() && !MetadataRules.isPhotoCredit(t)
                        && !t.matches("(?i)^(related|read more|also on|see also)\\b.*")) {
                    parts.paragraphs.add(t);
                }
            }
        }
        parts.paragraphs.replaceAll(String::strip);
        var joined = TextArticleParser.joinBrokenParagraphs(parts.paragraphs);
        parts.paragraphs.clear();
        parts.paragraphs.addAll(joined);
        if (!parts.paragraphs.isEmpty()) {
            Dateline.read(parts.paragraphs.get(0), parts, outlets);
        }
        if (parts.paragraphs.isEmpty()) {
            return null;
        }
        return parts.toArticle(id, fileName, hash);
    }

    private void readMetadata(Document doc, ParsedParts parts) {
        String jsonLd = doc.select("script[type=application/ld+json]").html();
        parts.title = first(meta(doc, "og:title"), json(jsonLd, "headline"),
                doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text(), doc.title());
        String date = first(meta(doc, "article:published_time"), json(jsonLd, "datePublished"),
                meta(doc, "date"), meta(doc, "pubdate"),
                doc.selectFirst("time[datetime]") == null ? null : doc.selectFirst("time[datetime]").attr("datetime"));
        if (date != null) {
            parts.published = MetadataRules.parseDate(date);
        }
        String url = first(meta(doc, "og:url"), doc.select("link[rel=canonical]").attr("href"));
        if (url != null && MetadataRules.repairUrl(url) != null) {
            parts.sourceUrl = MetadataRules.repairUrl(url);
            parts.domain(outlets, parts.sourceUrl);
        }
        String site = first(meta(doc, "og:site_name"), jsonPublisher(jsonLd));
        if (site != null && outlets.forName(site) != null) {
            parts.footerOutlet = outlets.forName(site).key();
        }
    }

    /** The element holding the story: {@code <article>}, an articleBody, {@code <main>}, or the densest block. */
    private static Element bodyContainer(Document doc) {
        Element e = doc.selectFirst("[itemprop=articleBody]");
        if (e == null) {
            e = doc.select("article").stream().max(Comparator.comparingInt(a -> a.select("p").text().length()))
                    .orElse(null);
        }
        if (e == null) {
            e = doc.selectFirst("main");
        }
        if (e == null) {
            Elements ps = doc.select("p");
            e = ps.stream().map(Element::parent).filter(java.util.Objects::nonNull)
                    .max(Comparator.comparingInt(p -> p.select("> p").text().length())).orElse(doc.body());
        }
        return e;
    }

    private static String meta(Document doc, String name) {
        Element m = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return m == null ? null : m.attr("content");
    }

    private static String json(String jsonLd, String field) {
        Matcher m = Pattern.compile(String.format(JSON_STRING.pattern(), field)).matcher(jsonLd);
        return m.find() ? m.group(1).replace("\\\"", "\"").replace("\\/", "/") : null;
    }

    private static String jsonPublisher(String jsonLd) {
        int i = jsonLd.indexOf("\"publisher\"");
        return i < 0 ? null : json(jsonLd.substring(i), "name");
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}

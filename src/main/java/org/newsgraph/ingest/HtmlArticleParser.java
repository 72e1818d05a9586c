package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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
    /**
     * Boilerplate words as whole parts of a class or id token ("cookie-banner", "article-share", "relatedStories"),
     * never as substrings ("unrelated", "shared").
     */
    private static final Pattern BOILERPLATE_CLASS = Pattern.compile(
            "(?i)(?:^|[-_])(?:cookie|consent|gdpr|related|recommend(?:ed|ation)?|share|sharing|social|newsletter|"
                    + "subscribe|subscription|advert(?:isement)?|promo|sidebar|breadcrumb|comment|caption|credit|"
                    + "byline|tag|teaser|read-more|more-stories|popular|banner|modal)s?(?=$|[-_])");
    /** Elements whose text is a paragraph already, or part of one: loose text inside them is not split. */
    private static final String TEXT_BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th";
    /*
     * Tag names tested directly: Jsoup's Element.is(query) walks up to the root first, which made the walks below
     * quadratic on deeply nested pages.
     */
    private static final java.util.Set<String> TEXT_BLOCK = java.util.Set.of(TEXT_BLOCKS.split(",\\s*"));
    private static final java.util.Set<String> QUOTE_OR_ITEM = java.util.Set.of("blockquote", "li");
    private static final java.util.Set<String> STORY_ROOTS = java.util.Set.of("article", "main", "body");
    /** A longer "headline" is no headline (some pages put the whole teaser there). */
    private static final int MAX_TITLE = 400;

    private final OutletTable outlets;
    private final TextArticleParser text;
    private final Boilerplate junk = Boilerplate.load();

    HtmlArticleParser(OutletTable outlets) {
        this.outlets = outlets;
        this.text = new TextArticleParser(outlets);
    }

    Article parse(String id, String fileName, String raw, String hash, String baseUri) {
        Document doc = Jsoup.parse(raw, baseUri == null ? "" : baseUri);
        ParsedParts parts = new ParsedParts();
        readMetadata(doc, parts);
        doc.select(CHROME).remove();
        wrapLineBreakParagraphs(doc.body());
        removeBoilerplate(doc.body());
        Element container = bodyContainer(doc);
        if (container != null) {
            // blocks inside a quotation or list item are read with it (one pass down the tree: a page of 100,000
            // nested elements costs linear time, where asking each block for its ancestors cost quadratic)
            java.util.Set<Element> nested = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Element e : doc.getAllElements()) {
                Element parent = e.parent();
                if (parent != null && (nested.contains(parent) || parent != container
                        && QUOTE_OR_ITEM.contains(parent.normalName()))) {
                    nested.add(e);
                }
            }
            for (Element block : container.select("p, h2, h3, h4, li, blockquote")) {
                if (nested.contains(block)) {
                    continue;
                }
                String t = block.text().strip();
                if (t.isEmpty() || MetadataRules.isPhotoCredit(t) || parts.isAuthorLine(t) || junk.isJunk(t)) {
                    continue;
                }
                var wire = junk.creditLine(t, outlets);
                if (wire != null) {
                    parts.creditedOutlets.add(wire.key());
                } else {
                    parts.paragraphs.add(t);
                }
            }
        }
        parts.paragraphs.replaceAll(String::strip);
        var joined = TextArticleParser.joinBrokenParagraphs(parts.paragraphs);
        parts.paragraphs.clear();
        parts.paragraphs.addAll(joined);
        parts.paragraphs.removeIf(String::isEmpty);
        BodyCleanup.finish(parts, outlets, junk);
        if (parts.paragraphs.isEmpty()) {
            return null;
        }
        return parts.toArticle(id, fileName, hash);
    }

    /**
     * Removes elements whose class or id names page furniture. An element holding most of the page's paragraph text
     * in more than one paragraph is the story whatever its classes say ("entry-content has-share-buttons").
     */
    private static void removeBoilerplate(Element body) {
        int pageText = body.select("p").text().length();
        // elements inside one already removed are skipped (selection order is document order, parents first), so
        // nested furniture is looked at once, not once per level
        java.util.Set<Element> removed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element e : body.select("[class], [id]")) {
            if (e.parent() == null || removed.contains(e.parent())) {
                removed.add(e);
                continue;
            }
            if (!STORY_ROOTS.contains(e.normalName()) && isBoilerplate(e)) {
                Elements ps = e.select("p");
                if (ps.size() < 2 || ps.text().length() * 2 <= pageText) {
                    e.remove();
                    removed.add(e);
                }
            }
        }
    }

    private static boolean isBoilerplate(Element e) {
        for (String token : (e.className() + " " + e.id()).split("\\s+")) {
            // camelCase parts count as words: "shareButtons" is "share-Buttons"
            if (BOILERPLATE_CLASS.matcher(token.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", "-")).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Some sites write the story as loose text with {@code <br><br>} between paragraphs. Each run of text between
     * double line breaks (or block elements) becomes a {@code <p>}, so it is read like any other paragraph.
     */
    private static void wrapLineBreakParagraphs(Element root) {
        // whether an element is a text block or inside one, decided going down the tree once
        java.util.Set<Element> inBlock = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element e : root.select("*")) {
            if (TEXT_BLOCK.contains(e.normalName()) || inBlock.contains(e.parent())) {
                inBlock.add(e);
                continue;
            }
            if (!hasDoubleLineBreak(e)) {
                continue;
            }
            List<Node> run = new ArrayList<>();
            int breaks = 0;
            for (Node n : new ArrayList<>(e.childNodes())) {
                if (n instanceof TextNode t && t.isBlank()) {
                    run.add(n);
                } else if (n instanceof Element br && br.normalName().equals("br")) {
                    breaks++;
                    run.add(n);
                } else if (n instanceof Element child && child.isBlock()) {
                    wrap(run);
                    breaks = 0;
                } else {
                    if (breaks >= 2) {
                        wrap(run);
                    }
                    breaks = 0;
                    run.add(n);
                }
            }
            wrap(run);
        }
    }

    private static boolean hasDoubleLineBreak(Element e) {
        for (Element br : e.children()) {
            if (br.normalName().equals("br") && br.nextElementSibling() != null
                    && br.nextElementSibling().normalName().equals("br")
                    && (br.nextSibling() == br.nextElementSibling()
                        || br.nextSibling() instanceof TextNode t && t.isBlank())) {
                return true;
            }
        }
        return false;
    }

    /** Moves a run of inline nodes into a new {@code <p>} where it stood, if it has any text; empties the run. */
    private static void wrap(List<Node> run) {
        boolean hasText = run.stream().anyMatch(n -> n instanceof TextNode t ? !t.isBlank()
                : n instanceof Element el && !el.text().isBlank());
        if (hasText) {
            Element p = new Element("p");
            run.get(0).before(p);
            run.forEach(p::appendChild);
        }
        run.clear();
    }

    private void readMetadata(Document doc, ParsedParts parts) {
        List<String> blocks = doc.select("script[type=application/ld+json]").stream().map(Element::data).toList();
        JsonLd.Info ld = JsonLd.read(blocks);
        String headline = ld == null || ld.headline() == null || ld.headline().length() > MAX_TITLE ? null : ld.headline();
        parts.title = first(meta(doc, "og:title"), headline,
                doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text(), doc.title());
        // machine-readable publication dates are explicit stamps; a visible date element is a header date line
        String date = first(meta(doc, "article:published_time"), ld == null ? null : ld.datePublished(),
                meta(doc, "date"), meta(doc, "pubdate"),
                doc.selectFirst("time[datetime]") == null ? null : doc.selectFirst("time[datetime]").attr("datetime"));
        if (date != null) {
            parts.date(PageDates.Kind.STAMP, PageDates.find(date));
        }
        for (var el : doc.select("[class*=date], [class*=time], [class*=published], time")) {
            PageDates.Stamp stamp = PageDates.stamp(el.text());
            if (stamp != null && stamp.reading() != null) {
                parts.date(stamp.kind(), stamp.reading());
            } else if (!parts.hasDate(PageDates.Kind.HEADER)) {
                // a visible date line: <span class="date">28 Feb 2020 18:05 GMT</span>
                parts.date(PageDates.Kind.HEADER, PageDates.find(el.text()));
            }
        }
        String url = first(meta(doc, "og:url"), doc.select("link[rel=canonical]").attr("href"),
                ld == null ? null : ld.url());
        if (url != null && MetadataRules.repairUrl(url) != null) {
            parts.sourceUrl = MetadataRules.repairUrl(url);
            parts.domain(outlets, parts.sourceUrl);
        }
        String site = first(meta(doc, "og:site_name"), ld == null ? null : ld.publisher());
        if (site != null && outlets.forName(site) != null) {
            parts.footerOutlet = outlets.forName(site).key();
        }
        if (parts.footerOutlet == null) {
            parts.footerOutlet = copyrightOutlet(doc);
        }
        if (ld != null) {
            parts.authors.addAll(ld.authors());
        }
        for (Element m : doc.select("meta[name=author], meta[property=article:author]")) {
            if (!m.attr("content").isBlank() && !m.attr("content").startsWith("http")) {
                parts.authors.add(m.attr("content").strip());
            }
        }
    }

    /** The outlet a page footer's copyright line names ("© 2020 Example News. All rights reserved"), or null. */
    private String copyrightOutlet(Document doc) {
        for (Element f : doc.select("footer, [class*=copyright], [id*=copyright], [class*=footer], [id*=footer]")) {
            String t = f.text();
            int i = t.indexOf('\u00a9');
            if (i < 0) {
                i = t.toLowerCase(java.util.Locale.ROOT).indexOf("copyright");
            }
            var outlet = i < 0 ? null : outlets.namedIn(t.substring(i, Math.min(t.length(), i + 100)));
            if (outlet != null) {
                return outlet.key();
            }
        }
        return null;
    }

    /** How many {@code <article>} elements are weighed against each other. */
    private static final int MAX_ARTICLE_ELEMENTS = 50;

    /** The element holding the story: {@code <article>}, an articleBody, {@code <main>}, or the densest block. */
    private static Element bodyContainer(Document doc) {
        Element e = doc.selectFirst("[itemprop=articleBody]");
        if (e == null) {
            // a page of thousands of nested <article>s would make this quadratic; real pages have a handful
            e = doc.select("article").stream().limit(MAX_ARTICLE_ELEMENTS)
                    .max(Comparator.comparingInt(a -> a.select("p").text().length())).orElse(null);
        }
        if (e == null) {
            e = doc.selectFirst("main");
        }
        if (e == null) {
            // the parent with the most paragraph text in its own <p> children, each paragraph measured once
            // (asking every paragraph's parent for all its paragraphs was quadratic: 20,000 <p> in one <div>)
            java.util.Map<Element, Integer> text = new java.util.IdentityHashMap<>();
            for (Element p : doc.select("p")) {
                Element parent = p.parent();
                if (parent != null) {
                    text.merge(parent, p.text().length() + 1, Integer::sum);
                }
            }
            Element best = doc.body();
            int most = -1;
            for (Element p : doc.select("p")) {
                Element parent = p.parent();
                if (parent != null && text.get(parent) > most) {
                    most = text.get(parent);
                    best = parent;
                }
            }
            e = best;
        }
        return e;
    }

    private static String meta(Document doc, String name) {
        Element m = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return m == null ? null : m.attr("content");
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

package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item's link and what the feed says of it. */
final class Feeds {
    /** One item: its page, and the feed's title, date and content for it (each may be null). */
    record Item(String link, String title, String published, String content) {
    }

    private Feeds() {
    }

    /** True when the body is a feed (its root element is rss, rdf:RDF or feed). */
    static boolean isFeed(byte[] body, String contentType) {
        String head = new String(body, 0, Math.min(body.length, 1024), java.nio.charset.StandardCharsets.UTF_8)
                .toLowerCase(java.util.Locale.ROOT);
        return contentType.contains("rss") || contentType.contains("atom")
                || head.matches("(?s)\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(rss|rdf:rdf|feed)[\\s>].*");
    }

    static List<Item> items(String xml, String baseUrl) {
        Document d = Jsoup.parse(xml, baseUrl, Parser.xmlParser());
        List<Item> out = new ArrayList<>();
        for (Element item : d.select("item")) {
            out.add(new Item(text(item, "link"), text(item, "title"), first(text(item, "pubDate"),
                    text(item, "dc|date")), first(text(item, "content|encoded"), text(item, "description"))));
        }
        for (Element entry : d.select("entry")) {
            String link = null;
            for (Element l : entry.select("link")) {
                String rel = l.attr("rel");
                if ((rel.isEmpty() || rel.equals("alternate")) && !l.attr("href").isBlank()) {
                    link = l.absUrl("href").isEmpty() ? l.attr("href") : l.absUrl("href");
                    break;
                }
            }
            out.add(new Item(link, text(entry, "title"), first(text(entry, "published"), text(entry, "updated")),
                    first(text(entry, "content"), text(entry, "summary"))));
        }
        return out;
    }

    private static String text(Element e, String tag) {
        Element c = e.selectFirst(tag);
        if (c == null) {
            return null;
        }
        String t = c.text().strip();
        return t.isEmpty() ? null : t;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}

package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads the article node of a page's JSON-LD ({@code NewsArticle}, {@code Article}, {@code ReportageNewsArticle},
 * alone, in a top-level array or in an {@code @graph}) with Jena's JSON parser. A block that is malformed, too big
 * or nested too deep is ignored, never thrown out of the reader.
 *
 * <pre>{@code
 * JsonLd.Info i = JsonLd.read(List.of(scriptText));  // null when no block holds an article
 * i.headline(); i.datePublished(); i.publisher(); i.authors(); i.url();
 * }</pre>
 */
final class JsonLd {
    /** Bigger blocks are not article metadata but whole embedded data sets; they are skipped unread. */
    static final int MAX_CHARS = 2_000_000;
    /** Jena's parser descends recursively; deeper nesting is refused before parsing so the stack cannot overflow. */
    static final int MAX_DEPTH = 64;

    /**
     * What the article node says, each field null (authors empty) when absent.
     *
     * @param headline      the headline
     * @param datePublished the publication date-time as written
     * @param publisher     the publisher's name
     * @param authors       the authors' names: byline junk for the body, never entities
     * @param url           {@code url}, else {@code mainEntityOfPage}
     */
    record Info(String headline, String datePublished, String publisher, List<String> authors, String url) {
        Info {
            authors = List.copyOf(authors);
        }
    }

    private JsonLd() {
    }

    /** The first article node among the given script blocks, or null. */
    static Info read(List<String> blocks) {
        for (String block : blocks) {
            JsonValue root = parse(block);
            JsonObject article = root == null ? null : findArticle(root, 0);
            if (article != null) {
                return new Info(string(article.get("headline")), string(article.get("datePublished")),
                        name(article.get("publisher")), names(article.get("author")), url(article));
            }
        }
        return null;
    }

    /** Parses one block, or null if it is empty, too big, too deep or not JSON. */
    static JsonValue parse(String block) {
        if (block == null || block.isBlank() || block.length() > MAX_CHARS || depth(block) > MAX_DEPTH) {
            return null;
        }
        try {
            return JSON.parseAny(block.strip());
        } catch (RuntimeException e) {
            // a page's broken JSON-LD (trailing commas, HTML inside, cut off) only costs its metadata
            return null;
        }
    }

    /** The deepest nesting of objects and arrays, brackets inside strings not counted. */
    static int depth(String s) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return max;
    }

    private static JsonObject findArticle(JsonValue v, int level) {
        if (level > MAX_DEPTH) {
            return null;
        }
        if (v.isArray()) {
            for (JsonValue item : v.getAsArray()) {
                JsonObject found = findArticle(item, level + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!v.isObject()) {
            return null;
        }
        JsonObject o = v.getAsObject();
        if (isArticle(o.get("@type"))) {
            return o;
        }
        JsonValue graph = o.get("@graph");
        return graph == null ? null : findArticle(graph, level + 1);
    }

    private static boolean isArticle(JsonValue type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            return type.getAsArray().stream().anyMatch(JsonLd::isArticle);
        }
        String t = string(type);
        return t != null && (t.equals("Article") || t.endsWith("NewsArticle"));
    }

    private static String url(JsonObject article) {
        String url = string(article.get("url"));
        if (url == null) {
            JsonValue page = article.get("mainEntityOfPage");
            url = page != null && page.isObject() ? string(page.getAsObject().get("@id")) : string(page);
        }
        return url;
    }

    /** A name: a plain string or an object's {@code name}; for a list, the first. */
    private static String name(JsonValue v) {
        List<String> all = names(v);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> names(JsonValue v) {
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.isArray()) {
            for (JsonValue item : (JsonArray) v) {
                if (!item.isArray()) {
                    out.addAll(names(item));
                }
            }
        } else if (v.isObject()) {
            String n = string(v.getAsObject().get("name"));
            if (n != null) {
                out.add(n);
            }
        } else if (string(v) != null) {
            out.add(string(v));
        }
        return out;
    }

    private static String string(JsonValue v) {
        if (v == null || !v.isString()) {
            return null;
        }
        String s = v.getAsString().value().strip();
        return s.isEmpty() ? null : s;
    }
}

package org.newsgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.model.Article;
import org.newsgraph.model.Extraction;

/**
 * One case of the phenomenon manifest (src/test/resources/manifest/*.json): a text written for the test, the
 * facts the extractor must give ("expect", subset matching) and must not give ("forbid"), and an optional
 * "gap" saying why the current extractor gets it wrong.
 *
 * <pre>{@code
 * {"id": "inc-captured-town", "phenomenon": "change of control with a verb", "mechanism": "incident-triggers.tsv: captured",
 *  "text": "Government forces captured Kafr Nabudah on Sunday.", "published": "2019-05-28",
 *  "expect": {"incidents": [{"type": "TerritorialControl", "place": "kafr-nabudah", "date": "2019-05-26"}]}}
 * }</pre>
 */
record ManifestCase(String family, String id, String phenomenon, String mechanism, String text, LocalDate published,
                    boolean page, JsonObject expect, JsonObject forbid, String gap) {

    /** The kinds of fact a case may expect or forbid. */
    static final Set<String> KINDS = Set.of("incidents", "statements", "agreements", "meetings", "entities", "article",
            "text");
    private static final Set<String> KEYS = Set.of("id", "phenomenon", "mechanism", "text", "published", "page",
            "expect", "forbid", "gap", "note");

    /** Reads every case of one family file, checking the shape so that a typo cannot make a case vacuous. */
    static List<ManifestCase> read(String family, InputStream in) {
        JsonValue root = JSON.parseAny(in);
        JsonArray cases = root.isArray() ? root.getAsArray() : root.getAsObject().get("cases").getAsArray();
        List<ManifestCase> out = new ArrayList<>();
        for (JsonValue v : cases) {
            JsonObject o = v.getAsObject();
            for (String k : o.keys()) {
                if (!KEYS.contains(k)) {
                    throw new IllegalArgumentException("manifest " + family + ": case " + o.get("id")
                            + " has unknown key '" + k + "' (expected one of " + KEYS + ")");
                }
            }
            String id = string(o, "id");
            if (id == null || string(o, "text") == null || string(o, "phenomenon") == null
                    || string(o, "mechanism") == null) {
                throw new IllegalArgumentException("manifest " + family + ": case " + o.get("id")
                        + " needs id, phenomenon, mechanism and text");
            }
            JsonObject expect = o.hasKey("expect") ? o.get("expect").getAsObject() : new JsonObject();
            JsonObject forbid = o.hasKey("forbid") ? o.get("forbid").getAsObject() : new JsonObject();
            for (JsonObject part : List.of(expect, forbid)) {
                for (String k : part.keys()) {
                    if (!KINDS.contains(k)) {
                        throw new IllegalArgumentException("manifest " + family + ": case " + id
                                + " expects or forbids unknown kind '" + k + "' (expected one of " + KINDS + ")");
                    }
                }
            }
            if (expect.isEmpty() && forbid.isEmpty()) {
                throw new IllegalArgumentException("manifest " + family + ": case " + id + " neither expects nor forbids");
            }
            String published = string(o, "published");
            boolean page = o.hasKey("page") && o.get("page").getAsBoolean().value();
            out.add(new ManifestCase(family, id, string(o, "phenomenon"), string(o, "mechanism"), string(o, "text"),
                    published == null ? null : LocalDate.parse(published), page, expect, forbid, string(o, "gap")));
        }
        return out;
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? null : v.getAsString().value();
    }

    /** True when the case expects some fact of this kind. */
    boolean expects(String kind) {
        JsonValue v = expect.get(kind);
        return v != null && !(v.isArray() && v.getAsArray().isEmpty());
    }

    /** True when the case forbids facts of this kind and expects none of them: a negative case for the kind. */
    boolean negativeFor(String kind) {
        return forbid.hasKey(kind) && !expects(kind);
    }

    /** A negative case: it forbids some kind of fact that it does not also expect. */
    boolean negative() {
        return forbid.keys().stream().anyMatch(this::negativeFor);
    }

    /** Runs the text through the extractor; a page goes through the real ingest first. */
    Extraction extract() {
        if (!page) {
            return Texts.extract(text, published);
        }
        try {
            Path dir = Files.createTempDirectory("manifest");
            Path file = dir.resolve(id.replaceAll("[^A-Za-z0-9._-]", "-") + ".txt");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            ReadResult r = new ArticleReader(Texts.EXTRACTOR.gazetteer()).read(file);
            Files.delete(file);
            Files.delete(dir);
            if (!r.ok()) {
                throw new IllegalStateException("page " + id + " was not ingested: " + r.error());
            }
            Article a = r.article();
            return Texts.EXTRACTOR.extract(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lowercase text the coverage check matches lexicon rows against. */
    String lowerText() {
        return text.toLowerCase(Locale.ROOT);
    }
}

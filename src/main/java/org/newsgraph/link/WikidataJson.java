package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads the JSON of the Wikidata API. A {@code wbsearchentities} answer is
 * {@code {"searchinfo":{"search":..}, "search":[{"id":"Q..","label":..,"description":..,"match":{"type":..,
 * "language":..,"text":..},"aliases":[..],..}], "success":1}}; a {@code wbgetentities&props=claims} answer is
 * {@code {"entities":{"Q..":{"claims":{"P31":[{"mainsnak":{"datavalue":{"value":{"id":"Q5",..},..},..},..}]}}}}};
 * an error is {@code {"error":{"code":..,"info":..}}}.
 */
final class WikidataJson {
    private WikidataJson() {
    }

    static List<Candidate> searchResults(String body, String what) throws LookupException {
        JsonObject root = parse(body, what);
        JsonValue hits = root.get("search");
        if (hits == null || !hits.isArray()) {
            throw new LookupException(what + ": the answer has no \"search\" array; is this a MediaWiki api.php?",
                    false, null);
        }
        List<Candidate> out = new ArrayList<>();
        int rank = 0;
        for (JsonValue v : hits.getAsArray()) {
            if (!v.isObject()) {
                continue;
            }
            JsonObject h = v.getAsObject();
            String id = str(h, "id");
            if (id == null || !id.matches("Q[1-9][0-9]*")) {
                continue;
            }
            JsonObject match = h.get("match") != null && h.get("match").isObject() ? h.getObj("match") : null;
            List<String> aliases = new ArrayList<>();
            if (h.get("aliases") != null && h.get("aliases").isArray()) {
                for (JsonValue a : h.get("aliases").getAsArray()) {
                    if (a.isString()) {
                        aliases.add(a.getAsString().value());
                    }
                }
            }
            out.add(new Candidate(id, labelOf(h), descriptionOf(h), match == null ? "" : str(match, "type"),
                    match == null ? "" : str(match, "text"), aliases, rank++, null));
        }
        return out;
    }

    static Map<String, Set<String>> instanceOf(String body, String what) throws LookupException {
        JsonObject root = parse(body, what);
        JsonValue entities = root.get("entities");
        if (entities == null || !entities.isObject()) {
            throw new LookupException(what + ": the answer has no \"entities\" object", false, null);
        }
        Map<String, Set<String>> out = new HashMap<>();
        for (Map.Entry<String, JsonValue> e : entities.getAsObject().entrySet()) {
            Set<String> classes = new LinkedHashSet<>();
            JsonValue claims = e.getValue().isObject() ? e.getValue().getAsObject().get("claims") : null;
            JsonValue p31 = claims != null && claims.isObject() ? claims.getAsObject().get("P31") : null;
            if (p31 != null && p31.isArray()) {
                for (JsonValue st : p31.getAsArray()) {
                    String cls = itemValue(st);
                    // A deprecated statement is one Wikidata itself considers wrong.
                    if (cls != null && !"deprecated".equals(str(st.getAsObject(), "rank"))) {
                        classes.add(cls);
                    }
                }
            }
            out.put(e.getKey(), classes);
        }
        return out;
    }

    private static String itemValue(JsonValue statement) {
        if (!statement.isObject()) {
            return null;
        }
        JsonValue v = statement.getAsObject().get("mainsnak");
        for (String k : new String[] {"datavalue", "value"}) {
            if (v == null || !v.isObject()) {
                return null;
            }
            v = v.getAsObject().get(k);
        }
        if (v == null || !v.isObject()) {
            return null;
        }
        String id = str(v.getAsObject(), "id");
        if (id == null && v.getAsObject().get("numeric-id") != null && v.getAsObject().get("numeric-id").isNumber()) {
            id = "Q" + v.getAsObject().get("numeric-id").getAsNumber().value().longValue();
        }
        return id;
    }

    private static JsonObject parse(String body, String what) throws LookupException {
        JsonObject root;
        try {
            root = JSON.parse(body);
        } catch (JsonParseException e) {
            String start = body == null ? "" : body.strip();
            throw new LookupException(what + ": the answer is not JSON (" + e.getMessage() + "; it starts with '"
                    + start.substring(0, Math.min(80, start.length())) + "')", false, e);
        }
        JsonValue err = root.get("error");
        if (err != null && err.isObject()) {
            throw new LookupException(what + ": the API reported an error: " + str(err.getAsObject(), "code") + " ("
                    + str(err.getAsObject(), "info") + ")", false, null);
        }
        return root;
    }

    /** The label: "label", else display.label.value (the two forms the API has used). */
    private static String labelOf(JsonObject h) {
        String s = str(h, "label");
        return s != null ? s : displayValue(h, "label");
    }

    private static String descriptionOf(JsonObject h) {
        String s = str(h, "description");
        return s != null ? s : displayValue(h, "description");
    }

    private static String displayValue(JsonObject h, String key) {
        JsonValue d = h.get("display");
        if (d == null || !d.isObject()) {
            return null;
        }
        JsonValue k = d.getAsObject().get(key);
        return k != null && k.isObject() ? str(k.getAsObject(), "value") : null;
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? v.getAsString().value() : null;
    }
}

package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.model.AgreementMention;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Incident;
import org.newsgraph.model.Meeting;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Statement;
import org.newsgraph.model.TimeValue;

/**
 * Compares an extraction with a manifest case. Facts match by subset: only the attributes a case lists are
 * compared. Entity attributes take gazetteer keys ({@link Entity#key()}) or, for names the gazetteer lacks,
 * labels; "a|b" accepts either key (a state or its
 * armed forces, when the wording allows both); a list of keys must all be among the fact's actors. Dates are the
 * lexical form of the time value ("2020-02-27", "2020-02", a range as "2020-02-24/2020-03-01"); JSON null demands
 * that the attribute is absent.
 */
final class ManifestMatcher {
    private ManifestMatcher() {
    }

    /** Every way the extraction departs from the case; empty when the case passes. */
    static List<String> problems(ManifestCase c, Extraction x) {
        List<String> out = new ArrayList<>();
        for (String kind : c.expect().keys()) {
            JsonValue want = c.expect().get(kind);
            switch (kind) {
                case "article" -> article(want.getAsObject(), x.article(), true, out);
                case "text" -> want.getAsArray().forEach(t -> {
                    if (!x.article().text().contains(t.getAsString().value())) {
                        out.add("clean text lacks \"" + t.getAsString().value() + "\"");
                    }
                });
                default -> want.getAsArray().forEach(w -> {
                    if (facts(kind, x).stream().noneMatch(f -> matches(kind, w, f, x))) {
                        out.add("missing " + kind + " " + w.toString().replaceAll("\\s+", " "));
                    }
                });
            }
        }
        for (String kind : c.forbid().keys()) {
            JsonValue bad = c.forbid().get(kind);
            switch (kind) {
                case "article" -> article(bad.getAsObject(), x.article(), false, out);
                case "text" -> bad.getAsArray().forEach(t -> {
                    if (x.article().text().contains(t.getAsString().value())) {
                        out.add("clean text still holds \"" + t.getAsString().value() + "\"");
                    }
                });
                default -> {
                    List<?> found = facts(kind, x);
                    if (bad.isString() && bad.getAsString().value().equals("none")) {
                        if (!found.isEmpty()) {
                            out.add("forbidden: any " + kind + ", got " + describe(kind, found, x));
                        }
                    } else {
                        bad.getAsArray().forEach(b -> found.stream().filter(f -> matches(kind, b, f, x))
                                .forEach(f -> out.add("forbidden " + kind + " " + b.toString().replaceAll("\\s+", " ")
                                        + ", got " + describe(kind, List.of(f), x))));
                    }
                }
            }
        }
        return out;
    }

    static List<?> facts(String kind, Extraction x) {
        return switch (kind) {
            case "incidents" -> x.incidents();
            case "statements" -> x.statements();
            case "agreements" -> x.agreements();
            case "meetings" -> x.meetings();
            case "entities" -> x.mentions();
            default -> throw new IllegalArgumentException("no facts of kind " + kind);
        };
    }

    private static boolean matches(String kind, JsonValue want, Object fact, Extraction x) {
        if (kind.equals("entities") && want.isString()) {
            // a forbidden or expected name: any mention whose words or entity label hold it
            String s = want.getAsString().value().toLowerCase(Locale.ROOT);
            Mention m = (Mention) fact;
            return m.anchor().toLowerCase(Locale.ROOT).contains(s) || m.entity().label().toLowerCase(Locale.ROOT).contains(s);
        }
        JsonObject w = want.getAsObject();
        for (String attr : w.keys()) {
            if (!attribute(kind, attr, w.get(attr), fact, x)) {
                return false;
            }
        }
        return true;
    }

    private static boolean attribute(String kind, String attr, JsonValue v, Object fact, Extraction x) {
        return switch (kind) {
            case "incidents" -> incident(attr, v, (Incident) fact);
            case "statements" -> statement(attr, v, (Statement) fact);
            case "agreements" -> agreement(attr, v, (AgreementMention) fact);
            case "meetings" -> meeting(attr, v, (Meeting) fact);
            case "entities" -> entity(attr, v, (Mention) fact);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static boolean incident(String attr, JsonValue v, Incident i) {
        return switch (attr) {
            case "type" -> i.type().localName().equalsIgnoreCase(v.getAsString().value());
            case "perpetrator" -> actors(v, i.perpetrators());
            case "target" -> actors(v, i.targets());
            case "place" -> entity(v, i.location());
            case "killed" -> number(v, i.killed());
            case "displaced" -> number(v, i.displaced());
            case "date" -> date(v, i.date());
            case "trigger" -> contains(v, i.trigger());
            case "reportedBy" -> entity(v, i.reportedBy());
            case "count" -> v.isNull() ? i.count() == null : i.count() != null && v.getAsString().value().equals(
                    i.count().qualifier().word() + ":" + i.count().text());
            case "operation" -> v.isNull() ? i.operation() == null : v.getAsString().value().equals(i.operation());
            default -> throw unknown("incidents", attr);
        };
    }

    private static boolean statement(String attr, JsonValue v, Statement s) {
        return switch (attr) {
            case "speaker" -> entity(v, s.speaker());
            case "mode" -> v.getAsString().value().equals(s.direct() ? "direct" : "indirect");
            case "date" -> date(v, s.date());
            case "cue" -> contains(v, s.cue());
            case "quote" -> contains(v, s.quote());
            case "addressee" -> entity(v, s.addressee());
            case "about" -> actors(v, s.about());
            case "reportedBy" -> entity(v, s.reportedBy());
            default -> throw unknown("statements", attr);
        };
    }

    private static boolean agreement(String attr, JsonValue v, AgreementMention a) {
        return switch (attr) {
            case "agreement" -> oneOf(v, a.agreement().key());
            case "anchor" -> contains(v, a.anchor());
            case "catalogued" -> v.getAsBoolean().value() == a.agreement().catalogued();
            case "parties" -> v.getAsArray().stream().allMatch(p -> a.agreement().parties().contains(p.getAsString().value()));
            case "signed" -> date(v, a.agreement().signed());
            default -> throw unknown("agreements", attr);
        };
    }

    private static boolean meeting(String attr, JsonValue v, Meeting m) {
        return switch (attr) {
            case "participants" -> actors(v, m.participants());
            case "kind" -> v.getAsString().value().equals(m.kind());
            case "date" -> date(v, m.date());
            case "place" -> entity(v, m.location());
            default -> throw unknown("meetings", attr);
        };
    }

    private static boolean entity(String attr, JsonValue v, Mention m) {
        return switch (attr) {
            case "key" -> oneOf(v, m.entity().key());
            case "label" -> v.getAsString().value().equalsIgnoreCase(m.entity().label());
            case "type" -> m.entity().type().localName().equalsIgnoreCase(v.getAsString().value());
            case "anchor" -> v.getAsString().value().equals(m.anchor());
            case "framing" -> v.isNull() ? m.framing() == null : v.getAsString().value().equalsIgnoreCase(m.framing());
            case "role" -> contains(v, m.role());
            case "known" -> v.getAsBoolean().value() == m.entity().known();
            default -> throw unknown("entities", attr);
        };
    }

    private static void article(JsonObject w, Article a, boolean expect, List<String> out) {
        for (String attr : w.keys()) {
            JsonValue v = w.get(attr);
            boolean ok = switch (attr) {
                case "published" -> v.isNull() ? a.published() == null
                        : a.published() != null && a.published().toString().equals(v.getAsString().value());
                case "publisher" -> v.isNull() ? a.publisherKey() == null : oneOf(v, a.publisherKey());
                case "title" -> contains(v, a.title());
                case "sources" -> v.getAsArray().stream().allMatch(s -> a.sourceKeys().contains(s.getAsString().value()));
                case "dateline" -> contains(v, a.datelinePlace());
                case "url" -> contains(v, a.sourceUrl());
                default -> throw unknown("article", attr);
            };
            if (ok != expect) {
                out.add((expect ? "article " + attr + " should be " : "article " + attr + " must not be ") + v
                        + ", is " + switch (attr) {
                            case "published" -> a.published();
                            case "publisher" -> a.publisherKey();
                            case "title" -> a.title();
                            case "sources" -> a.sourceKeys();
                            case "dateline" -> a.datelinePlace();
                            default -> a.sourceUrl();
                        });
            }
        }
    }

    private static IllegalArgumentException unknown(String kind, String attr) {
        return new IllegalArgumentException("manifest: " + kind + " have no attribute '" + attr + "'");
    }

    /** "a|b": the value is one of the alternatives. */
    private static boolean oneOf(JsonValue v, String actual) {
        if (v.isNull()) {
            return actual == null;
        }
        return actual != null && Arrays.asList(v.getAsString().value().split("\\|")).contains(actual);
    }

    /** An actor attribute: its key, or (for names the gazetteer does not know) its label. */
    private static boolean entity(JsonValue v, Entity e) {
        return oneOf(v, e == null ? null : e.key()) || e != null && oneOf(v, e.label());
    }

    /** One key (with alternatives) or a list of keys that must all be among the actors. */
    private static boolean actors(JsonValue v, List<Entity> es) {
        List<String> keys = es.stream().map(Entity::key).toList();
        if (v.isNull()) {
            return keys.isEmpty();
        }
        List<JsonValue> wanted = v.isArray() ? v.getAsArray() : List.of(v);
        List<String> labels = es.stream().map(Entity::label).toList();
        return wanted.stream().allMatch(w -> Arrays.stream(w.getAsString().value().split("\\|"))
                .anyMatch(k -> keys.contains(k) || labels.contains(k)));
    }

    private static boolean number(JsonValue v, Integer actual) {
        return v.isNull() ? actual == null : actual != null && v.getAsNumber().value().intValue() == actual;
    }

    private static boolean contains(JsonValue v, String actual) {
        if (v.isNull()) {
            return actual == null;
        }
        return actual != null && actual.toLowerCase(Locale.ROOT).contains(v.getAsString().value().toLowerCase(Locale.ROOT));
    }

    private static boolean date(JsonValue v, TimeValue t) {
        if (v.isNull()) {
            return t == null;
        }
        if (t == null) {
            return false;
        }
        String lexical = t.lexical() != null ? t.lexical() : t.earliest() + "/" + t.latest();
        return lexical.equals(v.getAsString().value());
    }

    /** A compact account of facts for failure messages and the gap report. */
    static String describe(String kind, List<?> facts, Extraction x) {
        Function<Object, String> one = switch (kind) {
            case "incidents" -> f -> {
                Incident i = (Incident) f;
                return i.type().localName() + "[" + i.trigger() + "] perp=" + keys(i.perpetrators()) + " target="
                        + keys(i.targets()) + " place=" + key(i.location()) + " date=" + lex(i.date()) + " killed="
                        + i.killed() + " displaced=" + i.displaced();
            };
            case "statements" -> f -> {
                Statement s = (Statement) f;
                return (s.direct() ? "direct" : "indirect") + " by " + s.speaker().key() + " cue=" + s.cue()
                        + " date=" + lex(s.date()) + (s.quote() == null ? "" : " quote=\"" + abbreviate(s.quote()) + "\"");
            };
            case "agreements" -> f -> {
                AgreementMention a = (AgreementMention) f;
                return a.agreement().key() + " \"" + a.anchor() + "\"";
            };
            case "meetings" -> f -> {
                Meeting m = (Meeting) f;
                return m.kind() + " " + keys(m.participants()) + " date=" + lex(m.date()) + " place=" + key(m.location());
            };
            default -> f -> {
                Mention m = (Mention) f;
                return "\"" + m.anchor() + "\"=" + m.entity().key() + "/" + m.entity().type().localName();
            };
        };
        return facts.stream().map(one).toList().toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    private static List<String> keys(List<Entity> es) {
        return es.stream().map(Entity::key).toList();
    }

    private static String key(Entity e) {
        return e == null ? null : e.key();
    }

    private static String lex(TimeValue t) {
        return t == null ? null : Objects.requireNonNullElse(t.lexical(), t.earliest() + "/" + t.latest());
    }
}

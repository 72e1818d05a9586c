package org.newsgraph.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * The known actors and places, read from {@code newsgraph/gazetteer/*.tsv} (listed in {@code index.txt}).
 * Analysts extend the files without recompiling; the code only holds the lookups.
 *
 * <pre>{@code Gazetteer g = Gazetteer.load(); g.byKey("russia").get().wikidata() // "Q159"}</pre>
 */
public final class Gazetteer {
    private static final String DIR = "newsgraph/gazetteer/";
    private static volatile Gazetteer shared;

    private final Map<String, Entity> byKey = new LinkedHashMap<>();
    private final Map<String, Entity> byAlias = new HashMap<>();
    private final Map<String, Entity> stateByDemonym = new HashMap<>();
    private final Map<String, Entity> personByRole = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    Gazetteer(Collection<Entity> entities) {
        for (Entity e : entities) {
            if (byKey.putIfAbsent(e.key(), e) != null) {
                warnings.add("duplicate gazetteer key '" + e.key() + "': the first entry wins");
                continue;
            }
            for (String a : e.aliases()) {
                Entity prev = byAlias.putIfAbsent(a, e);
                if (prev != null && prev != e) {
                    warnings.add("alias '" + a + "' of " + e.key() + " already names " + prev.key());
                }
            }
            if (e.type() == EntityType.STATE) {
                for (String d : e.prop("demonym")) {
                    stateByDemonym.putIfAbsent(d, e);
                }
            }
            if (e.type() == EntityType.PERSON) {
                for (String r : e.prop("role")) {
                    personByRole.putIfAbsent(r.toLowerCase(Locale.ROOT), e);
                }
            }
        }
    }

    /** The gazetteer on the classpath, read once per JVM. */
    public static Gazetteer load() {
        Gazetteer g = shared;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (shared == null) {
                    List<Entity> all = new ArrayList<>();
                    for (String file : Tsv.lines(DIR + "index.txt")) {
                        for (Tsv.Row row : Tsv.read(DIR + file)) {
                            all.add(entity(row));
                        }
                    }
                    shared = new Gazetteer(all);
                }
                g = shared;
            }
        }
        return g;
    }

    static Entity entity(Tsv.Row row) {
        try {
            Map<String, List<String>> props = new LinkedHashMap<>();
            for (String kv : row.get("props").split(";")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    props.put(kv.substring(0, eq).trim(), List.of(kv.substring(eq + 1).trim().split("\\s*\\|\\s*")));
                }
            }
            String label = row.require("label");
            List<String> aliases = new ArrayList<>(row.list("aliases"));
            if (!aliases.contains(label)) {
                aliases.add(0, label);
            }
            String qid = row.get("wikidata");
            return new Entity(row.require("key"), EntityType.parse(row.require("type")), label,
                    qid.isEmpty() ? null : qid, aliases, number(row.get("lat")), number(row.get("lon")), props, true);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(row.file() + ":" + row.line() + ": " + e.getMessage(), e);
        }
    }

    private static Double number(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    public Optional<Entity> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The entity a surface form names exactly (case-sensitive), or null. */
    public Entity byAlias(String alias) {
        return byAlias.get(alias);
    }

    /** The entity a name denotes, trying the exact form, then without a leading "the". */
    public Entity lookup(String name) {
        String n = name.strip();
        Entity e = byAlias.get(n);
        if (e == null && n.regionMatches(true, 0, "the ", 0, 4)) {
            e = byAlias.get(n.substring(4));
        }
        return e;
    }

    public Collection<Entity> entities() {
        return byKey.values();
    }

    /** All aliases, for building matchers. */
    public Map<String, Entity> aliases() {
        return byAlias;
    }

    /** The state a demonym belongs to ("Turkish" gives Turkey), or null. */
    public Entity stateForDemonym(String demonym) {
        return stateByDemonym.get(demonym);
    }

    /** The person a role phrase names ("Kremlin spokesman" gives Peskov), or null. */
    public Entity personForRole(String role) {
        return personByRole.get(role.toLowerCase(Locale.ROOT));
    }

    /** The entity another entity's property points at (e.g. a state's "military"), or null. */
    public Entity related(Entity e, String prop) {
        String k = e.firstProp(prop);
        return k == null ? null : byKey.get(k);
    }

    /** Problems found while loading (duplicate keys or aliases); never fatal. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}

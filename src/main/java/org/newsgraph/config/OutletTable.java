package org.newsgraph.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * Recognises news outlets by web domain or by name: the gazetteer's MediaOutlets, plus the outlets that
 * {@code newsgraph/outlets.tsv} names (with a label) and the gazetteer does not list yet.
 *
 * <pre>{@code
 * OutletTable t = new OutletTable(Gazetteer.load());
 * t.forUrl("https://www.aawsat.com/english/home/article/1") // Asharq Al-Awsat
 * t.forName("Reuters").key()                                // "reuters"
 * }</pre>
 */
public final class OutletTable {
    static final String RESOURCE = "newsgraph/outlets.tsv";

    private final Gazetteer gazetteer;
    private final Map<String, String> byDomain = new HashMap<>();
    /** Outlets from outlets.tsv that the gazetteer lacks, by key and by alias. */
    private final Map<String, Entity> extra = new LinkedHashMap<>();
    private final Map<String, Entity> extraByAlias = new HashMap<>();
    /** Every outlet alias of three or more characters with its whole-word pattern, for {@link #namedIn}. */
    private final List<Map.Entry<Pattern, Entity>> namePatterns = new ArrayList<>();
    /** Gazetteer keys outlets.tsv lists: organisations that publish their own news (a monitor's site) count as outlets. */
    private final Set<String> tableKeys = new HashSet<>();
    /** Outlet names in lower case, for a page that writes them in capitals ("By REUTERS") or another case. */
    private final Map<String, Entity> byLowerName = new HashMap<>();

    public OutletTable(Gazetteer gazetteer) {
        this(gazetteer, Tsv.read(RESOURCE));
    }

    OutletTable(Gazetteer gazetteer, List<Tsv.Row> rows) {
        this.gazetteer = gazetteer;
        for (Tsv.Row row : rows) {
            String key = row.require("outlet");
            if (gazetteer.byKey(key).isEmpty() && !extra.containsKey(key)) {
                extra.put(key, newOutlet(row, key));
            }
            for (String domain : row.list("domain")) {
                byDomain.put(domain.toLowerCase(Locale.ROOT), key);
            }
            tableKeys.add(key);
        }
        for (Entity e : extra.values()) {
            for (String alias : e.aliases()) {
                // a name the gazetteer already gives to something else stays the gazetteer's
                if (gazetteer.byAlias(alias) == null) {
                    extraByAlias.putIfAbsent(alias, e);
                }
            }
        }
        List<Entity> all = new ArrayList<>(extra.values());
        gazetteer.entities().stream().filter(this::isOutlet).forEach(all::add);
        for (Entity e : all) {
            for (String alias : e.aliases()) {
                if (alias.length() >= 3 && (e.known() && gazetteer.byKey(e.key()).isPresent()
                        || extraByAlias.get(alias) == e)) {
                    // a long name is found in any case ("source: kurdistan 24"); a short one only as written,
                    // so that "sana" or "amn" inside ordinary words and lower-case text are no credits
                    // ("The National" stays case-sensitive: "the national guard")
                    boolean anyCase = alias.length() >= 5 && !alias.regionMatches(true, 0, "the ", 0, 4);
                    int flags = anyCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
                    namePatterns.add(Map.entry(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(alias)
                            + "(?![\\p{L}])", flags), e));
                    if (alias.length() >= 4) {
                        byLowerName.putIfAbsent(alias.toLowerCase(Locale.ROOT), e);
                    }
                }
            }
        }
    }

    /** A gazetteer MediaOutlet, or an organisation outlets.tsv lists because it publishes its own news. */
    private boolean isOutlet(Entity e) {
        return e.type() == EntityType.MEDIA_OUTLET || tableKeys.contains(e.key());
    }

    private static Entity newOutlet(Tsv.Row row, String key) {
        String label = row.get("label");
        if (label.isEmpty()) {
            throw new IllegalArgumentException(row.file() + ":" + row.line() + ": outlet '" + key + "' is not in the "
                    + "gazetteer and has no label; add a label (and aliases) or use a gazetteer key");
        }
        List<String> aliases = new ArrayList<>();
        aliases.add(label);
        row.list("aliases").stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
        String qid = row.get("wikidata");
        return new Entity(key, EntityType.MEDIA_OUTLET, label, qid.isEmpty() ? null : qid, aliases, null, null,
                Map.of(), true);
    }

    /** The outlet that owns a URL's domain (sub-domains included), or null. */
    public Entity forUrl(String url) {
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        while (host.contains(".")) {
            String h = host.startsWith("www.") ? host.substring(4) : host;
            String key = byDomain.get(h);
            if (key != null) {
                return byKey(key).orElse(null);
            }
            host = host.substring(host.indexOf('.') + 1);
        }
        return null;
    }

    /** The outlet named in a line of text, longest name first ("Anadolu Agency website contains ..."), or null. */
    public Entity namedIn(String line) {
        Entity best = null;
        int bestLength = 0;
        for (Map.Entry<Pattern, Entity> p : namePatterns) {
            int length = p.getKey().pattern().length();
            if (length > bestLength && p.getKey().matcher(line).find()) {
                best = p.getValue();
                bestLength = length;
            }
        }
        return best;
    }

    /** The outlet a name or abbreviation denotes ("Reuters", "YJC", "The New Arab"), or null. */
    public Entity forName(String name) {
        String n = name.replaceAll("[*_\\[\\]()]", "").strip();
        Entity e = gazetteer.lookup(n);
        if (e != null) {
            return isOutlet(e) ? e : null;
        }
        e = extraByAlias.get(n);
        if (e == null && n.regionMatches(true, 0, "the ", 0, 4)) {
            e = extraByAlias.get(n.substring(4));
        }
        if (e == null) {
            // "By REUTERS", "The Syrian Observatory For Human Rights": the name in another case
            String lower = n.toLowerCase(Locale.ROOT);
            e = byLowerName.get(lower);
            if (e == null && lower.startsWith("the ")) {
                e = byLowerName.get(lower.substring(4));
            }
        }
        return e;
    }

    /**
     * The outlet whose domain a link cut off by the page begins with ("https://www.aljazeer … 1910.html" gives
     * Al Jazeera): the host fragment before the cut must be at least five characters and fit one outlet only.
     */
    public Entity forTruncatedHost(String hostStart) {
        String h = hostStart.toLowerCase(Locale.ROOT).replaceFirst("^(?:https?://)?(?:www\\.)?", "");
        if (h.length() < 5) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, String> d : byDomain.entrySet()) {
            if (d.getKey().startsWith(h)) {
                if (found != null && !found.equals(d.getValue())) {
                    return null;
                }
                found = d.getValue();
            }
        }
        return found == null ? null : byKey(found).orElse(null);
    }

    /** An outlet by key, from the gazetteer or from outlets.tsv. */
    public Optional<Entity> byKey(String key) {
        Optional<Entity> e = gazetteer.byKey(key);
        return e.isPresent() ? e : Optional.ofNullable(extra.get(key));
    }

    /** The outlets outlets.tsv adds to the gazetteer's, for describing them in the graph. */
    public Collection<Entity> added() {
        return List.copyOf(extra.values());
    }
}

package org.newsgraph.config;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * Recognises news outlets by web domain ({@code newsgraph/outlets.tsv}) or by name (gazetteer MediaOutlets).
 */
public final class OutletTable {
    private final Gazetteer gazetteer;
    private final Map<String, String> byDomain = new HashMap<>();

    public OutletTable(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Tsv.Row row : Tsv.read("newsgraph/outlets.tsv")) {
            byDomain.put(row.require("domain").toLowerCase(Locale.ROOT), row.require("outlet"));
        }
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
                return gazetteer.byKey(key).orElse(null);
            }
            host = host.substring(host.indexOf('.') + 1);
        }
        return null;
    }

    /** The outlet named in a line of text, longest name first ("Anadolu Agency website contains ..."), or null. */
    public Entity namedIn(String line) {
        Entity best = null;
        int bestLength = 0;
        for (Entity e : gazetteer.entities()) {
            if (e.type() != EntityType.MEDIA_OUTLET) {
                continue;
            }
            for (String alias : e.aliases()) {
                if (alias.length() > bestLength && alias.length() >= 3
                        && java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(alias)
                        + "(?![\\p{L}])").matcher(line).find()) {
                    best = e;
                    bestLength = alias.length();
                }
            }
        }
        return best;
    }

    /** The outlet a name or abbreviation denotes ("Reuters", "YJC"), or null. */
    public Entity forName(String name) {
        Entity e = gazetteer.lookup(name.replaceAll("[*_\\[\\]()]", "").strip());
        return e != null && e.type() == EntityType.MEDIA_OUTLET ? e : null;
    }
}

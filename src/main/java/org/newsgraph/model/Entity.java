package org.newsgraph.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A real-world actor or place: one node across all articles.
 *
 * @param key       stable slug that the entity's IRI is minted from (e.g. {@code russia})
 * @param type      its class
 * @param label     canonical English name
 * @param wikidata  checked Wikidata QID, or null
 * @param aliases   surface forms known in advance (gazetteer entries)
 * @param lat       latitude for places, or null
 * @param lon       longitude for places, or null
 * @param props     further facts from the gazetteer (demonym, role, affiliation, ...)
 * @param known     true when the entity comes from the gazetteer, false when discovered in a text
 */
public record Entity(String key, EntityType type, String label, String wikidata, List<String> aliases,
                     Double lat, Double lon, Map<String, List<String>> props, boolean known) {
    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("entity " + key + " has no label");
        }
        if (wikidata != null && !wikidata.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("entity " + key + ": '" + wikidata + "' is not a Wikidata QID");
        }
        aliases = List.copyOf(aliases);
        props = Map.copyOf(props);
    }

    /** Letters NFKD does not take apart, with the ASCII letters writers use for them. */
    private static final Map<Character, String> LETTERS = Map.ofEntries(Map.entry('ı', "i"), Map.entry('İ', "I"),
            Map.entry('ł', "l"), Map.entry('Ł', "L"), Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('đ', "d"),
            Map.entry('Đ', "D"), Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "AE"),
            Map.entry('œ', "oe"), Map.entry('Œ', "OE"), Map.entry('þ', "th"), Map.entry('ð', "d"));

    /**
     * The key a name gives: letters in ASCII (diacritics dropped, the dotless ı as i), lower case, runs of anything
     * else one hyphen. "Kemal Kılıçdaroğlu" and "Kemal Kilicdaroglu" both give "kemal-kilicdaroglu".
     */
    public static String keyFor(String name) {
        StringBuilder ascii = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            String r = LETTERS.get(c);
            ascii.append(r != null ? r : String.valueOf(c));
        }
        String plain = java.text.Normalizer.normalize(ascii, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String key = plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return key.isEmpty() ? "x" : key;
    }

    /** An entity found in a text but absent from the gazetteer. */
    public static Entity discovered(String key, EntityType type, String label) {
        return new Entity(key, type, label, null, List.of(label), null, null, Map.of(), false);
    }

    /** Values of a property, or an empty list. */
    public List<String> prop(String name) {
        return props.getOrDefault(name, List.of());
    }

    public String firstProp(String name) {
        List<String> v = prop(name);
        return v.isEmpty() ? null : v.get(0);
    }

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }
}

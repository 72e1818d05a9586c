package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * An agreement between actors: a deal, memorandum, accord, ceasefire or protocol.
 *
 * @param key         stable slug (catalogue key, or minted from parties and time)
 * @param label       readable name
 * @param parties     keys of the parties
 * @param signed      when it was concluded, or null
 * @param placeKey    key of the place it was concluded at, or null
 * @param provisions  what it provides for
 * @param wikidata    checked QID, or null
 * @param catalogued  true when it comes from the catalogue of known agreements
 */
public record Agreement(String key, String label, List<String> parties, TimeValue signed, String placeKey,
                        List<String> provisions, String wikidata, boolean catalogued) {
    public Agreement {
        Objects.requireNonNull(key);
        Objects.requireNonNull(label);
        parties = List.copyOf(parties);
        provisions = List.copyOf(provisions);
    }
}

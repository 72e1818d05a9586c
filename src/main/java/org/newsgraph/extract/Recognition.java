package org.newsgraph.extract;

import java.util.List;
import java.util.Map;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;

/**
 * What the entity recognizer found in one article.
 *
 * @param mentions non-overlapping mentions in text order
 * @param roles    role phrases seen before a person's name, lowercase ("kremlin spokesman"), to that person
 */
record Recognition(List<Mention> mentions, Map<String, Entity> roles) {
    Recognition {
        mentions = List.copyOf(mentions);
        roles = Map.copyOf(roles);
    }
}

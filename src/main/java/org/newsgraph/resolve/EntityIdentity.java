package org.newsgraph.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.newsgraph.config.Gazetteer;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Extraction;

/**
 * Who is who across articles: an actor or place one outlet spells "Mevlüt Çavuşoğlu" and another "Mevlut
 * Cavusoglu", or "Kılıçdaroğlu" and "Kilicdaroglu", is one node. A name the gazetteer does not hold is keyed by its
 * folded form ({@link Entity#keyFor}: diacritics and letters without a decomposition, such as the dotless ı, in
 * ASCII); a name whose folded form is that of a gazetteer alias of the same kind is that gazetteer entity, however
 * the outlet spells it. The identity is a function of the name alone, so the same names give the same nodes
 * whatever order the articles come in.
 *
 * <pre>{@code Extraction resolved = new EntityIdentity(gazetteer).resolve(extraction);}</pre>
 */
public final class EntityIdentity {
    /** Folded aliases shorter than this are not matched: "SANA" the agency is not "Sana" the name. */
    private static final int MIN_FOLDED = 6;

    private final Map<String, Entity> byFolded = new HashMap<>();

    public EntityIdentity(Gazetteer gazetteer) {
        Set<String> ambiguous = new HashSet<>();
        gazetteer.aliases().forEach((alias, e) -> {
            String f = Entity.keyFor(alias);
            if (f.length() < MIN_FOLDED || ambiguous.contains(f)) {
                return;
            }
            Entity before = byFolded.putIfAbsent(f, e);
            if (before != null && !before.key().equals(e.key())) {
                byFolded.remove(f);
                ambiguous.add(f);
            }
        });
    }

    /** The entity a name found in a text stands for: the gazetteer's when the folded names agree, else its own. */
    public Entity canonical(Entity e) {
        if (e.known()) {
            return e;
        }
        Entity known = byFolded.get(Entity.keyFor(e.label()));
        return known != null && known.type() == e.type() ? known : e;
    }

    /** The extraction with every entity it found in the text keyed as above. */
    public Extraction resolve(Extraction x) {
        return x.withEntities(this::canonical);
    }
}

package org.newsgraph.link;

import java.util.List;
import java.util.Objects;
import org.newsgraph.model.EntityType;

/**
 * An actor without a Wikidata link, as the store describes it.
 *
 * @param iri       the actor's IRI
 * @param type      its class
 * @param label     its canonical English name (rdfs:label)
 * @param altLabels the surface forms it was seen under (skos:altLabel), possibly empty
 */
public record ActorToLink(String iri, EntityType type, String label, List<String> altLabels) {
    public ActorToLink {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        if (!type.isActor()) {
            throw new IllegalArgumentException(iri + " is a " + type.localName() + ", not an actor");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("actor " + iri + " has no label");
        }
        altLabels = List.copyOf(altLabels);
    }
}

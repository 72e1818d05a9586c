package org.newsgraph.model;

import java.util.Locale;

/** The kinds of node the contract names: the actor classes and {@code ng:Place}. */
public enum EntityType {
    PERSON("Person"),
    STATE("State"),
    GOVERNMENT_BODY("GovernmentBody"),
    MILITARY_FORCE("MilitaryForce"),
    ARMED_GROUP("ArmedGroup"),
    MEDIA_OUTLET("MediaOutlet"),
    INTERNATIONAL_ORGANIZATION("InternationalOrganization"),
    /** An organisation whose kind the text does not reveal (a name the gazetteer does not know, tagged by NER). */
    ORGANIZATION("Organization"),
    PLACE("Place");

    private final String localName;

    EntityType(String localName) {
        this.localName = localName;
    }

    /** The class's local name in the ontology, e.g. {@code GovernmentBody}. */
    public String localName() {
        return localName;
    }

    public boolean isActor() {
        return this != PLACE;
    }

    /** Parses a local name such as {@code ArmedGroup}, case-insensitively. */
    public static EntityType parse(String name) {
        for (EntityType t : values()) {
            if (t.localName.equalsIgnoreCase(name.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type '" + name + "'; expected one of "
                + java.util.Arrays.stream(values()).map(EntityType::localName).toList());
    }

    @Override
    public String toString() {
        return localName.toLowerCase(Locale.ROOT);
    }
}

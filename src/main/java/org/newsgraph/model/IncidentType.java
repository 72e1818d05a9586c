package org.newsgraph.model;

/** The incident categories of the contract; each is a SKOS concept in the ontology. */
public enum IncidentType {
    ATTACK("Attack"),
    OFFENSIVE("Offensive"),
    TERRITORIAL_CONTROL("TerritorialControl"),
    DISPLACEMENT("Displacement"),
    DEPLOYMENT("Deployment");

    private final String localName;

    IncidentType(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }

    public static IncidentType parse(String s) {
        for (IncidentType t : values()) {
            if (t.localName.equalsIgnoreCase(s.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown incident type '" + s + "'");
    }
}

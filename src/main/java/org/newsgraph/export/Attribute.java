package org.newsgraph.export;

/**
 * The attributes a {@link PropertyGraph} node or edge may carry, with their value type. The writers declare
 * them up front (GraphML {@code <key>}, GEXF {@code <attribute>}), so every file has the same columns.
 */
public enum Attribute {
    KIND(Target.NODE, "kind", Type.STRING,
            "class of the node: Person, State, GovernmentBody, MilitaryForce, ArmedGroup, MediaOutlet, "
            + "InternationalOrganization, Organization, Place, Article, Agreement, Statement, Incident, Meeting, Event, "
            + "Utterance"),
    CATEGORY(Target.NODE, "category", Type.STRING,
            "actor, place, article, agreement, statement, incident, meeting, event (incident reports fused) or "
            + "utterance (statement reports fused)"),
    IRI(Target.NODE, "iri", Type.STRING, "the node's IRI in the knowledge graph"),
    WIKIDATA(Target.NODE, "wikidata", Type.STRING, "Wikidata QID (e.g. Q43)"),
    DATE(Target.NODE, "date", Type.STRING,
            "ng:date of statements, incidents, meetings; ng:signed of agreements; ng:published of articles"),
    DATE_EARLIEST(Target.NODE, "dateEarliest", Type.STRING, "earliest day of a date range"),
    DATE_LATEST(Target.NODE, "dateLatest", Type.STRING, "latest day of a date range"),
    DATE_TEXT(Target.NODE, "dateText", Type.STRING, "the words that gave the date"),
    OUTLET(Target.NODE, "outlet", Type.STRING, "publisher of the article (of the node's article for extracted nodes)"),
    ARTICLE(Target.NODE, "article", Type.STRING, "article id the node was extracted from"),
    INCIDENT_TYPE(Target.NODE, "incidentType", Type.STRING, "Attack, Offensive, TerritorialControl, ..."),
    KILLED(Target.NODE, "killed", Type.INT, "number of people killed, when the text gives it"),
    DISPLACED(Target.NODE, "displaced", Type.INT, "number of people displaced, when the text gives it"),
    MODE(Target.NODE, "mode", Type.STRING, "DirectQuote or IndirectSpeech"),
    QUOTE(Target.NODE, "quote", Type.STRING, "quoted words of a direct quote (shortened)"),
    CUE(Target.NODE, "cue", Type.STRING, "reporting verb phrase"),
    EVIDENCE(Target.NODE, "evidence", Type.STRING, "the sentence the node rests on (shortened)"),
    MEETING_KIND(Target.NODE, "meetingKind", Type.STRING, "phone call, talks, meeting, summit"),
    PLACE_KIND(Target.NODE, "placeKind", Type.STRING, "city, governorate, region, ..."),
    ROLE(Target.NODE, "role", Type.STRING, "role of a person"),
    LATITUDE(Target.NODE, "latitude", Type.DOUBLE, "WGS84 latitude of a place"),
    LONGITUDE(Target.NODE, "longitude", Type.DOUBLE, "WGS84 longitude of a place"),
    CONFIDENCE(Target.NODE, "confidence", Type.DOUBLE, "extraction confidence in 0..1"),
    REPORT_COUNT(Target.NODE, "reportCount", Type.INT, "an event's or utterance's number of reports"),
    OUTLET_COUNT(Target.NODE, "outletCount", Type.INT,
            "an event's or utterance's number of distinct outlets reporting it"),
    INDEPENDENT_COUNT(Target.NODE, "independentCount", Type.INT,
            "an event's number of independent sources (one per outlet, wire agency or republished text)"),
    RELATION(Target.EDGE, "relation", Type.STRING,
            "ontology property the edge stands for (speaker runs from the actor to the statement)"),
    EDGE_DATE(Target.EDGE, "date", Type.STRING, "date of the statement, incident, meeting or agreement");

    /** Whether the attribute belongs to nodes or to edges. */
    public enum Target { NODE, EDGE }

    /** Value types, with their GraphML and GEXF names. */
    public enum Type {
        STRING("string", "string"), INT("int", "integer"), DOUBLE("double", "double");

        private final String graphml;
        private final String gexf;

        Type(String graphml, String gexf) {
            this.graphml = graphml;
            this.gexf = gexf;
        }

        /** The GraphML {@code attr.type}. */
        public String graphml() {
            return graphml;
        }

        /** The GEXF attribute {@code type}. */
        public String gexf() {
            return gexf;
        }
    }

    private final Target target;
    private final String key;
    private final Type type;
    private final String description;

    Attribute(Target target, String key, Type type, String description) {
        this.target = target;
        this.key = key;
        this.type = type;
        this.description = description;
    }

    public Target target() {
        return target;
    }

    /** The attribute's name in the files (GraphML {@code attr.name}, GEXF {@code title}, Cytoscape data key). */
    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    public String description() {
        return description;
    }
}
